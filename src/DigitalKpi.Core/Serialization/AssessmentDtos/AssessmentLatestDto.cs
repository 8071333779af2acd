namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>An assessment's <c>latest</c>: <c>period</c>, <c>value</c>, and the documented addition <c>quality</c>.</summary>
internal sealed class AssessmentLatestDto
{
    public required string Period { get; init; }

    public required double Value { get; init; }

    public required string Quality { get; init; }
}
