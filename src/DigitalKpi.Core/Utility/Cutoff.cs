namespace DigitalKpi.Core.Utility;

/// <summary>
/// Comparison of a computed number with a method's cut-off. A value within <see cref="RelativeTolerance"/> of the
/// cut-off, relative to the larger of their magnitudes, counts as on it: a ratio that is 1 by hand but 0.9999999999999999
/// in binary floating point is on an inclusive cut-off of 1 and not below it. Every published method compares with
/// these so that boundary cases (METHODS.md §1.10) fall on the side the method's text gives.
/// </summary>
internal static class Cutoff
{
    /// <summary>The relative tolerance, 1e-12: thousands of rounding errors of double, far below any published cut-off's precision.</summary>
    public const double RelativeTolerance = 1e-12;

    /// <summary>True when <paramref name="value"/> is within <see cref="RelativeTolerance"/> of <paramref name="cutoff"/>, relative to the larger magnitude; a cut-off of 0 is matched exactly.</summary>
    public static bool IsOn(double value, double cutoff)
        => value == cutoff || Math.Abs(value - cutoff) <= RelativeTolerance * Math.Max(Math.Abs(value), Math.Abs(cutoff));

    /// <summary>Inclusive lower end: <paramref name="value"/> ≥ <paramref name="cutoff"/>, or on it.</summary>
    public static bool AtOrAbove(double value, double cutoff) => value >= cutoff || IsOn(value, cutoff);

    /// <summary>Exclusive lower end: <paramref name="value"/> &gt; <paramref name="cutoff"/> and not on it.</summary>
    public static bool Above(double value, double cutoff) => value > cutoff && !IsOn(value, cutoff);

    /// <summary>Inclusive upper end: <paramref name="value"/> ≤ <paramref name="cutoff"/>, or on it.</summary>
    public static bool AtOrBelow(double value, double cutoff) => value <= cutoff || IsOn(value, cutoff);

    /// <summary>Exclusive upper end: <paramref name="value"/> &lt; <paramref name="cutoff"/> and not on it.</summary>
    public static bool Below(double value, double cutoff) => value < cutoff && !IsOn(value, cutoff);

    /// <summary>Inclusive lower end for a nullable value: false when it is null.</summary>
    public static bool AtOrAbove(double? value, double cutoff) => value is { } v && AtOrAbove(v, cutoff);
}
