using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Assesses the targets of a programme at an as-of date under a policy: one target, or every target in one call that
/// can use every core.
/// </summary>
/// <remarks>
/// <para>Only values for periods that ended by the as-of date are used (<see cref="Programme.GetSeries"/> with the
/// as-of date); the rest follows <see cref="AssessmentPolicy"/>. A target whose assessment fails (a model that cannot
/// be fitted, a custom model selector that throws) becomes <see cref="Status.NotAssessable"/> with the reason in its
/// explanation, so one bad series never loses the batch.</para>
/// <para>The batch runs targets in parallel; results come back in the programme's target order and are identical
/// whatever the parallelism (every policy is a pure function of the target, its series and the as-of date).
/// Thread-safe.</para>
/// </remarks>
public static class Assessor
{
    /// <summary>Assesses one target of a programme.</summary>
    /// <param name="programme">The programme that holds the target's indicator, scope and observations.</param>
    /// <param name="target">The target; its indicator and scope must be in <paramref name="programme"/>.</param>
    /// <param name="asOf">The as-of date: only values for periods ended by this day are used.</param>
    /// <param name="policy">The policy; null for <see cref="ProbabilisticPolicy.Default"/>.</param>
    /// <returns>The assessment; not assessable with the reason in the explanation when the policy fails on this series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The target's indicator or scope is not in <paramref name="programme"/>.</exception>
    public static Assessment Assess(Programme programme, Target target, LocalDate asOf, AssessmentPolicy? policy = null)
    {
        Guard.NotNull(programme);
        Guard.NotNull(target);
        return AssessOne(programme, target, asOf, policy ?? ProbabilisticPolicy.Default);
    }

    /// <summary>Assesses every target of a programme, in parallel.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="asOf">The as-of date: only values for periods ended by this day are used.</param>
    /// <param name="policy">The policy; null for <see cref="ProbabilisticPolicy.Default"/>.</param>
    /// <param name="options">Parallelism, progress and cancellation; null for <see cref="AssessmentOptions.Default"/>.</param>
    /// <returns>The assessments in the programme's target order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The options' cancellation token was cancelled.</exception>
    public static ProgrammeAssessment Assess(Programme programme, LocalDate asOf, AssessmentPolicy? policy = null, AssessmentOptions? options = null)
    {
        Guard.NotNull(programme);
        policy ??= ProbabilisticPolicy.Default;
        options ??= AssessmentOptions.Default;
        var targets = programme.Targets;
        var results = new Assessment[targets.Length];
        var progress = options.Progress;
        var token = options.CancellationToken;
        token.ThrowIfCancellationRequested();
        if (options.MaxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < results.Length; i++)
            {
                token.ThrowIfCancellationRequested();
                results[i] = AssessOne(programme, targets[i], asOf, policy);
                progress?.Report(new AssessmentProgress(i + 1, results.Length));
            }
        }
        else
        {
            var completed = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = token };
            Parallel.For(0, results.Length, parallel, i =>
            {
                results[i] = AssessOne(programme, targets[i], asOf, policy);
                if (progress is not null)
                {
                    progress.Report(new AssessmentProgress(Interlocked.Increment(ref completed), results.Length));
                }
            });
        }

        return ProgrammeAssessment.FromResults(asOf, policy.Name, results);
    }

    private static Assessment AssessOne(Programme programme, Target target, LocalDate asOf, AssessmentPolicy policy)
    {
        var series = programme.GetSeries(target.IndicatorId, target.ScopeId, asOf);
        try
        {
            return policy.Assess(target, series, asOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Assessment(target, asOf, Status.NotAssessable, policy.Name, new Evidence(), AssessmentExplainer.Failure(ex.Message));
        }
    }
}
