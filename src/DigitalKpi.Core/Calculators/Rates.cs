using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Rates pooled across scopes or periods from their numerators and denominators, never by averaging
/// percentages: 2 of 4 dossiers (50%) in January and 2 of 100 (2%) in February are 4 of 104 = 3.85%,
/// not the 26% an average of the two rates would give.
/// </summary>
/// <remarks>Source: Spider Impact, "Aggregation of calculated metrics" (DigitalKpi METHODS.md §1.9 S9 and §2.4): aggregate the inputs first, then apply the ratio.</remarks>
public static class Rates
{
    /// <summary>The pooled rate in percent: the sum of the numerators over the sum of the denominators.</summary>
    /// <param name="numerators">The numerator of each scope or period (e.g. dossiers handled fully online), each finite and at least 0.</param>
    /// <param name="denominators">The matching denominators (e.g. all dossiers), each finite and at least 0, with a sum greater than 0; same length as <paramref name="numerators"/>. A denominator of 0 is a scope with nothing to count.</param>
    /// <returns>100 × Σ numerators ÷ Σ denominators; 2 of 4 and 2 of 100 give 3.846%.</returns>
    /// <exception cref="ArgumentException">The two spans have different lengths or are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A numerator or denominator is negative or not finite; the denominators add up to 0 (the rate is undefined); or a sum or the rate overflows (named after <paramref name="numerators"/> for their sum, else <paramref name="denominators"/>).</exception>
    /// <remarks>Formula: r = 100·Σkᵢ ÷ Σnᵢ, the rate of the union of the scopes. A numerator may exceed its denominator for rates that are not shares (events per 100 units).</remarks>
    public static double PooledPercent(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        ItemGuard.PairedNonEmpty(numerators, denominators);
        var sumNumerators = 0.0;
        var sumDenominators = 0.0;
        for (var i = 0; i < numerators.Length; i++)
        {
            sumNumerators += ItemGuard.NonNegative(numerators[i], i, nameof(numerators));
            sumDenominators += ItemGuard.NonNegative(denominators[i], i, nameof(denominators));
        }

        CalculationGuard.FiniteResult(sumNumerators, "sum of the numerators", nameof(numerators));
        ItemGuard.PositiveTotal(sumDenominators, nameof(denominators));
        return CalculationGuard.FiniteResult(sumNumerators / sumDenominators * 100, "pooled rate", nameof(denominators));
    }
}
