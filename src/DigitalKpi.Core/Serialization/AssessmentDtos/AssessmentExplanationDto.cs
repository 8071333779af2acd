namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>An assessment's <c>explanation</c>: <c>vi</c> and <c>en</c>.</summary>
internal sealed class AssessmentExplanationDto
{
    public required string Vi { get; init; }

    public required string En { get; init; }
}
