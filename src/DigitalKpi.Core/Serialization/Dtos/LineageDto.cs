namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A scope's <c>mergedInto</c> (or one of its <c>splitFrom</c>): the other <c>scope</c> and the <c>effective</c> date (ISO yyyy-MM-dd).</summary>
internal sealed class LineageDto
{
    public string? Scope { get; set; }

    public string? Effective { get; set; }
}
