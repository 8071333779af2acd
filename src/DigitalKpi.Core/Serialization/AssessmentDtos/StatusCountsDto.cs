namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>The summary's <c>counts</c>: one number per status.</summary>
internal sealed class StatusCountsDto
{
    public required int Done { get; init; }

    public required int Likely { get; init; }

    public required int AtRisk { get; init; }

    public required int Missed { get; init; }

    public required int NotAssessable { get; init; }
}
