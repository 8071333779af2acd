using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;

namespace DigitalKpi.Core.Classification;

/// <summary>The value an assessment judged a target by: the last value reported for a period that ended by the as-of date (and by the deadline, once the deadline has passed).</summary>
/// <remarks>Equality compares period, value and quality exactly. The <c>default</c> value has the default period, value 0 and quality actual.</remarks>
public readonly struct LatestValue : IEquatable<LatestValue>
{
    /// <summary>Creates the latest value.</summary>
    /// <param name="period">The reporting period the value describes.</param>
    /// <param name="value">The value, finite, in the indicator's unit.</param>
    /// <param name="quality">Whether the value is actual, estimated or provisional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public LatestValue(ReportingPeriod period, double value, ObservationQuality quality)
    {
        Period = period;
        Value = Utility.Guard.Finite(value);
        Quality = quality;
    }

    /// <summary>The reporting period the value describes.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The value, in the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>Whether the value is actual, estimated or provisional.</summary>
    public ObservationQuality Quality { get; }

    /// <summary>True when the value is not an actual figure (estimated, "ước đạt", or provisional): a status resting on it may change when the actual figure is reported.</summary>
    public bool IsEstimate => Quality != ObservationQuality.Actual;

    /// <summary>Whether two latest values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(LatestValue left, LatestValue right) => left.Equals(right);

    /// <summary>Whether two latest values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(LatestValue left, LatestValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(LatestValue other) => Period == other.Period && Value.Equals(other.Value) && Quality == other.Quality;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LatestValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Value, Quality);

    /// <summary>An invariant description, e.g. <c>2024-H1: 42 (Estimated)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period}: {Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ({Quality})";
}
