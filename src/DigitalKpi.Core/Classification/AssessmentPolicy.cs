using System.Collections.Immutable;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// A rule that decides the status of a target from its series at an as-of date: our probabilistic policy, or one
/// of the published methods so that users can reproduce the report they already publish (METHODS.md, policy table).
/// </summary>
/// <remarks>
/// <para><b>Shared by every policy</b> (METHODS.md, first table), in this order:</para>
/// <list type="number">
/// <item>Only values for periods that ended by the as-of date are used; once the deadline has passed (the as-of
/// date is on or after the deadline period's last day), only values for periods that ended by the deadline.</item>
/// <item>No usable value: <see cref="Status.NotAssessable"/>.</item>
/// <item>The latest usable value meets the target exactly as stated (<see cref="Target.IsMetBy"/>):
/// <see cref="Status.Done"/>, probability 1. An estimated or provisional latest value counts — programme reports
/// count "ước đạt" figures — but <see cref="LatestValue.IsEstimate"/> flags it and the explanation says so.</item>
/// <item>The deadline has passed without the target being met: <see cref="Status.Missed"/>, probability 0.</item>
/// <item>Otherwise the policy decides between <see cref="Status.Likely"/>, <see cref="Status.AtRisk"/> and
/// <see cref="Status.NotAssessable"/> (a published method that cannot compute), or <see cref="Status.Done"/> where the
/// published method's own achievement tolerance counts the latest value as met (UNSD: within 0.05% of the target in
/// <see cref="GrowthRatioPolicy"/>, within 1 percentage point of a 0% or 100% target in <see cref="ProjectionPolicy"/>).</item>
/// </list>
/// <para><b>Inputs of the published methods</b> (<see cref="ProgressInput"/>): the base is the target's baseline when
/// its period ends before the latest value, else the first usable value; the latest value and its period end; the
/// deadline period's end; the direction from the comparison (at most = lower is better); the indicator's bound in the
/// direction of progress as the natural limit; all usable values as the series, for a method that reads it (Destatis). A between target is assessed
/// towards the nearest end of its band.</para>
/// <para><b>Milestones</b> are assessed by the same policy as separate targets due at their own deadlines, measured
/// from the same baseline; a milestone of a between target is read as "at least" its value.</para>
/// <para>Policies are immutable and safe to share between threads.</para>
/// </remarks>
public abstract class AssessmentPolicy
{
    private protected AssessmentPolicy()
    {
    }

    /// <summary>The policy names accepted by <see cref="FromName"/>, as in METHODS.md and the samples' <c>--method</c>.</summary>
    public static ImmutableArray<string> Names { get; } =
        [ProbabilisticPolicy.PolicyName, GrowthRatioPolicy.PolicyName, ProjectionPolicy.PolicyName, LinearRatioPolicy.PolicyName, SchedulePolicy.PolicyName, ThresholdsPolicy.PolicyName];

    /// <summary>The policy name as in METHODS.md: <c>probabilistic</c>, <c>growth-ratio</c>, <c>projection</c>, <c>linear-ratio</c>, <c>schedule</c> or <c>thresholds</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The published method this policy runs, or null for the probabilistic policy.</summary>
    internal virtual IProgressMethod? Method => null;

    /// <summary>The policy with its default settings for a name from <see cref="Names"/>.</summary>
    /// <param name="name">A policy name; compared ignoring case and surrounding white space.</param>
    /// <returns><see cref="ProbabilisticPolicy.Default"/>, <see cref="GrowthRatioPolicy.Eurostat"/>, <see cref="ProjectionPolicy.Unsd2023"/>, <see cref="LinearRatioPolicy.Sdsn"/>, <see cref="SchedulePolicy.VivaGoals"/> or <see cref="ThresholdsPolicy.ClearPoint"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>; the message lists them.</exception>
    public static AssessmentPolicy FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            ProbabilisticPolicy.PolicyName => ProbabilisticPolicy.Default,
            GrowthRatioPolicy.PolicyName => GrowthRatioPolicy.Eurostat,
            ProjectionPolicy.PolicyName => ProjectionPolicy.Unsd2023,
            LinearRatioPolicy.PolicyName => LinearRatioPolicy.Sdsn,
            SchedulePolicy.PolicyName => SchedulePolicy.VivaGoals,
            ThresholdsPolicy.PolicyName => ThresholdsPolicy.ClearPoint,
            _ => throw new ArgumentException($"Unknown assessment policy \"{name}\"; use one of: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Assesses one target from its series as known on <paramref name="asOf"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="series">The series of the target's indicator in the target's scope (e.g. from <c>Programme.GetSeries</c>); points for periods ending after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The assessment, with the target's milestones assessed by the same policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="series"/> is of another indicator or scope than <paramref name="target"/>.</exception>
    /// <exception cref="Forecasting.ForecastException">The probabilistic policy's model cannot be fitted to the series (<see cref="Assessor"/> turns this into a not-assessable assessment).</exception>
    public Assessment Assess(Target target, IndicatorSeries series, LocalDate asOf)
    {
        Guard.NotNull(target);
        Guard.NotNull(series);
        if (series.Indicator.Id != target.IndicatorId || series.Scope.Id != target.ScopeId)
        {
            throw new ArgumentException(
                $"The series is of indicator \"{series.Indicator.Id}\" in scope \"{series.Scope.Id}\"; target \"{target.Id}\" needs \"{target.IndicatorId}\" in \"{target.ScopeId}\".",
                nameof(series));
        }

        var c = new AssessmentCase(target, series, asOf);
        var (status, decision, verdict) = Evaluate(c);
        var evidence = c.Evidence(decision);
        var milestones = target.Milestones.IsEmpty ? [] : AssessMilestones(target, series, asOf);
        c.Conclude(status, decision, verdict, Method);
        return new Assessment(target, asOf, status, Name, evidence, c, verdict, milestones);
    }

    /// <summary>The policy's own decision for a target with data, not met and before its deadline.</summary>
    /// <param name="c">The target's situation.</param>
    /// <param name="verdict">The published method's verdict, or null for the probabilistic policy.</param>
    internal virtual PolicyDecision Decide(AssessmentCase c, MethodVerdict? verdict)
    {
        var v = verdict!;
        var projected = v.ProjectedValue is { } p ? new ProjectedValue(c.Target.Deadline.End, p) : (ProjectedValue?)null;
        return v.Status switch
        {
            Status.Done => new PolicyDecision(Status.Done, 1, projected),
            Status.Likely or Status.AtRisk => new PolicyDecision(v.Status, null, projected),
            _ => new PolicyDecision(Status.NotAssessable, null, projected),
        };
    }

    private (Status Status, PolicyDecision Decision, MethodVerdict? Verdict) Evaluate(AssessmentCase c)
    {
        if (c.Count == 0)
        {
            return (Status.NotAssessable, default, null);
        }

        var verdict = Method is { } method ? method.Assess(c.ToProgressInput(method.ReadsSeries)!) : null;
        if (c.IsAchieved)
        {
            return (Status.Done, new PolicyDecision(Status.Done, 1), verdict);
        }

        if (c.DeadlinePassed)
        {
            return (Status.Missed, new PolicyDecision(Status.Missed, 0), verdict);
        }

        var decision = Decide(c, verdict);
        return (decision.Status, decision, verdict);
    }

    private ImmutableArray<MilestoneAssessment> AssessMilestones(Target target, IndicatorSeries series, LocalDate asOf)
    {
        var result = ImmutableArray.CreateBuilder<MilestoneAssessment>(target.Milestones.Length);
        var comparison = target.Comparison == TargetComparison.Between ? TargetComparison.AtLeast : target.Comparison;
        foreach (var m in target.Milestones)
        {
            var sub = new Target(target.Id, target.IndicatorId, target.ScopeId, comparison, m.Value, m.Deadline, baseline: target.Baseline);
            var c = new AssessmentCase(sub, series, asOf);
            var (status, decision, _) = Evaluate(c);
            result.Add(new MilestoneAssessment(m, status, c.Evidence(decision)));
        }

        return result.MoveToImmutable();
    }
}
