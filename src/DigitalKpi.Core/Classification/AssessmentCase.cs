using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// One target's situation at an as-of date, as every policy reads it: the usable points (ended by the as-of date and,
/// once the deadline has passed, by the deadline), the latest value, the base, the direction towards the target and
/// the common evidence. Built once per target; the time series and progress input are built only when a policy asks.
/// </summary>
internal sealed class AssessmentCase
{
    private TimedSeries? series;

    private IndicatorSeries? source;

    private (Status Status, PolicyDecision Decision, MethodVerdict? Verdict, IProgressMethod? Method)? conclusion;

    public AssessmentCase(Target target, IndicatorSeries source, LocalDate asOf)
    {
        var points = source.Points;
        this.source = source;
        Target = target;
        Indicator = source.Indicator;
        AsOf = asOf;
        AsOfTime = TimeAxis.EndOfDay(asOf);
        DeadlineTime = TimeAxis.EndTime(target.Deadline);
        DeadlinePassed = asOf >= target.Deadline.End;
        var cutoff = DeadlinePassed ? target.Deadline.End : asOf;
        var n = 0;
        var later = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var end = points[i].Period.End;
            if (end <= cutoff)
            {
                n = i + 1;
            }
            else if (end <= asOf)
            {
                later++;
            }
        }

        Count = n;
        PointsAfterDeadline = later;
        if (n > 0)
        {
            Latest = points[n - 1];
            IsAchieved = target.IsMetBy(Latest.Value);
        }

        // The base: the baseline when it ends before the latest usable value (or none is usable), else the first usable value.
        var baselineTime = target.Baseline is { } b ? TimeAxis.EndTime(b.Period) : 0;
        if (target.Baseline is { } baseline && (n == 0 || baselineTime < Latest.Time))
        {
            BaseTime = baselineTime;
            BaseValue = baseline.Value;
            BaseFromBaseline = true;
        }
        else if (n > 0)
        {
            BaseTime = points[0].Time;
            BaseValue = points[0].Value;
        }

        var reference = n > 0 ? Latest.Value : BaseValue;
        if (target.Comparison == TargetComparison.Between)
        {
            var above = reference > target.Upper!.Value;
            Direction = above ? -1 : 1;
            EffectiveTarget = above ? target.Upper.Value : target.Value;
        }
        else
        {
            Direction = target.Comparison == TargetComparison.AtMost ? -1 : 1;
            EffectiveTarget = target.Value;
        }
    }

    public Target Target { get; }

    public Indicator Indicator { get; }

    public LocalDate AsOf { get; }

    public double AsOfTime { get; }

    public double DeadlineTime { get; }

    /// <summary>True when the as-of date is on or after the last day of the deadline period.</summary>
    public bool DeadlinePassed { get; }

    /// <summary>Usable points: ended by the as-of date and, after the deadline, by the deadline.</summary>
    public int Count { get; }

    /// <summary>Points ended after the deadline but by the as-of date (ignored).</summary>
    public int PointsAfterDeadline { get; }

    /// <summary>The last usable point (default when <see cref="Count"/> is 0).</summary>
    public SeriesPoint Latest { get; }

    /// <summary>Whether the latest usable value meets the target exactly as stated.</summary>
    public bool IsAchieved { get; }

    /// <summary>Whether a base is known: a usable point or a baseline.</summary>
    public bool HasBase => Count > 0 || Target.Baseline is not null;

    public bool BaseFromBaseline { get; }

    public double BaseTime { get; }

    public double BaseValue { get; }

    /// <summary>+1 when higher values approach the effective target, −1 when lower ones do.</summary>
    public int Direction { get; }

    /// <summary>The target value, or the nearest end of a between band.</summary>
    public double EffectiveTarget { get; }

    public Polarity Polarity => Direction < 0 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;

    /// <summary>The indicator's bound in the direction of progress (100 for a higher-is-better percent), or null; none for between targets.</summary>
    public double? NaturalLimit => Target.Comparison == TargetComparison.Between || Indicator.Bounds is not { } b ? null
        : Direction > 0 ? b.Upper : b.Lower;

    /// <summary>The usable points as <see cref="IndicatorSeries.ToTimedSeries"/> gives them: on the nominal grid with the seasonal period when the run is regular, else at their exact period ends.</summary>
    public TimedSeries Series => series ??= BuildSeries();

    public LatestValue? LatestValue => Count > 0 ? new LatestValue(Latest.Period, Latest.Value, Latest.Quality) : null;

    public bool LatestIsEstimate => Count > 0 && Latest.Quality != ObservationQuality.Actual;

    /// <summary>The time to forecast for on the axis of <see cref="Series"/> (<see cref="ForecastTimeAfter"/>).</summary>
    public double ForecastTime => ForecastTimeAfter(Series.LastTime, Source.IsRegularRun());

    /// <summary>
    /// The deadline's end on the axis of a series whose last time is <paramref name="lastTime"/>. On the nominal grid
    /// (<paramref name="onNominalGrid"/>: a regular run, <see cref="TimeAxis.NominalEndTime"/>) a deadline that is a year,
    /// half, quarter or month is its own nominal end, a whole number of steps ahead: a plan of equal monthly steps then
    /// reaches its next value exactly, whatever the length of the months between (February's 29 days against the
    /// grid's 30.5 would otherwise stop it 5% of a step short). Otherwise the deadline's end is as far after
    /// <paramref name="lastTime"/> as it is after the latest period's end.
    /// </summary>
    public double ForecastTimeAfter(double lastTime, bool onNominalGrid)
        => onNominalGrid && Target.Deadline.Kind is ReportingPeriodKind.Year or ReportingPeriodKind.Half or ReportingPeriodKind.Quarter or ReportingPeriodKind.Month
            ? TimeAxis.NominalEndTime(Target.Deadline)
            : lastTime + (DeadlineTime - Latest.Time);

    /// <summary>The progress numbers the published methods read, with <see cref="Series"/> when <paramref name="withSeries"/>; null without a usable point.</summary>
    public ProgressInput? ToProgressInput(bool withSeries)
    {
        if (Count == 0)
        {
            return null;
        }

        var polarity = Target.Comparison == TargetComparison.AtMost ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        return new ProgressInput(
            BaseTime, BaseValue, Latest.Time, Latest.Value, DeadlineTime, Target.Value, polarity, Target.Upper, NaturalLimit,
            DeadlinePassed ? DeadlineTime : AsOfTime, withSeries ? Series : null);
    }

    /// <summary>The evidence every policy shares, with the probability, projection, fallback and model of the policy's decision.</summary>
    public Evidence Evidence(in PolicyDecision decision)
    {
        double? attainment = null, progress = null, elapsed = null, actualGrowth = null, requiredGrowth = null;
        if (HasBase && DeadlineTime > BaseTime)
        {
            elapsed = Math.Clamp((AsOfTime - BaseTime) / (DeadlineTime - BaseTime), 0, 1);
        }

        if (Count > 0)
        {
            var latest = Latest.Value;
            attainment = AttainmentOf(latest);
            var polarity = Polarity;
            if (Direction * (EffectiveTarget - BaseValue) >= 0)
            {
                progress = Progress.Percent(BaseValue, latest, EffectiveTarget, polarity) / 100;
            }

            if (ProgressMath.TryCagr(BaseValue, latest, Latest.Time - BaseTime, out var rate))
            {
                actualGrowth = rate;
            }

            if (!IsAchieved && !DeadlinePassed && ProgressMath.TryCagr(latest, EffectiveTarget, DeadlineTime - Latest.Time, out var needed))
            {
                requiredGrowth = needed;
            }
        }

        return new Evidence(LatestValue, attainment, progress, elapsed, actualGrowth, requiredGrowth, decision.Projected, decision.Probability, decision.Fallback, decision.Model);
    }

    private double? AttainmentOf(double latest)
    {
        if (Target.Comparison == TargetComparison.Between && Target.IsMetBy(latest))
        {
            return 1;
        }

        if (Direction > 0)
        {
            return EffectiveTarget > 0 ? Attainment.Percent(latest, EffectiveTarget, Polarity.HigherIsBetter) / 100 : null;
        }

        return latest > 0 && EffectiveTarget >= 0 ? Attainment.Percent(latest, EffectiveTarget, Polarity.LowerIsBetter) / 100 : null;
    }

    /// <summary>Writes the times and values of <see cref="Series"/> without building it; both spans hold <see cref="Count"/> numbers.</summary>
    /// <returns>Whether the times are on the nominal grid (a regular run).</returns>
    public bool CopySeries(Span<double> times, Span<double> values) => Source.CopyTo(times, values);

    /// <summary>
    /// Records what the policy decided, for the explanation written on first read, and lets go of the series: the
    /// assessment keeps the case alive until then, and the explanation needs only the case's own numbers and the
    /// decision, so a batch of a million targets keeps neither a million series nor a closure and delegate per target.
    /// </summary>
    public void Conclude(Status status, PolicyDecision decision, MethodVerdict? verdict, IProgressMethod? method)
    {
        source = null;
        series = null;
        conclusion = (status, decision, verdict, method);
    }

    /// <summary>The explanation of the decision recorded by <see cref="Conclude"/>.</summary>
    public LocalizedText Explain()
    {
        var (status, decision, verdict, method) = conclusion ?? throw new InvalidOperationException("The case has no decision to explain yet.");
        return AssessmentExplainer.Explain(this, status, decision, verdict, method);
    }

    private IndicatorSeries Source => source ?? throw new InvalidOperationException("The case's series was released after the policy decided.");

    private TimedSeries BuildSeries() => Source.FirstPointsAsTimedSeries(Count);
}
