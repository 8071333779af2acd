namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A target's <c>baseline</c>: a <c>period</c> and the <c>value</c> observed in it.</summary>
internal sealed class PeriodValueDto
{
    public string? Period { get; set; }

    public double? Value { get; set; }
}
