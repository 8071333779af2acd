namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A scope in the workbook: <c>id</c>, <c>name</c> by language, <c>level</c>, <c>parent</c>, <c>mergedInto</c>, and the addition <c>splitFrom</c>.</summary>
internal sealed class ScopeDto
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Name { get; set; }

    public string? Level { get; set; }

    public string? Parent { get; set; }

    public LineageDto? MergedInto { get; set; }

    public List<LineageDto?>? SplitFrom { get; set; }
}
