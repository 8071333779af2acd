namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>One entry of <c>assessments</c>; <c>category</c> and <c>milestones</c> are documented additions to the contract.</summary>
internal sealed class AssessmentDto
{
    public required string Target { get; init; }

    public required string Indicator { get; init; }

    public required string Scope { get; init; }

    public required string Status { get; init; }

    public double? Probability { get; init; }

    public AssessmentLatestDto? Latest { get; init; }

    public double? Attainment { get; init; }

    public AssessmentProjectedDto? Projected { get; init; }

    public required AssessmentExplanationDto Explanation { get; init; }

    public string? Category { get; init; }

    public required IReadOnlyList<AssessmentMilestoneDto> Milestones { get; init; }
}
