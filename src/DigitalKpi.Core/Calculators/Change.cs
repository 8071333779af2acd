using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Changes between two values of one indicator: the difference of two percentages in percentage points,
/// the relative change in percent, and the multiplier. For 17% → 42%: <c>+25 pp</c>, <c>+147.06%</c>, <c>×2.47</c>.
/// </summary>
/// <remarks>
/// <para>A percentage-point change is the arithmetic difference of two percentages; a percent change is
/// relative to the starting value. Reports that say "up 67%" of a share without saying which one are
/// ambiguous; these methods return distinct types so that the two cannot be mixed up.</para>
/// <para>Source: the standard definitions of a difference and of a growth rate, as used by Eurostat,
/// "Getting messages across using indicators" (2014), cited in DigitalKpi METHODS.md §1.1.</para>
/// </remarks>
public static class Change
{
    /// <summary>The difference of two percentages in percentage points: <paramref name="to"/> − <paramref name="from"/>.</summary>
    /// <param name="from">The earlier percentage, finite (e.g. 17 for 17%).</param>
    /// <param name="to">The later percentage, finite (e.g. 42 for 42%).</param>
    /// <returns>The change in percentage points; 17 → 42 is +25 pp.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or the difference overflows (named after <paramref name="to"/>).</exception>
    /// <remarks>Formula: Δpp = to − from, the arithmetic difference of two percentages.</remarks>
    public static PercentagePointChange Points(double from, double to)
    {
        Guard.Finite(from);
        Guard.Finite(to);
        return new PercentagePointChange(CalculationGuard.FiniteResult(to - from, "percentage-point change", nameof(to)));
    }

    /// <summary>The relative change from <paramref name="from"/> to <paramref name="to"/> in percent of <paramref name="from"/>.</summary>
    /// <param name="from">The earlier value, finite and greater than 0 (a relative change of a zero or negative base has no meaning; use <see cref="Points"/> or the difference).</param>
    /// <param name="to">The later value, finite.</param>
    /// <returns>(to ÷ from − 1) × 100; 17 → 42 is +147.06%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is zero, negative or not finite; <paramref name="to"/> is not finite; or the result overflows (named after <paramref name="to"/>).</exception>
    /// <remarks>Formula: (to − from) ÷ from × 100. Source: Eurostat, "Getting messages across using indicators" (2014), growth rates.</remarks>
    public static PercentChange Percent(double from, double to)
    {
        Guard.Positive(from);
        Guard.Finite(to);
        return new PercentChange(CalculationGuard.FiniteResult((to - from) / from * 100, "percent change", nameof(to)));
    }

    /// <summary>How many times <paramref name="from"/> the value <paramref name="to"/> is.</summary>
    /// <param name="from">The earlier value, finite and greater than 0.</param>
    /// <param name="to">The later value, finite and at least 0.</param>
    /// <returns>to ÷ from; 17 → 42 is ×2.47.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is zero, negative or not finite; <paramref name="to"/> is negative or not finite; or the ratio overflows (named after the divisor <paramref name="from"/>).</exception>
    /// <remarks>Formula: m = to ÷ from, and m − 1 is the relative change. Source: Eurostat, "Getting messages across using indicators" (2014).</remarks>
    public static Multiplier Multiplier(double from, double to)
    {
        Guard.Positive(from);
        Guard.NonNegative(to);
        return new Multiplier(CalculationGuard.FiniteResult(to / from, "multiplier", nameof(from)));
    }

    /// <summary>Growth on the previous period (quarter on quarter, month on month): the relative change from the previous period's value.</summary>
    /// <param name="previous">The value of the previous period, finite and greater than 0.</param>
    /// <param name="current">The value of the current period, finite.</param>
    /// <returns>(current ÷ previous − 1) × 100 percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> is zero, negative or not finite; <paramref name="current"/> is not finite; or the result overflows.</exception>
    /// <remarks>Same formula as <see cref="Percent"/>; the name says which comparison a report makes.</remarks>
    public static PercentChange PeriodOverPeriod(double previous, double current) => Percent(previous, current);

    /// <summary>Growth on the same period a year earlier ("year on year", "so với cùng kỳ"): the relative change from that period's value.</summary>
    /// <param name="samePeriodLastYear">The value of the same period one year earlier, finite and greater than 0 (H1 2023 for H1 2024).</param>
    /// <param name="current">The value of the current period, finite.</param>
    /// <returns>(current ÷ samePeriodLastYear − 1) × 100 percent; removes seasonality that a period-over-period change keeps.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samePeriodLastYear"/> is zero, negative or not finite; <paramref name="current"/> is not finite; or the result overflows.</exception>
    /// <remarks>Same formula as <see cref="Percent"/>; the name says which comparison a report makes.</remarks>
    public static PercentChange YearOverYear(double samePeriodLastYear, double current) => Percent(samePeriodLastYear, current);
}
