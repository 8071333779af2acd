using System.Globalization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// A relative change in percent of the starting value: from 17 to 42 is <c>+147.06%</c>
/// (42 ÷ 17 − 1 = 1.4706). Not to be confused with a <see cref="PercentagePointChange"/>, the
/// difference of two percentages (17% → 42% is <c>+25 pp</c>).
/// </summary>
/// <remarks>
/// <para>Also used for growth rates per year (compound annual growth rate), where the documentation of the
/// calculator says so.</para>
/// <para>Equality and ordering compare <see cref="Percent"/> exactly. The default value is a change of 0%.
/// Negative zero is stored as zero.</para>
/// </remarks>
public readonly struct PercentChange : IEquatable<PercentChange>, IComparable<PercentChange>, IFormattable
{
    private const string DefaultFormat = "0.#";

    /// <summary>Creates a relative change from its value in percent.</summary>
    /// <param name="percent">The change in percent of the starting value, finite; <c>147.06</c> means ×2.4706; at least −100 for positive quantities, but any finite value is accepted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is NaN or infinite.</exception>
    public PercentChange(double percent)
    {
        Percent = Guard.Finite(percent) + 0.0;
    }

    /// <summary>The change in percent of the starting value: <c>147.06</c> for 17 → 42.</summary>
    public double Percent { get; }

    /// <summary>The change as a fraction of the starting value: <c>1.4706</c> for 17 → 42 (<see cref="Percent"/> ÷ 100).</summary>
    public double Fraction => Percent / 100;

    /// <summary>Creates a relative change from a fraction of the starting value (0.216 is +21.6%).</summary>
    /// <param name="fraction">The change as a fraction of the starting value, finite.</param>
    /// <returns>The change whose <see cref="Percent"/> is 100 × <paramref name="fraction"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or infinite, or so large that 100 times it is infinite.</exception>
    public static PercentChange FromFraction(double fraction) => new(Guard.Finite(fraction) * 100);

    /// <summary>Whether two changes have exactly the same <see cref="Percent"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(PercentChange left, PercentChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(PercentChange left, PercentChange right) => !left.Equals(right);

    /// <summary>Whether the left change is smaller than the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller change.</returns>
    public static bool operator <(PercentChange left, PercentChange right) => left.Percent < right.Percent;

    /// <summary>Whether the left change is larger than the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger change.</returns>
    public static bool operator >(PercentChange left, PercentChange right) => left.Percent > right.Percent;

    /// <summary>Whether the left change is smaller than or equal to the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(PercentChange left, PercentChange right) => left.Percent <= right.Percent;

    /// <summary>Whether the left change is larger than or equal to the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(PercentChange left, PercentChange right) => left.Percent >= right.Percent;

    /// <inheritdoc/>
    public bool Equals(PercentChange other) => Percent.Equals(other.Percent);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Percent.GetHashCode();

    /// <summary>Orders changes by <see cref="Percent"/>; the order is total because the value is always finite.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns>Negative, zero or positive as this change is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    public int CompareTo(PercentChange other) => Percent.CompareTo(other.Percent);

    /// <summary>Formats the change in the invariant culture with a sign and at most one decimal: <c>+147.1%</c>, <c>-3.5%</c>, <c>0%</c>.</summary>
    /// <returns>The signed value followed by "%".</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the change with a sign, the magnitude in <paramref name="format"/> and a percent sign.</summary>
    /// <param name="format">A .NET numeric format for the magnitude in percent, e.g. <c>"0.00"</c> or <c>"F2"</c>; null or empty for <c>"0.#"</c>.</param>
    /// <param name="formatProvider">The culture for digits, decimal separator, signs and percent symbol; null for the invariant culture. Under vi-VN, +147.06% prints as <c>+147,06%</c>.</param>
    /// <returns>The formatted change, e.g. <c>+147.06%</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var numbers = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.InvariantCulture);
        return SignedNumberFormat.Format(Percent, format, formatProvider, DefaultFormat) + numbers.PercentSymbol;
    }
}
