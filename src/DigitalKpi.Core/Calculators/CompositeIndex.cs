using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Composite indices that combine normalised indicator scores with weights: the weighted arithmetic mean
/// (full compensation: a strong indicator offsets a weak one) and the weighted geometric mean (partial
/// compensation: a score of 0 anywhere gives 0).
/// </summary>
/// <remarks>
/// Weights are relative: they are divided by their sum, so 1/1/2 and 25/25/50 give the same index.
/// Source: OECD/JRC, "Handbook on Constructing Composite Indicators: Methodology and User Guide" (2008), linear and geometric aggregation; the
/// UNDP Human Development Index uses the (equally weighted) geometric mean since 2010.
/// </remarks>
public static class CompositeIndex
{
    /// <summary>The weighted arithmetic mean of <paramref name="scores"/>: Σ wᵢ·xᵢ ÷ Σ wᵢ.</summary>
    /// <param name="scores">The indicator scores, finite, e.g. from <see cref="Normalisation.MinMax"/>; at least one.</param>
    /// <param name="weights">One weight per score, finite and greater than 0; same length as <paramref name="scores"/>.</param>
    /// <returns>The index on the scale of the scores, between the smallest and the largest score.</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite, a weight is zero, negative or not finite, or a sum overflows (named after <paramref name="weights"/> for the sum of the weights, else <paramref name="scores"/>).</exception>
    /// <remarks>Formula: I = Σ wᵢxᵢ ÷ Σ wᵢ. Source: OECD/JRC Handbook (2008), linear aggregation.</remarks>
    public static double WeightedArithmetic(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights)
    {
        var weightSum = CheckWeights(scores, weights);
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            sum += ItemGuard.Finite(scores[i], i, nameof(scores)) * (weights[i] / weightSum);
        }

        return CalculationGuard.FiniteResult(sum, "weighted mean", nameof(scores));
    }

    /// <summary>The weighted geometric mean of <paramref name="scores"/>: Π xᵢ^(wᵢ ÷ Σ w).</summary>
    /// <param name="scores">The indicator scores, finite and at least 0; at least one. A score of 0 makes the index 0.</param>
    /// <param name="weights">One weight per score, finite and greater than 0; same length as <paramref name="scores"/>.</param>
    /// <returns>The index on the scale of the scores, between the smallest and the largest score, and never above the weighted arithmetic mean.</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is negative or not finite, a weight is zero, negative or not finite, or the sum of weights overflows.</exception>
    /// <remarks>Formula: I = exp(Σ wᵢ ln xᵢ ÷ Σ wᵢ), computed in logarithms so that large products do not overflow. Source: OECD/JRC Handbook (2008), geometric aggregation.</remarks>
    public static double WeightedGeometric(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights)
    {
        var weightSum = CheckWeights(scores, weights);
        var logSum = 0.0;
        var hasZero = false;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = ItemGuard.Finite(scores[i], i, nameof(scores));
            if (score < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(scores), score, $"scores[{i}] must be at least 0 for a geometric mean; received {Invariant(score)}.");
            }

            if (score == 0)
            {
                hasZero = true;
            }
            else
            {
                logSum += weights[i] / weightSum * Math.Log(score);
            }
        }

        return hasZero ? 0 : Math.Exp(logSum);
    }

    private static double CheckWeights(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights)
    {
        ItemGuard.PairedNonEmpty(scores, weights);
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += ItemGuard.Positive(weights[i], i, nameof(weights));
        }

        return CalculationGuard.FiniteResult(sum, "sum of the weights", nameof(weights));
    }

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
