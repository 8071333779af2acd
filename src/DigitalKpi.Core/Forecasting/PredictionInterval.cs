using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A central prediction interval: the range in which a future value falls with the probability
/// given by <see cref="Level"/>, with equal probability left out below and above.
/// </summary>
/// <remarks>
/// <para>Both ends are inclusive and in the indicator's unit. <c>default(PredictionInterval)</c> is the
/// 95% interval [0, 0]. Equality compares level and both ends exactly. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct PredictionInterval : IEquatable<PredictionInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="level">Coverage of the interval.</param>
    /// <param name="lower">Lower end in the indicator's unit; finite.</param>
    /// <param name="upper">Upper end in the indicator's unit; finite and at least <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public PredictionInterval(PredictionLevel level, double lower, double upper)
    {
        Utility.IntervalEnds.Check(lower, upper);

        Level = level;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Coverage of the interval.</summary>
    public PredictionLevel Level { get; }

    /// <summary>Lower end, in the indicator's unit.</summary>
    public double Lower { get; }

    /// <summary>Upper end, in the indicator's unit; at least <see cref="Lower"/>.</summary>
    public double Upper { get; }

    /// <summary>Upper minus lower end, in the indicator's unit; 0 or more.</summary>
    public double Width => Upper - Lower;

    /// <summary>True when <paramref name="value"/> lies in the interval, ends included.</summary>
    /// <param name="value">A value in the indicator's unit.</param>
    /// <returns>Whether <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc/>
    public bool Equals(PredictionInterval other)
        => Level == other.Level && Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PredictionInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, Lower, Upper);

    /// <summary>The interval as invariant text, such as <c>95% [12.5, 20.25]</c>.</summary>
    /// <returns>The level followed by both ends in brackets.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Level} [{Lower:R}, {Upper:R}]");

    /// <summary>True when level and ends are equal.</summary>
    /// <param name="left">First interval.</param>
    /// <param name="right">Second interval.</param>
    /// <returns>Whether the intervals are equal.</returns>
    public static bool operator ==(PredictionInterval left, PredictionInterval right) => left.Equals(right);

    /// <summary>True when level or an end differs.</summary>
    /// <param name="left">First interval.</param>
    /// <param name="right">Second interval.</param>
    /// <returns>Whether the intervals differ.</returns>
    public static bool operator !=(PredictionInterval left, PredictionInterval right) => !left.Equals(right);
}
