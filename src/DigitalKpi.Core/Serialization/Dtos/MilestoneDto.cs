namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>One of a target's <c>milestones</c>: the <c>value</c> to reach by the end of the <c>deadline</c> period.</summary>
internal sealed class MilestoneDto
{
    public string? Deadline { get; set; }

    public double? Value { get; set; }
}
