using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Rescaling of indicator values to a common 0–100 score so that unlike indicators can be combined in a
/// composite index: 0 at the worst bound, 100 at the best, flipped for lower-is-better indicators.
/// </summary>
/// <remarks>
/// Source: OECD/JRC, "Handbook on Constructing Composite Indicators: Methodology and User Guide" (2008), min-max normalisation; the
/// SDSN Sustainable Development Report rescales every indicator to 0–100 between a lower and an upper bound and
/// censors values beyond them (DigitalKpi METHODS.md §1.5).
/// </remarks>
public static class Normalisation
{
    /// <summary>The min-max score of <paramref name="value"/> between the bounds <paramref name="min"/> and <paramref name="max"/>, on 0–100 with 100 best.</summary>
    /// <param name="value">The indicator value, finite.</param>
    /// <param name="min">The lower bound of the scale in the indicator's unit, finite and below <paramref name="max"/>.</param>
    /// <param name="max">The upper bound of the scale, finite and above <paramref name="min"/>.</param>
    /// <param name="polarity">Higher is better: <paramref name="min"/> scores 0 and <paramref name="max"/> 100. Lower is better: <paramref name="min"/> scores 100 and <paramref name="max"/> 0.</param>
    /// <param name="clamp">When <see langword="true"/> (the default), values beyond the bounds are censored to 0 or 100 as in the SDSN index; otherwise the score extends linearly below 0 and above 100.</param>
    /// <returns>Higher is better: 100 × (value − min) ÷ (max − min); lower is better: 100 × (max − value) ÷ (max − min).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value or bound is not finite, <paramref name="max"/> is not above <paramref name="min"/> (a scale of zero width is undefined), <paramref name="polarity"/> is not a defined value, or the unclamped score overflows (named after <paramref name="value"/>; bounds wider than double's range are halved first and do not overflow).</exception>
    public static double MinMax(double value, double min, double max, Polarity polarity, bool clamp = true)
    {
        Guard.Finite(value);
        Guard.Finite(min);
        Guard.Finite(max);
        if (!(max > min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be above min {Invariant(min)}; received {Invariant(max)}.");
        }

        var higherIsBetter = CalculationGuard.Direction(polarity) > 0;
        var (distance, width) = higherIsBetter ? (value - min, max - min) : (max - value, max - min);
        if (!double.IsFinite(distance) || !double.IsFinite(width))
        {
            // Bounds or value spanning more than double's range: halve every number first (exact), so the differences fit.
            (distance, width) = higherIsBetter ? ((value / 2) - (min / 2), (max / 2) - (min / 2)) : ((max / 2) - (value / 2), (max / 2) - (min / 2));
        }

        var score = CalculationGuard.FiniteResult(distance / width * 100, "min-max score", nameof(value));
        return clamp ? Math.Clamp(score, 0, 100) : score;
    }

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
