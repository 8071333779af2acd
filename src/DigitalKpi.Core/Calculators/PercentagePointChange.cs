using System.Globalization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// The difference of two percentages in percentage points: a share of dossiers handled fully online
/// rising from 17% to 42% is <c>+25 pp</c>. Not to be confused with a <see cref="PercentChange"/>,
/// the relative change (the same move is +147.06%).
/// </summary>
/// <remarks>
/// Equality and ordering compare <see cref="Points"/> exactly. The default value is a change of 0 pp.
/// Negative zero is stored as zero.
/// </remarks>
public readonly struct PercentagePointChange : IEquatable<PercentagePointChange>, IComparable<PercentagePointChange>, IFormattable
{
    private const string DefaultFormat = "0.#";

    /// <summary>Creates a change from its value in percentage points.</summary>
    /// <param name="points">The difference of two percentages in percentage points, finite; <c>25</c> for 17% → 42%.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is NaN or infinite.</exception>
    public PercentagePointChange(double points)
    {
        Points = Guard.Finite(points) + 0.0;
    }

    /// <summary>The difference in percentage points: <c>25</c> for 17% → 42%.</summary>
    public double Points { get; }

    /// <summary>Whether two changes have exactly the same <see cref="Points"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(PercentagePointChange left, PercentagePointChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(PercentagePointChange left, PercentagePointChange right) => !left.Equals(right);

    /// <summary>Whether the left change is smaller than the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller change.</returns>
    public static bool operator <(PercentagePointChange left, PercentagePointChange right) => left.Points < right.Points;

    /// <summary>Whether the left change is larger than the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger change.</returns>
    public static bool operator >(PercentagePointChange left, PercentagePointChange right) => left.Points > right.Points;

    /// <summary>Whether the left change is smaller than or equal to the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(PercentagePointChange left, PercentagePointChange right) => left.Points <= right.Points;

    /// <summary>Whether the left change is larger than or equal to the right.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(PercentagePointChange left, PercentagePointChange right) => left.Points >= right.Points;

    /// <inheritdoc/>
    public bool Equals(PercentagePointChange other) => Points.Equals(other.Points);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentagePointChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Points.GetHashCode();

    /// <summary>Orders changes by <see cref="Points"/>; the order is total because the value is always finite.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns>Negative, zero or positive as this change is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    public int CompareTo(PercentagePointChange other) => Points.CompareTo(other.Points);

    /// <summary>Formats the change in the invariant culture with a sign and at most one decimal: <c>+25 pp</c>, <c>-3.5 pp</c>, <c>0 pp</c>.</summary>
    /// <returns>The signed value followed by " pp".</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the change with a sign, the magnitude in <paramref name="format"/> and the unit " pp".</summary>
    /// <param name="format">A .NET numeric format for the magnitude in points, e.g. <c>"0.0"</c> or <c>"F2"</c>; null or empty for <c>"0.#"</c>.</param>
    /// <param name="formatProvider">The culture for digits, decimal separator and signs; null for the invariant culture. Under vi-VN, +2.5 pp prints as <c>+2,5 pp</c>.</param>
    /// <returns>The formatted change, e.g. <c>+25 pp</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => SignedNumberFormat.Format(Points, format, formatProvider, DefaultFormat) + " pp";
}
