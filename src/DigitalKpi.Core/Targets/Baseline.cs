using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Targets;

/// <summary>The value of a target's indicator in the period progress is measured from.</summary>
/// <remarks><c>default(Baseline)</c> is the value 0 in the year 1. Equality compares period and value exactly. Immutable.</remarks>
public readonly struct Baseline : IEquatable<Baseline>
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="period">The baseline period.</param>
    /// <param name="value">The value in that period, in the indicator's unit, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public Baseline(ReportingPeriod period, double value)
    {
        Period = period;
        Value = Guard.Finite(value);
    }

    /// <summary>The baseline period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The value in the baseline period.</summary>
    public double Value { get; }

    /// <summary>Whether period and value are equal.</summary>
    /// <param name="left">The first baseline.</param>
    /// <param name="right">The second baseline.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Baseline left, Baseline right) => left.Equals(right);

    /// <summary>Whether period or value differ.</summary>
    /// <param name="left">The first baseline.</param>
    /// <param name="right">The second baseline.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Baseline left, Baseline right) => !left.Equals(right);

    /// <summary>Whether period and value are equal.</summary>
    /// <param name="other">The other baseline.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Baseline other) => Period == other.Period && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Baseline other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Value);

    /// <summary>The baseline as <c>2023: 17</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period}: {Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
}
