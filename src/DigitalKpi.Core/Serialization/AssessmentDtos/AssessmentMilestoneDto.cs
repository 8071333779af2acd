namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>One entry of an assessment's <c>milestones</c> (documented addition): <c>deadline</c>, <c>value</c>, <c>status</c>, <c>probability</c>.</summary>
internal sealed class AssessmentMilestoneDto
{
    public required string Deadline { get; init; }

    public required double Value { get; init; }

    public required string Status { get; init; }

    public double? Probability { get; init; }
}
