namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A target in the workbook: <c>id</c>, <c>indicator</c>, <c>scope</c>, <c>comparison</c>, <c>value</c>, <c>upper</c>, <c>deadline</c>, <c>baseline</c>, <c>milestones</c>, <c>weight</c>, <c>owner</c>, <c>pillar</c>, and the addition <c>name</c>.</summary>
internal sealed class TargetDto
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Name { get; set; }

    public string? Indicator { get; set; }

    public string? Scope { get; set; }

    public string? Comparison { get; set; }

    public double? Value { get; set; }

    public double? Upper { get; set; }

    public string? Deadline { get; set; }

    public PeriodValueDto? Baseline { get; set; }

    public List<MilestoneDto?>? Milestones { get; set; }

    public double? Weight { get; set; }

    public string? Owner { get; set; }

    public string? Pillar { get; set; }
}
