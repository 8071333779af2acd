using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The coverage of a central prediction interval, held as a percentage (80 for an 80% interval)
/// so that a fraction such as 0.95 cannot be mistaken for a level.
/// </summary>
/// <remarks>
/// <para>Allowed range: greater than 1 and less than 100. Values in (0, 1] are rejected because a
/// central interval covering 1% or less is never a useful prediction interval and such a value is
/// almost always a fraction typed by mistake; the message suggests the percentage (0.95 → "did you
/// mean 95?"). Use <see cref="FromFraction"/> to convert a fraction on purpose.</para>
/// <para><c>default(PredictionLevel)</c> is the 95% level, the same as <see cref="NinetyFive"/>.</para>
/// <para>Equality and order compare <see cref="Percent"/> exactly. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct PredictionLevel : IEquatable<PredictionLevel>, IComparable<PredictionLevel>
{
    /// <summary>The default percentage, used by <c>default(PredictionLevel)</c>.</summary>
    private const double DefaultPercent = 95;

    /// <summary>The stored percentage; 0 stands for <see cref="DefaultPercent"/> so that <c>default</c> is valid.</summary>
    private readonly double percent;

    /// <summary>Creates a level from a percentage.</summary>
    /// <param name="percent">Coverage in percent, greater than 1 and less than 100 (80 for an 80% interval).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not finite, is at most 1 (a fraction rather than a percentage), or is at least 100.</exception>
    public PredictionLevel(double percent)
    {
        if (!double.IsFinite(percent) || percent <= 1 || percent >= 100)
        {
            var received = percent.ToString("R", CultureInfo.InvariantCulture);
            var hint = percent > 0 && percent <= 1 && percent * 100 < 100
                ? $" A level is a percentage, not a fraction: did you mean {(percent * 100).ToString("R", CultureInfo.InvariantCulture)}?"
                : percent > 0 && percent <= 1
                    ? " A level is a percentage such as 80 or 95, not a fraction."
                    : string.Empty;
            throw new ArgumentOutOfRangeException(
                nameof(percent),
                percent,
                $"A prediction level must be a percentage greater than 1 and less than 100; received {received}.{hint}");
        }

        this.percent = percent;
    }

    /// <summary>The 80% level, the narrower of the two levels forecasts report by default.</summary>
    public static PredictionLevel Eighty => new(80);

    /// <summary>The 95% level, the wider of the two levels forecasts report by default.</summary>
    public static PredictionLevel NinetyFive => new(95);

    /// <summary>Coverage in percent, greater than 1 and less than 100.</summary>
    public double Percent => percent == 0 ? DefaultPercent : percent;

    /// <summary>Coverage as a probability (0.95 for the 95% level), greater than 0.01 and less than 1.</summary>
    public double Fraction => Percent / 100;

    /// <summary>Creates a level from a coverage probability.</summary>
    /// <param name="fraction">Coverage as a probability, greater than 0.01 and less than 1 (0.95 for a 95% interval).</param>
    /// <returns>The level of <paramref name="fraction"/> × 100 percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not finite or outside (0.01, 1).</exception>
    public static PredictionLevel FromFraction(double fraction)
    {
        if (!double.IsFinite(fraction) || fraction <= 0.01 || fraction >= 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fraction),
                fraction,
                $"A coverage fraction must be greater than 0.01 and less than 1; received {fraction.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return new PredictionLevel(fraction * 100);
    }

    /// <inheritdoc/>
    public bool Equals(PredictionLevel other) => Percent.Equals(other.Percent);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PredictionLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Percent.GetHashCode();

    /// <summary>Orders levels by coverage: a wider interval has the greater level.</summary>
    /// <param name="other">The level to compare with.</param>
    /// <returns>Negative, zero or positive as this level is below, equal to or above <paramref name="other"/>.</returns>
    public int CompareTo(PredictionLevel other) => Percent.CompareTo(other.Percent);

    /// <summary>The level as invariant text, such as <c>95%</c> or <c>99.5%</c>.</summary>
    /// <returns>The percentage followed by a percent sign.</returns>
    public override string ToString() => Percent.ToString("R", CultureInfo.InvariantCulture) + "%";

    /// <summary>True when both levels have the same percentage.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the levels are equal.</returns>
    public static bool operator ==(PredictionLevel left, PredictionLevel right) => left.Equals(right);

    /// <summary>True when the levels have different percentages.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the levels differ.</returns>
    public static bool operator !=(PredictionLevel left, PredictionLevel right) => !left.Equals(right);

    /// <summary>True when <paramref name="left"/> covers less than <paramref name="right"/>.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the first level is the lower.</returns>
    public static bool operator <(PredictionLevel left, PredictionLevel right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> covers more than <paramref name="right"/>.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the first level is the higher.</returns>
    public static bool operator >(PredictionLevel left, PredictionLevel right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> covers at most as much as <paramref name="right"/>.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the first level is lower or equal.</returns>
    public static bool operator <=(PredictionLevel left, PredictionLevel right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> covers at least as much as <paramref name="right"/>.</summary>
    /// <param name="left">First level.</param>
    /// <param name="right">Second level.</param>
    /// <returns>Whether the first level is higher or equal.</returns>
    public static bool operator >=(PredictionLevel left, PredictionLevel right) => left.CompareTo(right) >= 0;
}
