using DigitalKpi.Core.Periods;
using NodaTime;

namespace DigitalKpi.Core.TimeSeries;

/// <summary>
/// The continuous time axis of <see cref="TimedSeries"/>, in years: <c>2024.0</c> is the start of
/// 1 January 2024 and each day of a year is an equal fraction of it. A value that describes a
/// period sits at the period's end.
/// </summary>
/// <remarks>
/// The axis is that of R's <c>ts</c> objects and of fable/forecast (time in years with a fractional part),
/// with one difference: R's <c>time()</c> gives the start of each period (a quarterly series starting in
/// 2024 Q1 is at 2024.00, 2024.25, …), while here a value sits at the end of its period (2024.25, 2024.50, …),
/// because a reported figure describes the state reached by then. Thread-safe.
/// </remarks>
public static class TimeAxis
{
    /// <summary>The time of the start of <paramref name="date"/>: year + (day of year − 1) / days in the year.</summary>
    /// <param name="date">A day in the ISO calendar.</param>
    /// <returns>Years, e.g. 2024-07-01 → 2024 + 182/366.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static double ToYears(LocalDate date)
    {
        CheckIso(date);
        return date.Year + ((date.DayOfYear - 1) / (double)CalendarSystem.Iso.GetDaysInYear(date.Year));
    }

    /// <summary>The time of the end of <paramref name="date"/>, which is <see cref="ToYears"/> of the next day (computed without leaving the supported range on 9999-12-31): 2024-12-31 → exactly 2025.0.</summary>
    /// <param name="date">A day in the ISO calendar.</param>
    /// <returns>Years.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static double EndOfDay(LocalDate date)
    {
        CheckIso(date);
        return date.Month == 12 && date.Day == 31 ? date.Year + 1.0 : ToYears(date.PlusDays(1));
    }

    /// <summary>The time at which a value describing <paramref name="period"/> sits: the end of its last day, i.e. <see cref="ToYears"/> of the day after <see cref="ReportingPeriod.End"/>.</summary>
    /// <param name="period">The period.</param>
    /// <returns>Years: 2023 → 2024.0; 2024-H1 → 2024 + 182/366; 2024-Q3 → 2024 + 274/366.</returns>
    public static double EndTime(ReportingPeriod period) => EndOfDay(period.End);

    /// <summary>The time of the start of <paramref name="period"/>'s first day.</summary>
    /// <param name="period">The period.</param>
    /// <returns>Years: 2024-H2 → 2024 + 182/366.</returns>
    public static double StartTime(ReportingPeriod period) => ToYears(period.Start);

    /// <summary>
    /// The nominal end of a year, half, quarter or month on an equally spaced grid: year + k/n for the
    /// k-th of n periods in the year (2024-Q3 → 2024.75, 2024-H1 → 2024.5). It differs from
    /// <see cref="EndTime"/> by less than two days and makes consecutive periods exactly equally spaced,
    /// which seasonal models need. A custom interval has no grid: its <see cref="EndTime"/> is returned.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>Years.</returns>
    public static double NominalEndTime(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.Year => period.CalendarYear + 1.0,
        ReportingPeriodKind.Half => period.CalendarYear + (period.NumberInYear / 2.0),
        ReportingPeriodKind.Quarter => period.CalendarYear + (period.NumberInYear / 4.0),
        ReportingPeriodKind.Month => period.CalendarYear + (period.NumberInYear / 12.0),
        _ => EndTime(period),
    };

    private static void CheckIso(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"date must be in the ISO calendar; received the {date.Calendar.Id} calendar.", nameof(date));
        }
    }
}
