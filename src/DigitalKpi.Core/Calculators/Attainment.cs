using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Attainment of a target: how much of the target the latest value achieves, in percent, with the
/// direction of the indicator taken into account. 50,350 digital-technology enterprises against a plan
/// of 48,000 is 104.9%.
/// </summary>
/// <remarks>
/// Source: the "% of target met" of Microsoft Power BI Metrics status rules and the achievement
/// percentages of ClearPoint and ServiceNow (DigitalKpi METHODS.md §2.1, §2.5, §2.6). The inverse ratio for
/// lower-is-better indicators is this library's convention, stated because tools often leave the case of
/// decreasing targets ambiguous (hikaya-io/activity#397, METHODS.md §4).
/// </remarks>
public static class Attainment
{
    /// <summary>The attainment of <paramref name="target"/> by <paramref name="latest"/> in percent: 100 means exactly on target, above 100 beyond it.</summary>
    /// <param name="latest">The latest value, finite, in the indicator's unit. For <see cref="Polarity.LowerIsBetter"/> it must be greater than 0.</param>
    /// <param name="target">The target value, finite, in the same unit. For <see cref="Polarity.HigherIsBetter"/> it must be greater than 0; for <see cref="Polarity.LowerIsBetter"/> at least 0.</param>
    /// <param name="polarity">Whether a higher or a lower value is progress.</param>
    /// <returns>
    /// Higher is better: latest ÷ target × 100 (a negative latest value gives a negative attainment).
    /// Lower is better: target ÷ latest × 100 (a rank 46 against a target rank 40 is 86.96%; a target of 0 gives 0% until the value reaches 0).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value is not finite; or, higher is better, <paramref name="target"/> is zero or negative (the ratio is undefined); or, lower is better,
    /// <paramref name="latest"/> is zero or negative (undefined: a lower-is-better value of 0 has met any target of at least 0, which a ratio cannot express)
    /// or <paramref name="target"/> is negative; or <paramref name="polarity"/> is not a defined value; or the ratio is too large to represent (the exception names the divisor, <paramref name="target"/> when higher is better, <paramref name="latest"/> when lower is better).
    /// </exception>
    public static double Percent(double latest, double target, Polarity polarity)
    {
        if (CalculationGuard.Direction(polarity) > 0)
        {
            Guard.Finite(latest);
            Guard.Positive(target);
            return CalculationGuard.FiniteResult(latest / target * 100, "attainment", nameof(target));
        }

        Guard.Positive(latest);
        Guard.NonNegative(target);
        return CalculationGuard.FiniteResult(target / latest * 100, "attainment", nameof(latest));
    }
}
