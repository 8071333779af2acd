using NodaTime;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Years between two dates as a real number: whole anniversaries, plus the days after the last
/// anniversary divided by the length of the year that follows it (365 or 366 days).
/// 31 Dec 2020 → 31 Dec 2022 is exactly 2; 1 Jan 2024 → 1 Jul 2024 is 182/366.
/// </summary>
/// <remarks>An anniversary of 29 February falls on 28 February in common years (NodaTime's <c>PlusYears</c>).</remarks>
internal static class YearFraction
{
    /// <summary>The years from <paramref name="start"/> to <paramref name="end"/>, which callers have checked is not earlier than <paramref name="start"/>.</summary>
    public static double Between(LocalDate start, LocalDate end)
    {
        var whole = Period.Between(start, end, PeriodUnits.Years).Years;
        var anniversary = start.PlusYears(whole);
        var next = start.PlusYears(whole + 1);
        var days = Period.Between(anniversary, end, PeriodUnits.Days).Days;
        var yearLength = Period.Between(anniversary, next, PeriodUnits.Days).Days;
        return whole + (double)days / yearLength;
    }
}
