namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>The summary's <c>shares</c>: one percentage per status, adding up to 100.</summary>
internal sealed class StatusSharesDto
{
    public required double Done { get; init; }

    public required double Likely { get; init; }

    public required double AtRisk { get; init; }

    public required double Missed { get; init; }

    public required double NotAssessable { get; init; }
}
