using System.Buffers;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Our default policy: a forecasting model fitted to the series gives the distribution of the indicator at the end of
/// the deadline, and the target is likely when the probability of meeting it there is at least a threshold.
/// </summary>
/// <remarks>
/// <para><b>Rule.</b> After the shared rules of <see cref="AssessmentPolicy"/> (done, missed, no data): P = P(X ≥ target)
/// for an at-least target, P(X ≤ target) for an at-most target (a rank, a processing time), P(lower ≤ X ≤ upper)
/// for a between target, X the forecast at the end of the deadline period; likely iff P ≥ <see cref="Threshold"/>
/// (inclusive), else at risk. The evidence carries P and the forecast's mean, median and 80% interval
/// (its own 10% and 90% quantiles, which contain the median but not always the mean of a skewed forecast).</para>
/// <para><b>Targets on a bound.</b> A bounded model never quite reaches its bound, so P(X ≥ 100%) would be 0 for
/// every "100% of communes" target whatever the trend. Following Eustat's reading of the UNSD 2023 method (a value
/// within 1 percentage point of a 0% or 100% target counts as meeting it), the side of a target that lies within
/// <see cref="BoundTolerance"/> of the indicator's range from a bound is read at that distance from the bound:
/// an at-least target of 100% on [0, 100] is P(X ≥ 99%), an at-most target of 0% is P(X ≤ 1%). Only the
/// probability uses this; done still needs the target itself to be met.</para>
/// <para><b>Model</b> (<see cref="DefaultModel"/>): an indicator with bounds (every percentage, an index or rank
/// declared with bounds) gets <see cref="SaturatingTrendModel"/> between its bounds, so projections and intervals
/// stay inside them. Any other indicator (counts, currency, ratios, ranks without bounds) gets
/// <see cref="LinearTrendModel"/> on the value. Linear rather than log-linear for positive counts: programme counts
/// ramp up early (services put online, enterprises registered), and compounding that early growth overshoots — the
/// weakness METHODS.md §1.10 records for the exponential projections; a straight line is the conservative reading
/// that the Destatis and SDSN methods also use, and both choices are unchanged by a change of unit. A caller whose
/// counts really grow by a constant factor can pass a model selector returning <see cref="LogLinearTrendModel"/>.
/// <see cref="AutoModel"/> (Theta and exponential smoothing) is not the default: it does not keep a share inside its
/// bounds, and fitting exponential smoothing by likelihood costs far more than a regression, which matters when a
/// portfolio of a million targets is assessed in one call; pass it through the selector for long regular series of
/// unbounded indicators (the series handed to the selector is on the nominal grid with its seasonal period when the
/// reporting run is regular, as <see cref="IndicatorSeries.ToTimedSeries"/> gives it).</para>
/// <para><b>Short series.</b> One value and a baseline before it (<see cref="AssessmentFallback.BaselinePath"/>): the
/// value is compared with the straight path from the baseline to the target over the target's window — on or ahead
/// of it is likely, behind it at risk — and no probability is given (one value says nothing about the spread); the
/// projection is the line through baseline and value, clamped to the bounds. One value without a baseline
/// (<see cref="AssessmentFallback.ReferenceInterval"/>): the model's own one-point forecast, flat at the value with an
/// interval set by its <see cref="ShortSeriesPolicy"/> reference error, and the explanation says so. Two or more values: the
/// model as fitted (Student-t intervals with few degrees of freedom).</para>
/// <para>Source: the probability of meeting a target read off a forecast distribution, Hyndman &amp; Athanasopoulos,
/// "Forecasting: Principles and Practice" (3rd ed.), §5.5 (prediction intervals) and §7 (regression on time); the
/// 0.5 default is the median forecast reaching the target. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProbabilisticPolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>probabilistic</c>.</summary>
    public const string PolicyName = "probabilistic";

    /// <summary>The default threshold: likely iff P(meeting the target) ≥ 0.5.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>
    /// Share of a bounded indicator's range (0.01, one percentage point of a percentage) within which a target at the
    /// bound counts as met when the probability is read (Eustat, after the UNSD Progress Chart Technical Note 2023).
    /// </summary>
    public const double BoundTolerance = 0.01;

    private static readonly LinearTrendModel Linear = new();
    private static readonly SaturatingTrendModel PercentModel = new(0, 100);

    /// <summary>Longest usable series whose times and values are written to the stack rather than a pooled array.</summary>
    private const int StackLimit = 128;

    /// <summary>The caller's model selector, or null for <see cref="DefaultModel"/> (which needs no <see cref="TimedSeries"/>).</summary>
    private readonly Func<Indicator, TimedSeries, ForecastModel>? modelSelector;

    /// <summary>Creates the policy.</summary>
    /// <param name="threshold">Smallest probability (inclusive) of meeting the target that counts as likely, in [0, 1]; 0.5 by default.</param>
    /// <param name="modelSelector">Chooses the forecasting model for an indicator and its usable series (at least one point); null for <see cref="DefaultModel"/>. It must be thread-safe.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public ProbabilisticPolicy(double threshold = DefaultThreshold, Func<Indicator, TimedSeries, ForecastModel>? modelSelector = null)
    {
        Threshold = Guard.InRange(threshold, 0, 1);
        this.modelSelector = modelSelector;
    }

    /// <summary>The policy with threshold 0.5 and the default model choice.</summary>
    public static ProbabilisticPolicy Default { get; } = new();

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <summary>Smallest probability (inclusive) of meeting the target that counts as likely.</summary>
    public double Threshold { get; }

    /// <summary>The default model choice: <see cref="SaturatingTrendModel"/> between the indicator's bounds when it has bounds, else <see cref="LinearTrendModel"/> (see the remarks of <see cref="ProbabilisticPolicy"/> for why).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="series">Its usable series (unused by the default; there for custom selectors).</param>
    /// <returns>A model that accepts one point or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static ForecastModel DefaultModel(Indicator indicator, TimedSeries series)
    {
        Guard.NotNull(indicator);
        return ModelFor(indicator);
    }

    private static ForecastModel ModelFor(Indicator indicator)
        => indicator.Bounds switch
        {
            { } b when b == Bounds.Percent => PercentModel,
            { } b => new SaturatingTrendModel(b.Lower, b.Upper),
            _ => Linear,
        };

    /// <inheritdoc />
    internal override PolicyDecision Decide(AssessmentCase c, MethodVerdict? verdict)
    {
        if (c.Count == 1 && c.BaseFromBaseline)
        {
            return BaselinePath(c);
        }

        var model = modelSelector is null
            ? ModelFor(c.Indicator)
            : modelSelector(c.Indicator, c.Series) ?? throw new InvalidOperationException($"The model selector returned null for indicator \"{c.Indicator.Id}\".");
        var (status, p, projected) = model is LinearTrendModel or LogLinearTrendModel or SaturatingTrendModel
            ? DecideByTrend(c, model)
            : DecideByForecast(c, model.Fit(c.Series).Forecast(c.ForecastTime));
        var single = c.Count == 1;
        return new PolicyDecision(
            status,
            p,
            projected,
            single ? AssessmentFallback.ReferenceInterval : AssessmentFallback.None,
            model.ToString(),
            ReferenceError: single ? ReferenceError(model) : null);
    }

    /// <summary>
    /// A trend model on the allocation-free path (<see cref="TrendForecaster.Project"/>, the same numbers as
    /// <c>Fit</c> → <c>Forecast</c> to 1e-12): the usable series is written to the stack, not built as a
    /// <see cref="TimedSeries"/>, unless a custom model selector already asked for it.
    /// </summary>
    private (Status Status, double P, ProjectedValue Projected) DecideByTrend(AssessmentCase c, ForecastModel model)
    {
        var n = c.Count;
        double[]? rented = null;
        var buffer = n <= StackLimit ? stackalloc double[2 * n] : (rented = ArrayPool<double>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        var times = buffer[..n];
        var values = buffer[n..];
        var onNominalGrid = c.CopySeries(times, values);
        var time = c.ForecastTimeAfter(times[^1], onNominalGrid);
        var projection = TrendForecaster.Project(model, times, values, time);
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        var (lower, upper) = ReadAt(c);
        var p = c.Target.Comparison switch
        {
            TargetComparison.AtLeast => projection.ProbabilityAtLeast(lower),
            TargetComparison.AtMost => projection.ProbabilityAtMost(upper),
            _ => projection.ProbabilityBetween(lower, upper),
        };
        return Conclude(c, p, projection.Mean, projection.Median, projection.Lower80, projection.Upper80);
    }

    private (Status Status, double P, ProjectedValue Projected) DecideByForecast(AssessmentCase c, ForecastDistribution forecast)
    {
        var (lower, upper) = ReadAt(c);
        var p = c.Target.Comparison switch
        {
            TargetComparison.AtLeast => forecast.ProbabilityAtLeast(lower),
            TargetComparison.AtMost => forecast.ProbabilityAtMost(upper),
            _ => forecast.ProbabilityBetween(lower, upper),
        };
        var interval = forecast.Interval(PredictionLevel.Eighty);
        return Conclude(c, p, forecast.Mean, forecast.Median, interval.Lower, interval.Upper);
    }

    /// <summary>
    /// The values the probability is read at: the target's lower end (at least, between) no higher than
    /// <see cref="BoundTolerance"/> below the indicator's upper bound, and its upper end (at most, between) no lower than
    /// as far above the lower bound; the end a comparison does not use is unread.
    /// </summary>
    private static (double Lower, double Upper) ReadAt(AssessmentCase c)
    {
        var target = c.Target;
        var (reachFromBelow, reachFromAbove) = c.Indicator.Bounds is { } b
            ? (b.Upper - (BoundTolerance * b.Width), b.Lower + (BoundTolerance * b.Width))
            : (double.PositiveInfinity, double.NegativeInfinity);
        return (Math.Min(target.Value, reachFromBelow), Math.Max(target.Upper ?? target.Value, reachFromAbove));
    }

    /// <summary>
    /// Likely iff <paramref name="p"/> ≥ <see cref="Threshold"/> (within 1e-12 relative counts as on it, see
    /// <see cref="IProgressMethod"/>); the projection at the deadline with the forecast's own 80% interval, which a skewed
    /// forecast's mean can lie outside, and its median, held inside the interval against rounding when the spread is nil.
    /// </summary>
    private (Status Status, double P, ProjectedValue Projected) Conclude(AssessmentCase c, double p, double mean, double median, double lower80, double upper80)
        => (Cutoff.AtOrAbove(p, Threshold) ? Status.Likely : Status.AtRisk, p, new ProjectedValue(c.Target.Deadline.End, mean, Math.Clamp(median, lower80, upper80), lower80, upper80));

    private static PolicyDecision BaselinePath(AssessmentCase c)
    {
        var (tb, b) = (c.BaseTime, c.BaseValue);
        var (t, y) = (c.Latest.Time, c.Latest.Value);
        var horizon = c.DeadlineTime;
        var pathNow = b + ((c.EffectiveTarget - b) * (t - tb) / (horizon - tb));
        var onPath = c.Direction * (y - pathNow) >= 0;
        var mean = y + ((y - b) / (t - tb) * (horizon - t));
        if (c.Indicator.Bounds is { } bounds)
        {
            mean = bounds.Clamp(mean);
        }

        return new PolicyDecision(
            onPath ? Status.Likely : Status.AtRisk,
            null,
            double.IsFinite(mean) ? new ProjectedValue(c.Target.Deadline.End, mean) : null,
            AssessmentFallback.BaselinePath,
            PathValue: pathNow);
    }

    private static double ReferenceError(ForecastModel model) => model switch
    {
        LinearTrendModel m => m.Policy.ReferenceRelativeError,
        LogLinearTrendModel m => m.Policy.ReferenceRelativeError,
        SaturatingTrendModel m => m.Policy.ReferenceRelativeError,
        DriftModel m => m.Policy.ReferenceRelativeError,
        _ => ShortSeriesPolicy.Default.ReferenceRelativeError,
    };
}
