namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A scope's <c>mergedInto</c>: the successor <c>scope</c> and the <c>effective</c> date (ISO yyyy-MM-dd).</summary>
internal sealed class MergeDto
{
    public string? Scope { get; set; }

    public string? Effective { get; set; }
}
