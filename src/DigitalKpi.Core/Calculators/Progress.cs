using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Progress from a baseline towards a target in percent of the distance: 0 at the baseline, 100 at the
/// target, above 100 beyond it, negative when the value moved away. An index that went from 0.48 to 0.60
/// with a target of 0.71 has made 52.2% of the way.
/// </summary>
/// <remarks>
/// Source: Viva Goals "Increase / Decrease from X to Y" key results and ServiceNow's achievement
/// percentage, (current − start) ÷ (target − start) (DigitalKpi METHODS.md §2.2, §2.6); ESCAP's current
/// status index is ten times the same ratio (§1.4).
/// </remarks>
public static class Progress
{
    /// <summary>The progress of <paramref name="latest"/> from <paramref name="baseline"/> towards <paramref name="target"/>, in percent of the distance.</summary>
    /// <param name="baseline">The value when the target was set (the start), finite.</param>
    /// <param name="latest">The latest value, finite.</param>
    /// <param name="target">The target value, finite; at or above <paramref name="baseline"/> for <see cref="Polarity.HigherIsBetter"/>, at or below it for <see cref="Polarity.LowerIsBetter"/>.</param>
    /// <param name="polarity">Whether a higher or a lower value is progress.</param>
    /// <returns>
    /// 100 × (latest − baseline) ÷ (target − baseline), unbounded (a value beyond the target gives more than 100, a move
    /// the wrong way a negative result). When <paramref name="target"/> equals <paramref name="baseline"/> there is no
    /// distance to cover: the result is 100 when the latest value meets the target in the direction of
    /// <paramref name="polarity"/> (held or improved) and 0 otherwise, as the UNDP SDG Push code treats a required rate of 0.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite; <paramref name="target"/> lies on the wrong side of <paramref name="baseline"/> for <paramref name="polarity"/>; <paramref name="polarity"/> is not a defined value; or the result overflows (named after <paramref name="target"/>, whose distance from <paramref name="baseline"/> divides).</exception>
    public static double Percent(double baseline, double latest, double target, Polarity polarity)
    {
        Guard.Finite(baseline);
        Guard.Finite(latest);
        Guard.Finite(target);
        var direction = CalculationGuard.Direction(polarity);

        var distance = target - baseline;
        if (direction * distance < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(target),
                target,
                $"target must be {(direction > 0 ? "at or above" : "at or below")} the baseline {Invariant(baseline)} for a {polarity} indicator; received {Invariant(target)}.");
        }

        if (distance == 0)
        {
            return direction * (latest - target) >= 0 ? 100 : 0;
        }

        return CalculationGuard.FiniteResult((latest - baseline) / distance * 100, "progress", nameof(target));
    }

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
