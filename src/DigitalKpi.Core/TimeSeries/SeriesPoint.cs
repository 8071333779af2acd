using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;

namespace DigitalKpi.Core.TimeSeries;

/// <summary>One point of an <see cref="IndicatorSeries"/>: the period, its end on the time axis, the value and its quality.</summary>
/// <remarks><c>default(SeriesPoint)</c> is the value 0 at time 0 for the year 1, actual. Equality compares all four parts exactly. Immutable.</remarks>
public readonly struct SeriesPoint : IEquatable<SeriesPoint>
{
    /// <summary>Creates a point at the end of <paramref name="period"/> (<see cref="TimeAxis.EndTime"/>).</summary>
    /// <param name="period">The period the value describes.</param>
    /// <param name="value">The value, finite.</param>
    /// <param name="quality">How firm the value is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, or <paramref name="quality"/> is not a defined value.</exception>
    public SeriesPoint(ReportingPeriod period, double value, ObservationQuality quality = ObservationQuality.Actual)
    {
        Period = period;
        Time = TimeAxis.EndTime(period);
        Value = Utility.Guard.Finite(value);
        Quality = Utility.EnumCheck.Defined(quality);
    }

    /// <summary>The period the value describes.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The end of <see cref="Period"/> in years (<see cref="TimeAxis.EndTime"/>).</summary>
    public double Time { get; }

    /// <summary>The value in the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>How firm the value is.</summary>
    public ObservationQuality Quality { get; }

    /// <summary>Whether all parts are equal.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SeriesPoint left, SeriesPoint right) => left.Equals(right);

    /// <summary>Whether any part differs.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SeriesPoint left, SeriesPoint right) => !left.Equals(right);

    /// <summary>Whether all parts are equal.</summary>
    /// <param name="other">The other point.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SeriesPoint other)
        => Period == other.Period && Time.Equals(other.Time) && Value.Equals(other.Value) && Quality == other.Quality;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SeriesPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Value, Quality);

    /// <summary>The point as <c>2024-H1: 42 (Estimated)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period}: {Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ({Quality})";
}
