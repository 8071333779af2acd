using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Expected progress by elapsed time, as goal-tracking products compute it: the straight line from 0% at the
/// start of a goal's window to 100% at its end. A goal running 1–30 April is expected at 50% on 15 April;
/// it is on schedule when its actual progress is at least the expected progress, less an optional tolerance.
/// </summary>
/// <remarks>
/// Source: Microsoft Viva Goals expected progress and status ("On track" when actual ≥ expected), Engagedly's
/// time-elapsed gap E − A with cut-offs 16.5 and 33 points (DigitalKpi METHODS.md §1.9 S10, S11 and §2.2).
/// </remarks>
public static class Schedule
{
    /// <summary>The share of the window [<paramref name="start"/>, <paramref name="end"/>] that has elapsed at the end of <paramref name="asOf"/>, in percent.</summary>
    /// <param name="start">The first day of the window.</param>
    /// <param name="end">The last day of the window, on or after <paramref name="start"/>.</param>
    /// <param name="asOf">The day of the assessment; any date (before the window gives 0, after it 100).</param>
    /// <returns>
    /// 100 × (days from <paramref name="start"/> to <paramref name="asOf"/> + 1) ÷ (days from <paramref name="start"/> to <paramref name="end"/> + 1),
    /// clamped to [0, 100]. Days are whole and both ends are inclusive: the as-of day counts as elapsed, as if assessed at the
    /// end of that day. 15 April in a 1–30 April window is 15 ÷ 30 = 50% (Engagedly's worked example, S11); on the first day it is
    /// 1 ÷ 30 = 3.3%, on the last day 100%.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <remarks>Formula: E = 100 × elapsed days ÷ total days (Engagedly, "How is goal progress calculated"). Measuring from instant to instant, (asOf − start) ÷ (end − start) = 14 ÷ 29 = 48.3%, does not reproduce the published 50%.</remarks>
    public static double ExpectedProgressPercent(LocalDate start, LocalDate end, LocalDate asOf)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"end must be on or after start {Iso(start)}; received {Iso(end)}.");
        }

        if (asOf < start)
        {
            return 0;
        }

        if (asOf >= end)
        {
            return 100;
        }

        var elapsedDays = Period.Between(start, asOf, PeriodUnits.Days).Days + 1;
        var totalDays = Period.Between(start, end, PeriodUnits.Days).Days + 1;
        return 100.0 * elapsedDays / totalDays;
    }

    /// <summary>Whether actual progress keeps up with expected progress, within a tolerance.</summary>
    /// <param name="actualPercent">The actual progress in percent (e.g. from <see cref="Progress.Percent"/>), finite.</param>
    /// <param name="expectedPercent">The expected progress in percent (e.g. from <see cref="ExpectedProgressPercent"/>), finite.</param>
    /// <param name="tolerancePoints">How many percentage points actual progress may lag expected progress and still count as on schedule, finite and at least 0: 0 for Viva Goals, 16.5 for Engagedly's "On Track".</param>
    /// <returns><see langword="true"/> when actual ≥ expected − tolerance (inclusive: exactly on the line, or exactly at the tolerance, is on schedule).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or <paramref name="tolerancePoints"/> is negative.</exception>
    /// <remarks>Source: Viva Goals (actual ≥ expected → On track, S10: expected 33%, actual 33% is on track); Engagedly (gap E − A ≤ 16.5 points → On Track).</remarks>
    public static bool IsOnSchedule(double actualPercent, double expectedPercent, double tolerancePoints = 0)
    {
        Guard.Finite(actualPercent);
        Guard.Finite(expectedPercent);
        Guard.NonNegative(tolerancePoints);
        return expectedPercent - actualPercent <= tolerancePoints;
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
