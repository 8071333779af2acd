namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>An observation in the workbook: <c>indicator</c>, <c>scope</c>, <c>period</c>, <c>value</c>, <c>quality</c>, <c>numerator</c>, <c>denominator</c>, <c>source</c>.</summary>
internal sealed class ObservationDto
{
    public string? Indicator { get; set; }

    public string? Scope { get; set; }

    public string? Period { get; set; }

    public double? Value { get; set; }

    public string? Quality { get; set; }

    public double? Numerator { get; set; }

    public double? Denominator { get; set; }

    public string? Source { get; set; }
}
