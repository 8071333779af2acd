namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>An indicator in the workbook: <c>id</c>, <c>name</c>, <c>unit</c>, <c>currency</c>, <c>bounds</c>, <c>polarity</c>, <c>frequency</c>, <c>pillar</c>, and the additions <c>timeAggregation</c>, <c>scopeAggregation</c>.</summary>
internal sealed class IndicatorDto
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Name { get; set; }

    public string? Unit { get; set; }

    public string? Currency { get; set; }

    public double[]? Bounds { get; set; }

    public string? Polarity { get; set; }

    public string? Frequency { get; set; }

    public string? TimeAggregation { get; set; }

    public string? ScopeAggregation { get; set; }

    public string? Pillar { get; set; }
}
