using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Compound and linear growth between dated values: the observed compound annual growth rate (CAGR), the
/// rate still required to reach a target by its deadline, and the linear pace required. The national
/// digital-transformation index rising from 0.48 to 0.71 over two years grew 21.6% a year.
/// </summary>
/// <remarks>
/// <para>Dates are converted to years as whole anniversaries plus the fraction of the following year
/// (365 or 366 days) that has elapsed: 31 December 2020 to 31 December 2022 is exactly 2 years.</para>
/// <para>Source: Eurostat, "Getting messages across using indicators" (2014), compound annual growth rate;
/// the actual and required rates CAGR_a and CAGR_r of the Eurostat / Open SDG / UNSD 2022 progress
/// assessments (DigitalKpi METHODS.md §0, §1.1–§1.3); the slope needed of the SDSN trend arrows (§1.5).</para>
/// </remarks>
public static class Growth
{
    /// <summary>The compound annual growth rate that turns <paramref name="startValue"/> into <paramref name="endValue"/> in <paramref name="years"/> years.</summary>
    /// <param name="startValue">The value at the start, finite and greater than 0.</param>
    /// <param name="endValue">The value at the end, finite and greater than 0.</param>
    /// <param name="years">The time between the two values in years, finite and greater than 0.</param>
    /// <returns>(end ÷ start)^(1 ÷ years) − 1 as a percent change per year; 0.48 → 0.71 in 2 years is +21.62% a year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative or not finite (a compound rate through zero or a change of sign does not exist), <paramref name="years"/> is not positive, or the rate overflows (named after the period, or after the end value when its ratio to the start overflows).</exception>
    /// <remarks>Formula: CAGR = (y₁ ÷ y₀)^(1/Δt) − 1. Source: Eurostat (2014), "Getting messages across using indicators". Open SDG substitutes 0.001 for a zero value; this library refuses it instead.</remarks>
    public static PercentChange Cagr(double startValue, double endValue, double years)
    {
        Guard.Positive(startValue);
        Guard.Positive(endValue);
        Guard.Positive(years);
        return CagrOf(startValue, endValue, years, nameof(endValue), nameof(years));
    }

    /// <summary>The compound annual growth rate between two dated values.</summary>
    /// <param name="startDate">The date of <paramref name="startValue"/>.</param>
    /// <param name="startValue">The value at <paramref name="startDate"/>, finite and greater than 0.</param>
    /// <param name="endDate">The date of <paramref name="endValue"/>, later than <paramref name="startDate"/>.</param>
    /// <param name="endValue">The value at <paramref name="endDate"/>, finite and greater than 0.</param>
    /// <returns>The rate per year, as <see cref="Cagr(double, double, double)"/> with the years between the dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative or not finite, <paramref name="endDate"/> is not later than <paramref name="startDate"/>, or the rate overflows (named after the period, or after the end value when its ratio to the start overflows).</exception>
    /// <remarks>Formula and source as <see cref="Cagr(double, double, double)"/>; years are whole anniversaries plus the elapsed fraction of the next year.</remarks>
    public static PercentChange Cagr(LocalDate startDate, double startValue, LocalDate endDate, double endValue)
    {
        Guard.Positive(startValue);
        Guard.Positive(endValue);
        return CagrOf(startValue, endValue, YearsBetween(startDate, endDate, nameof(endDate)), nameof(endValue), nameof(endDate));
    }

    /// <summary>The compound annual growth rate still required to go from <paramref name="latest"/> to <paramref name="target"/> in <paramref name="years"/> years.</summary>
    /// <param name="latest">The latest value, finite and greater than 0.</param>
    /// <param name="target">The target value, finite and greater than 0.</param>
    /// <param name="years">The years left until the deadline, finite and greater than 0.</param>
    /// <returns>(target ÷ latest)^(1 ÷ years) − 1 per year; negative when the target is below the latest value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative or not finite, <paramref name="years"/> is not positive, or the rate overflows (named after the period, or after the end value when its ratio to the start overflows).</exception>
    /// <remarks>Formula: CAGR_r = (y_T ÷ y_t)^(1/(T − t)) − 1, the required rate of Eurostat and UNSD 2022 anchored at the latest value. Source: METHODS.md §0, §1.1.</remarks>
    public static PercentChange RequiredCagr(double latest, double target, double years)
    {
        Guard.Positive(latest);
        Guard.Positive(target);
        Guard.Positive(years);
        return CagrOf(latest, target, years, nameof(target), nameof(years));
    }

    /// <summary>The compound annual growth rate still required from the latest dated value to reach a target by a deadline.</summary>
    /// <param name="asOf">The date of <paramref name="latest"/>.</param>
    /// <param name="latest">The latest value, finite and greater than 0.</param>
    /// <param name="deadline">The date by which <paramref name="target"/> is due, later than <paramref name="asOf"/>.</param>
    /// <param name="target">The target value, finite and greater than 0.</param>
    /// <returns>The required rate per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero, negative or not finite, <paramref name="deadline"/> is not later than <paramref name="asOf"/>, or the rate overflows (named after the period, or after the end value when its ratio to the start overflows).</exception>
    /// <remarks>As <see cref="RequiredCagr(double, double, double)"/> with the years between the dates.</remarks>
    public static PercentChange RequiredCagr(LocalDate asOf, double latest, LocalDate deadline, double target)
    {
        Guard.Positive(latest);
        Guard.Positive(target);
        return CagrOf(latest, target, YearsBetween(asOf, deadline, nameof(deadline)), nameof(target), nameof(deadline));
    }

    /// <summary>The constant change per year still required to go from <paramref name="latest"/> to <paramref name="target"/> in <paramref name="years"/> years.</summary>
    /// <param name="latest">The latest value, finite, in the indicator's unit.</param>
    /// <param name="target">The target value, finite, in the same unit.</param>
    /// <param name="years">The years left until the deadline, finite and greater than 0.</param>
    /// <returns>(target − latest) ÷ years, in the indicator's unit per year (percentage points per year for a share); negative when the target is below the latest value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, <paramref name="years"/> is not positive, or the pace overflows (named after the period, or after <paramref name="target"/> when its difference from <paramref name="latest"/> overflows).</exception>
    /// <remarks>Formula: (y_T − y_t) ÷ (T − t), the linear "slope needed" of the SDSN trend arrows (METHODS.md §1.5) and of Destatis' linear continuation (§1.7).</remarks>
    public static double RequiredLinearPace(double latest, double target, double years)
    {
        Guard.Finite(latest);
        Guard.Finite(target);
        Guard.Positive(years);
        var difference = target - latest;
        return CalculationGuard.FiniteResult(difference / years, "required pace", double.IsFinite(difference) ? nameof(years) : nameof(target));
    }

    /// <summary>The constant change per year still required from the latest dated value to reach a target by a deadline.</summary>
    /// <param name="asOf">The date of <paramref name="latest"/>.</param>
    /// <param name="latest">The latest value, finite.</param>
    /// <param name="deadline">The date by which <paramref name="target"/> is due, later than <paramref name="asOf"/>.</param>
    /// <param name="target">The target value, finite.</param>
    /// <returns>The required change in the indicator's unit per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, <paramref name="deadline"/> is not later than <paramref name="asOf"/>, or the pace overflows (named after the period, or after <paramref name="target"/> when its difference from <paramref name="latest"/> overflows).</exception>
    /// <remarks>As <see cref="RequiredLinearPace(double, double, double)"/> with the years between the dates.</remarks>
    public static double RequiredLinearPace(LocalDate asOf, double latest, LocalDate deadline, double target)
        => RequiredLinearPace(latest, target, YearsBetween(asOf, deadline, nameof(deadline)));

    private static double YearsBetween(LocalDate start, LocalDate end, string endName)
    {
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(endName, end, $"{endName} must be later than {Iso(start)}; received {Iso(end)}.");
        }

        return YearFraction.Between(start, end);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>((end/start)^(1/years) − 1)·100</c> of checked positive inputs; an overflow names <paramref name="endName"/>
    /// when the ratio itself overflows, else <paramref name="yearsName"/> (a period too short for the ratio).
    /// </summary>
    private static PercentChange CagrOf(double start, double end, double years, string endName, string yearsName)
    {
        var ratio = end / start;
        return new PercentChange(CalculationGuard.FiniteResult((Math.Pow(ratio, 1 / years) - 1) * 100, "compound annual growth rate", double.IsFinite(ratio) ? yearsName : endName));
    }
}
