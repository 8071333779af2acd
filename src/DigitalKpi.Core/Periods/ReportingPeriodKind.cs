namespace DigitalKpi.Core.Periods;

/// <summary>The granularity of a <see cref="ReportingPeriod"/>.</summary>
/// <remarks>The default value is <see cref="Year"/>.</remarks>
public enum ReportingPeriodKind
{
    /// <summary>A calendar year, 1 January to 31 December (workbook form <c>"2024"</c>).</summary>
    Year = 0,

    /// <summary>A half year: H1 is January–June, H2 is July–December (workbook form <c>"2024-H1"</c>).</summary>
    Half = 1,

    /// <summary>A calendar quarter: Q1 January–March … Q4 October–December (workbook form <c>"2024-Q3"</c>).</summary>
    Quarter = 2,

    /// <summary>A calendar month (workbook form <c>"2024-06"</c>).</summary>
    Month = 3,

    /// <summary>Any interval of whole days with inclusive ends (workbook form <c>"2024-01-01/2024-03-31"</c>).</summary>
    Custom = 4,
}
