using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The value an assessment projects for the end of the target's deadline: the forecast mean and, when a
/// forecast distribution was used, its median and 80% prediction interval.
/// </summary>
/// <remarks>
/// <para>Values are in the indicator's unit and finite. A projection that is a single line (the official
/// projection methods, the straight path from a baseline) has no interval: <see cref="Lower80"/> and
/// <see cref="Upper80"/> are null. The <c>default</c> value projects 0 at 0001-01-01 (NodaTime's default date)
/// without an interval.</para>
/// <para>A forecast distribution gives its <see cref="Median"/> and its own 10% and 90% quantiles as the interval.
/// The interval always contains the median, but need not contain the mean: a skewed forecast (a share saturating
/// towards 100%, a log-scale trend) can have its mean below its 10% quantile. The median is the point to quote
/// beside the interval.</para>
/// <para>Equality compares every member exactly.</para>
/// </remarks>
public readonly struct ProjectedValue : IEquatable<ProjectedValue>
{
    /// <summary>Creates a projection.</summary>
    /// <param name="at">The day the value is projected for: the last day of the target's deadline period.</param>
    /// <param name="mean">The projected mean, finite, in the indicator's unit.</param>
    /// <param name="lower80">Lower end of the 80% prediction interval, finite and at most <paramref name="mean"/>; null when there is no interval.</param>
    /// <param name="upper80">Upper end of the 80% prediction interval, finite and at least <paramref name="mean"/>; null when there is no interval. Given exactly when <paramref name="lower80"/> is.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or the interval does not contain the mean.</exception>
    /// <exception cref="ArgumentException">Only one end of the interval is given.</exception>
    public ProjectedValue(LocalDate at, double mean, double? lower80 = null, double? upper80 = null)
    {
        Utility.Guard.Finite(mean);
        if (lower80.HasValue != upper80.HasValue)
        {
            throw new ArgumentException($"Give both ends of the 80% interval or neither; received lower80 {Show(lower80)} and upper80 {Show(upper80)}.", nameof(upper80));
        }

        if (lower80 is { } lo && upper80 is { } hi)
        {
            CheckInterval(lo, hi, mean, "mean");
        }

        At = at;
        Mean = mean;
        Lower80 = lower80;
        Upper80 = upper80;
    }

    /// <summary>Creates the projection of a forecast distribution: its mean, median and 80% prediction interval.</summary>
    /// <param name="at">The day the value is projected for: the last day of the target's deadline period.</param>
    /// <param name="mean">The forecast mean, finite, in the indicator's unit; it may lie outside the interval.</param>
    /// <param name="median">The forecast median, finite, within the interval.</param>
    /// <param name="lower80">The forecast's 10% quantile, finite and at most <paramref name="median"/>.</param>
    /// <param name="upper80">The forecast's 90% quantile, finite and at least <paramref name="median"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or the interval does not contain the median.</exception>
    public ProjectedValue(LocalDate at, double mean, double median, double lower80, double upper80)
    {
        Utility.Guard.Finite(mean);
        Utility.Guard.Finite(median);
        CheckInterval(lower80, upper80, median, "median");

        At = at;
        Mean = mean;
        Median = median;
        Lower80 = lower80;
        Upper80 = upper80;
    }

    /// <summary>Throws unless both ends of the 80% interval are finite and contain <paramref name="centre"/> (the mean or the median, named by <paramref name="what"/>).</summary>
    private static void CheckInterval(double lower80, double upper80, double centre, string what)
    {
        Utility.Guard.Finite(lower80);
        Utility.Guard.Finite(upper80);
        if (lower80 > centre || upper80 < centre)
        {
            throw new ArgumentOutOfRangeException(nameof(lower80), lower80, $"The 80% interval must contain the {what} {Show(centre)}; received [{Show(lower80)}, {Show(upper80)}].");
        }
    }

    /// <summary>The day the value is projected for (the last day of the deadline period).</summary>
    public LocalDate At { get; }

    /// <summary>The projected mean, in the indicator's unit.</summary>
    public double Mean { get; }

    /// <summary>The forecast median, inside the 80% interval; null when the projection is a single line or was created without it.</summary>
    public double? Median { get; }

    /// <summary>Lower end of the 80% prediction interval, or null when the projection is a single line.</summary>
    public double? Lower80 { get; }

    /// <summary>Upper end of the 80% prediction interval, or null when the projection is a single line.</summary>
    public double? Upper80 { get; }

    /// <summary>Whether two projections are equal in every member.</summary>
    /// <param name="left">The first projection.</param>
    /// <param name="right">The second projection.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ProjectedValue left, ProjectedValue right) => left.Equals(right);

    /// <summary>Whether two projections differ in any member.</summary>
    /// <param name="left">The first projection.</param>
    /// <param name="right">The second projection.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ProjectedValue left, ProjectedValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ProjectedValue other)
        => At == other.At && Mean.Equals(other.Mean) && Nullable.Equals(Median, other.Median) && Nullable.Equals(Lower80, other.Lower80) && Nullable.Equals(Upper80, other.Upper80);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProjectedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Mean, Median, Lower80, Upper80);

    /// <summary>An invariant description, e.g. <c>2025-12-31: 83.1 [70.2, 92.4]</c>, with the median when given: <c>2025-12-31: 98.3 (median 99.6) [99.3, 99.8]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Lower80 is null ? $"{At:uuuu-MM-dd}: {Show(Mean)}"
            : Median is { } m ? $"{At:uuuu-MM-dd}: {Show(Mean)} (median {Show(m)}) [{Show(Lower80)}, {Show(Upper80)}]"
            : $"{At:uuuu-MM-dd}: {Show(Mean)} [{Show(Lower80)}, {Show(Upper80)}]";

    private static string Show(double? v) => v is { } x ? x.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null";
}
