namespace DigitalKpi.Core.Indicators;

/// <summary>How often an indicator is reported. <see cref="FrequencyExtensions.PeriodsPerYear(Frequency)"/> gives the number of reports per year.</summary>
/// <remarks>The default value is <see cref="Month"/>; the workbook always states the frequency.</remarks>
public enum Frequency
{
    /// <summary>Every month (12 per year; workbook <c>month</c>).</summary>
    Month = 0,

    /// <summary>Every quarter (4 per year; workbook <c>quarter</c>).</summary>
    Quarter = 1,

    /// <summary>Every half year (2 per year; workbook <c>halfYear</c>).</summary>
    HalfYear = 2,

    /// <summary>Every year (workbook <c>year</c>).</summary>
    Year = 3,

    /// <summary>No fixed schedule (workbook <c>irregular</c>).</summary>
    Irregular = 4,
}
