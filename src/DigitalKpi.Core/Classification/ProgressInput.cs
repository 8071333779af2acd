using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// One target's progress numbers as the published assessment methods read them: the base value
/// <c>y0</c> at <c>t0</c>, the latest value <c>yt</c> at <c>t</c>, the target value <c>yT</c> due at
/// <c>T</c>, the indicator's polarity, and optionally the whole observed series, a natural limit and
/// the upper end of a "between" target (METHODS.md §0 notation).
/// </summary>
/// <remarks>
/// <para>Times are in years on one continuous axis (as in <see cref="TimedSeries"/>); values are in the
/// indicator's unit. The deadline has come when <see cref="AsOfTime"/> ≥ <see cref="TargetTime"/>.</para>
/// <para><b>Direction.</b> Higher-is-better targets are met when <c>yt ≥ yT</c>; lower-is-better targets
/// (ranks, processing times) when <c>yt ≤ yT</c>. Every method works with the direction factor
/// <c>d = +1</c> or <c>−1</c> as in Statistics Canada's implementation, so a rank needs no special case.</para>
/// <para><b>Between targets</b> (<see cref="UpperTargetValue"/> set): met when
/// <c>TargetValue ≤ yt ≤ UpperTargetValue</c>. Otherwise the nearest end becomes the effective target and
/// the direction points towards it: below the band the target is "at least <c>TargetValue</c>"
/// (<c>d = +1</c>), above it "at most <c>UpperTargetValue</c>" (<c>d = −1</c>); the polarity is then ignored.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ProgressInput
{
    /// <summary>Creates the progress numbers of one target.</summary>
    /// <param name="baseTime">Base (reference) time <c>t0</c> in years, finite.</param>
    /// <param name="baseValue">Value <c>y0</c> at the base time, finite, in the indicator's unit.</param>
    /// <param name="latestTime">Time <c>t</c> of the latest value in years, finite, at least <paramref name="baseTime"/>.</param>
    /// <param name="latestValue">Latest value <c>yt</c>, finite.</param>
    /// <param name="targetTime">Deadline <c>T</c> in years, finite (the end of the deadline period).</param>
    /// <param name="targetValue">Target value <c>yT</c>, finite; the lower end when <paramref name="upperTargetValue"/> is given.</param>
    /// <param name="polarity">Which direction is progress; ignored for between targets.</param>
    /// <param name="upperTargetValue">Upper end of a between target, finite and at least <paramref name="targetValue"/>; null for an at-least / at-most target.</param>
    /// <param name="naturalLimit">Hard limit in the desired direction (100 for a higher-is-better percent, 0 for a lower-is-better one), finite; null when there is none.</param>
    /// <param name="asOfTime">Time of the assessment in years, finite, at least <paramref name="latestTime"/>; null means <paramref name="latestTime"/>.</param>
    /// <param name="series">All observations of the indicator, for methods that use more than two points (Destatis); null when only the two points are known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, <paramref name="latestTime"/> is before <paramref name="baseTime"/>, <paramref name="asOfTime"/> is before <paramref name="latestTime"/>, or <paramref name="upperTargetValue"/> is below <paramref name="targetValue"/>.</exception>
    public ProgressInput(
        double baseTime,
        double baseValue,
        double latestTime,
        double latestValue,
        double targetTime,
        double targetValue,
        Polarity polarity = Polarity.HigherIsBetter,
        double? upperTargetValue = null,
        double? naturalLimit = null,
        double? asOfTime = null,
        TimedSeries? series = null)
    {
        Guard.Finite(baseTime);
        Guard.Finite(baseValue);
        Guard.Finite(latestTime);
        Guard.Finite(latestValue);
        Guard.Finite(targetTime);
        Guard.Finite(targetValue);
        if (latestTime < baseTime)
        {
            throw new ArgumentOutOfRangeException(nameof(latestTime), latestTime, $"latestTime must be at least baseTime = {Format(baseTime)}; received {Format(latestTime)}.");
        }

        if (upperTargetValue is { } upper)
        {
            Guard.Finite(upper, nameof(upperTargetValue));
            if (upper < targetValue)
            {
                throw new ArgumentOutOfRangeException(nameof(upperTargetValue), upper, $"upperTargetValue must be at least targetValue = {Format(targetValue)}; received {Format(upper)}.");
            }
        }

        if (naturalLimit is { } limit)
        {
            Guard.Finite(limit, nameof(naturalLimit));
        }

        var asOf = asOfTime ?? latestTime;
        Guard.Finite(asOf, nameof(asOfTime));
        if (asOf < latestTime)
        {
            throw new ArgumentOutOfRangeException(nameof(asOfTime), asOf, $"asOfTime must be at least latestTime = {Format(latestTime)}; received {Format(asOf)}.");
        }

        BaseTime = baseTime;
        BaseValue = baseValue;
        LatestTime = latestTime;
        LatestValue = latestValue;
        TargetTime = targetTime;
        TargetValue = targetValue;
        Polarity = polarity;
        UpperTargetValue = upperTargetValue;
        NaturalLimit = naturalLimit;
        AsOfTime = asOf;
        Series = series;

        if (upperTargetValue is { } up)
        {
            IsAchieved = latestValue >= targetValue && latestValue <= up;
            Direction = latestValue > up ? -1 : 1;
            EffectiveTargetValue = latestValue > up ? up : targetValue;
        }
        else
        {
            Direction = polarity == Polarity.LowerIsBetter ? -1 : 1;
            EffectiveTargetValue = targetValue;
            IsAchieved = Direction * (latestValue - targetValue) >= 0;
        }
    }

    /// <summary>Builds the input from an observed series: the first point is the base, the last point the latest value.</summary>
    /// <param name="series">Observations, at least one point.</param>
    /// <param name="targetTime">Deadline <c>T</c> in years, finite.</param>
    /// <param name="targetValue">Target value, finite (the lower end of a between target).</param>
    /// <param name="polarity">Which direction is progress.</param>
    /// <param name="upperTargetValue">Upper end of a between target, or null.</param>
    /// <param name="naturalLimit">Hard limit in the desired direction, or null.</param>
    /// <param name="asOfTime">Time of the assessment in years, at least the last observation time; null means the last observation time.</param>
    /// <returns>The input, keeping <paramref name="series"/> in <see cref="Series"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="series"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for the constructor.</exception>
    public static ProgressInput FromSeries(
        TimedSeries series,
        double targetTime,
        double targetValue,
        Polarity polarity = Polarity.HigherIsBetter,
        double? upperTargetValue = null,
        double? naturalLimit = null,
        double? asOfTime = null)
    {
        Guard.NotNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("series must contain at least one observation; received an empty series.", nameof(series));
        }

        return new ProgressInput(
            series.Times[0], series.Values[0], series.Times[^1], series.Values[^1], targetTime, targetValue,
            polarity, upperTargetValue, naturalLimit, asOfTime, series);
    }

    /// <summary>Base time <c>t0</c> in years.</summary>
    public double BaseTime { get; }

    /// <summary>Base value <c>y0</c>.</summary>
    public double BaseValue { get; }

    /// <summary>Time <c>t</c> of the latest value in years.</summary>
    public double LatestTime { get; }

    /// <summary>Latest value <c>yt</c>.</summary>
    public double LatestValue { get; }

    /// <summary>Deadline <c>T</c> in years.</summary>
    public double TargetTime { get; }

    /// <summary>Target value <c>yT</c>; the lower end of a between target.</summary>
    public double TargetValue { get; }

    /// <summary>Upper end of a between target, or null for an at-least / at-most target.</summary>
    public double? UpperTargetValue { get; }

    /// <summary>Which direction is progress (ignored for between targets).</summary>
    public Polarity Polarity { get; }

    /// <summary>Hard limit in the desired direction (e.g. 100 for a percent), or null.</summary>
    public double? NaturalLimit { get; }

    /// <summary>Time of the assessment in years (at least <see cref="LatestTime"/>).</summary>
    public double AsOfTime { get; }

    /// <summary>All observations, or null when only the base and latest values are known.</summary>
    public TimedSeries? Series { get; }

    /// <summary>True when the latest value meets the target exactly as stated (no tolerance): <c>d·(yt − yT) ≥ 0</c>, or inside a between band (ends inclusive).</summary>
    public bool IsAchieved { get; }

    /// <summary>True when the deadline has come: <see cref="AsOfTime"/> ≥ <see cref="TargetTime"/>.</summary>
    public bool IsDeadlinePassed => AsOfTime >= TargetTime;

    /// <summary>Direction factor <c>d</c>: +1 when higher is better towards the effective target, −1 when lower is better.</summary>
    internal int Direction { get; }

    /// <summary>The target value the direction points to: <see cref="TargetValue"/>, or the nearest end of a between band.</summary>
    internal double EffectiveTargetValue { get; }

    /// <summary>True when the base value already meets the effective target: <c>d·(yT − y0) ≤ 0</c>.</summary>
    internal bool BaseMeetsTarget => Direction * (EffectiveTargetValue - BaseValue) <= 0;

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
