using System.Globalization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// How many times a value has grown: from 17 to 42 is <c>×2.47</c> (42 ÷ 17 = 2.4706), as in
/// "Mobile Money customers: 8.2 million, 2.2× a year earlier".
/// </summary>
/// <remarks>
/// <para>A multiplier m is the relative change m − 1: ×2.47 is +147%; see <see cref="ToPercentChange"/>.</para>
/// <para>Equality and ordering compare <see cref="Factor"/> exactly. The default value is ×0 (a value that fell to zero).</para>
/// </remarks>
public readonly struct Multiplier : IEquatable<Multiplier>, IComparable<Multiplier>, IFormattable
{
    private const string DefaultFormat = "0.##";

    /// <summary>Creates a multiplier from its factor.</summary>
    /// <param name="factor">The ratio of the later value to the earlier one, finite and at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative, NaN or infinite.</exception>
    public Multiplier(double factor)
    {
        Factor = Guard.NonNegative(factor) + 0.0;
    }

    /// <summary>The ratio of the later value to the earlier one: <c>2.4706</c> for 17 → 42.</summary>
    public double Factor { get; }

    /// <summary>Whether two multipliers have exactly the same <see cref="Factor"/>.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when the factors are equal.</returns>
    public static bool operator ==(Multiplier left, Multiplier right) => left.Equals(right);

    /// <summary>Whether two multipliers differ.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when the factors differ.</returns>
    public static bool operator !=(Multiplier left, Multiplier right) => !left.Equals(right);

    /// <summary>Whether the left multiplier is smaller than the right.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller factor.</returns>
    public static bool operator <(Multiplier left, Multiplier right) => left.Factor < right.Factor;

    /// <summary>Whether the left multiplier is larger than the right.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger factor.</returns>
    public static bool operator >(Multiplier left, Multiplier right) => left.Factor > right.Factor;

    /// <summary>Whether the left multiplier is smaller than or equal to the right.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Multiplier left, Multiplier right) => left.Factor <= right.Factor;

    /// <summary>Whether the left multiplier is larger than or equal to the right.</summary>
    /// <param name="left">The first multiplier.</param>
    /// <param name="right">The second multiplier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Multiplier left, Multiplier right) => left.Factor >= right.Factor;

    /// <summary>The same growth as a relative change: (<see cref="Factor"/> − 1) × 100 percent; ×2.4706 is +147.06%.</summary>
    /// <returns>The relative change.</returns>
    public PercentChange ToPercentChange() => new((Factor - 1) * 100);

    /// <inheritdoc/>
    public bool Equals(Multiplier other) => Factor.Equals(other.Factor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Multiplier other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Factor.GetHashCode();

    /// <summary>Orders multipliers by <see cref="Factor"/>; the order is total because the factor is always finite.</summary>
    /// <param name="other">The multiplier to compare with.</param>
    /// <returns>Negative, zero or positive as this multiplier is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    public int CompareTo(Multiplier other) => Factor.CompareTo(other.Factor);

    /// <summary>Formats the multiplier in the invariant culture with at most two decimals: <c>×2.47</c>.</summary>
    /// <returns>"×" followed by the factor.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the multiplier as "×" followed by the factor in <paramref name="format"/>.</summary>
    /// <param name="format">A .NET numeric format for the factor, e.g. <c>"0.0"</c>; null or empty for <c>"0.##"</c>.</param>
    /// <param name="formatProvider">The culture for digits and decimal separator; null for the invariant culture. Under vi-VN, ×2.47 prints as <c>×2,47</c>.</param>
    /// <returns>The formatted multiplier, e.g. <c>×2.47</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => "×" + Factor.ToString(string.IsNullOrEmpty(format) ? DefaultFormat : format, formatProvider ?? CultureInfo.InvariantCulture);
}
