using DigitalKpi.Core.Periods;

namespace DigitalKpi.Core.Indicators;

/// <summary>Facts about a <see cref="Frequency"/>.</summary>
public static class FrequencyExtensions
{
    /// <summary>The number of reports per year: 12, 4, 2 or 1; null for <see cref="Frequency.Irregular"/>.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>Reports per year, or null when there is no fixed number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is not a defined value.</exception>
    public static int? PeriodsPerYear(this Frequency frequency) => frequency switch
    {
        Frequency.Month => 12,
        Frequency.Quarter => 4,
        Frequency.HalfYear => 2,
        Frequency.Year => 1,
        Frequency.Irregular => null,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"frequency must be a defined Frequency; received {(int)frequency}."),
    };

    /// <summary>The kind of reporting period one report covers: month, quarter, half or year; null for <see cref="Frequency.Irregular"/>.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>The matching period kind, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is not a defined value.</exception>
    public static ReportingPeriodKind? PeriodKind(this Frequency frequency) => frequency switch
    {
        Frequency.Month => ReportingPeriodKind.Month,
        Frequency.Quarter => ReportingPeriodKind.Quarter,
        Frequency.HalfYear => ReportingPeriodKind.Half,
        Frequency.Year => ReportingPeriodKind.Year,
        Frequency.Irregular => null,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"frequency must be a defined Frequency; received {(int)frequency}."),
    };
}
