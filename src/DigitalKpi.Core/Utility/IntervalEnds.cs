using System.Globalization;

namespace DigitalKpi.Core.Utility;

/// <summary>The check on the ends of a range that every forecast's <c>ProbabilityBetween</c> and every <c>PredictionInterval</c> make.</summary>
internal static class IntervalEnds
{
    /// <summary>Throws unless both ends are finite and <paramref name="upper"/> is at least <paramref name="lower"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public static void Check(double lower, double upper)
    {
        Guard.Finite(lower);
        Guard.Finite(upper);
        if (upper < lower)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The upper end must be at least the lower end; received lower = {lower:R}, upper = {upper:R}."),
                nameof(upper));
        }
    }
}
