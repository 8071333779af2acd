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
/// (inclusive), else at risk. The evidence carries P, the forecast mean and its 80% interval.</para>
/// <para><b>Model</b> (<see cref="DefaultModel"/>): an indicator with bounds (every percentage, an index or rank
/// declared with bounds) gets <see cref="SaturatingTrendModel"/> between its bounds, so projections and intervals
/// stay inside them. Any other indicator (counts, currency, ratios, ranks without bounds) gets
/// <see cref="LinearTrendModel"/> on the value. Linear rather than log-linear for positive counts: programme counts
/// ramp up early (services put online, enterprises registered), and compounding that early growth overshoots — the
/// weakness METHODS.md §1.10 records for the exponential projections; a straight line is the conservative reading
/// that the Destatis and SDSN methods also use, and both choices are unchanged by a change of unit. A caller whose
/// counts really grow by a constant factor can pass a model selector returning <see cref="LogLinearTrendModel"/>.</para>
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

    private static readonly LinearTrendModel Linear = new();
    private static readonly SaturatingTrendModel PercentModel = new(0, 100);

    private readonly Func<Indicator, TimedSeries, ForecastModel> modelSelector;

    /// <summary>Creates the policy.</summary>
    /// <param name="threshold">Smallest probability (inclusive) of meeting the target that counts as likely, in [0, 1]; 0.5 by default.</param>
    /// <param name="modelSelector">Chooses the forecasting model for an indicator and its usable series (at least one point); null for <see cref="DefaultModel"/>. It must be thread-safe.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public ProbabilisticPolicy(double threshold = DefaultThreshold, Func<Indicator, TimedSeries, ForecastModel>? modelSelector = null)
    {
        Threshold = Guard.InRange(threshold, 0, 1);
        this.modelSelector = modelSelector ?? DefaultModel;
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
        return indicator.Bounds switch
        {
            { } b when b == Bounds.Percent => PercentModel,
            { } b => new SaturatingTrendModel(b.Lower, b.Upper),
            _ => Linear,
        };
    }

    /// <inheritdoc />
    internal override PolicyDecision Decide(AssessmentCase c, MethodVerdict? verdict)
    {
        if (c.Count == 1 && c.BaseFromBaseline)
        {
            return BaselinePath(c);
        }

        var model = modelSelector(c.Indicator, c.Series) ?? throw new InvalidOperationException($"The model selector returned null for indicator \"{c.Indicator.Id}\".");
        var forecast = model.Fit(c.Series).Forecast(c.DeadlineTime);
        var target = c.Target;
        var p = target.Comparison switch
        {
            TargetComparison.AtLeast => forecast.ProbabilityAtLeast(target.Value),
            TargetComparison.AtMost => forecast.ProbabilityAtMost(target.Value),
            _ => forecast.ProbabilityBetween(target.Value, target.Upper!.Value),
        };
        var interval = forecast.Interval(PredictionLevel.Eighty);
        var mean = forecast.Mean;
        var projected = new ProjectedValue(target.Deadline.End, mean, Math.Min(interval.Lower, mean), Math.Max(interval.Upper, mean));
        var single = c.Count == 1;
        return new PolicyDecision(
            p >= Threshold ? Status.Likely : Status.AtRisk,
            p,
            projected,
            single ? AssessmentFallback.ReferenceInterval : AssessmentFallback.None,
            model.ToString(),
            ReferenceError: single ? ReferenceError(model) : null);
    }

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
