using System.Collections.Immutable;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>
/// Tests assessment policies on a programme's history: assesses every target as of earlier dates with each policy and
/// compares the calls with what happened — of the targets called likely, how many were met; are the probabilities
/// calibrated; what is their Brier score.
/// </summary>
/// <remarks>
/// <para><b>Cases.</b> A target takes part when its outcome is known (<see cref="Outcome"/>). It is assessed with
/// <see cref="Assessor.Assess(Programme, Target, LocalDate, AssessmentPolicy?)"/> as of every date that falls before the
/// last day of its deadline — the assessor then uses only values for periods ended by that date, so the past is
/// replayed without hindsight (the values themselves are as last reported; revisions are not replayed). A failure
/// becomes a not-assessable case, as in the assessor.</para>
/// <para>The work runs in parallel under the options given; results are identical whatever the parallelism.
/// Thread-safe.</para>
/// <para>Source: rolling-origin evaluation (Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice",
/// 3rd ed., §5.10, time series cross-validation), scored with the Brier score (see <see cref="PolicyCalibration"/>).</para>
/// </remarks>
public static class Backtest
{
    /// <summary>Assesses every target as of each of <paramref name="asOfDates"/> (those before its deadline's last day) with each policy.</summary>
    /// <param name="programme">The programme with its history of observations.</param>
    /// <param name="policies">The policies to compare, at least one; no nulls.</param>
    /// <param name="asOfDates">The as-of dates, at least one, in any order (duplicates are ignored).</param>
    /// <param name="binCount">The number of probability bins of the reliability tables, from 1 to 100; 10 by default.</param>
    /// <param name="options">Parallelism, progress (counted in single assessments) and cancellation; null for the defaults.</param>
    /// <returns>One calibration per policy, in the order given, and the targets whose outcome is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/>, <paramref name="policies"/>, a policy or <paramref name="asOfDates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> or <paramref name="asOfDates"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is outside [1, 100].</exception>
    /// <exception cref="OperationCanceledException">The options' cancellation token was cancelled.</exception>
    public static BacktestReport Run(Programme programme, IEnumerable<AssessmentPolicy> policies, IEnumerable<LocalDate> asOfDates, int binCount = PolicyCalibration.DefaultBinCount, AssessmentOptions? options = null)
    {
        Guard.NotNull(asOfDates);
        ImmutableArray<LocalDate> dates = [.. asOfDates.Distinct().Order()];
        if (dates.IsEmpty)
        {
            throw new ArgumentException("asOfDates must contain at least one date; received none.", nameof(asOfDates));
        }

        return RunCore(programme, policies, dates, _ => dates, binCount, options);
    }

    /// <summary>
    /// Assesses every target as of the last day of each of its own reporting periods that ended before its deadline's
    /// last day — the dates on which a new value became available — with each policy.
    /// </summary>
    /// <param name="programme">The programme with its history of observations.</param>
    /// <param name="policies">The policies to compare, at least one; no nulls.</param>
    /// <param name="binCount">The number of probability bins of the reliability tables, from 1 to 100; 10 by default.</param>
    /// <param name="options">Parallelism, progress (counted in single assessments) and cancellation; null for the defaults.</param>
    /// <returns>One calibration per policy, in the order given, and the targets whose outcome is unknown; <see cref="BacktestReport.AsOfDates"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/>, <paramref name="policies"/> or a policy is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is outside [1, 100].</exception>
    /// <exception cref="OperationCanceledException">The options' cancellation token was cancelled.</exception>
    public static BacktestReport Run(Programme programme, IEnumerable<AssessmentPolicy> policies, int binCount = PolicyCalibration.DefaultBinCount, AssessmentOptions? options = null)
    {
        Guard.NotNull(programme);
        return RunCore(
            programme,
            policies,
            [],
            t => [.. programme.ObservationsOf(t.IndicatorId, t.ScopeId).Select(o => o.Period.End).Distinct().Order()],
            binCount,
            options);
    }

    /// <summary>
    /// Whether a target was met by its deadline, as far as the observations tell: the latest value for a period that ended
    /// by the deadline's last day decides (as in the shared rules of <see cref="AssessmentPolicy"/>).
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="target">A target of the programme.</param>
    /// <returns>True when that value meets the target; false when it does not and it is for a period ending within the
    /// deadline period (the final value is in); null when there is no value, or the latest value does not meet the target
    /// but ends before the deadline period starts (the deciding value has not been reported).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The target's indicator or scope is not in the programme.</exception>
    public static bool? Outcome(Programme programme, Target target)
    {
        Guard.NotNull(programme);
        Guard.NotNull(target);
        var series = programme.GetSeries(target.IndicatorId, target.ScopeId, target.Deadline.End);
        if (series.Count == 0)
        {
            return null;
        }

        var last = series.Points[^1];
        if (target.IsMetBy(last.Value))
        {
            return true;
        }

        return last.Period.End >= target.Deadline.Start ? false : null;
    }

    private static BacktestReport RunCore(
        Programme programme,
        IEnumerable<AssessmentPolicy> policies,
        ImmutableArray<LocalDate> dates,
        Func<Target, ImmutableArray<LocalDate>> datesOf,
        int binCount,
        AssessmentOptions? options)
    {
        Guard.NotNull(programme);
        Guard.NotNull(policies);
        var policyList = policies.ToArray();
        if (policyList.Length == 0)
        {
            throw new ArgumentException("policies must contain at least one policy; received none.", nameof(policies));
        }

        for (var i = 0; i < policyList.Length; i++)
        {
            Utility.ItemGuard.NotNull(policyList[i], i, nameof(policies));
        }

        if (binCount < 1 || binCount > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, $"binCount must lie in [1, 100]; received {binCount}.");
        }

        options ??= AssessmentOptions.Default;
        var unresolved = ImmutableArray.CreateBuilder<Target>();
        var jobs = new List<(Target Target, LocalDate AsOf, bool Met)>();
        foreach (var t in programme.Targets)
        {
            if (Outcome(programme, t) is not { } met)
            {
                unresolved.Add(t);
                continue;
            }

            foreach (var d in datesOf(t))
            {
                if (d < t.Deadline.End)
                {
                    jobs.Add((t, d, met));
                }
            }
        }

        var total = jobs.Count * policyList.Length;
        var results = new BacktestCase[total];
        var token = options.CancellationToken;
        token.ThrowIfCancellationRequested();
        var completed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = token };
        Parallel.For(0, total, parallel, k =>
        {
            var (policyIndex, jobIndex) = Math.DivRem(k, Math.Max(jobs.Count, 1));
            var job = jobs[jobIndex];
            var a = Assessor.Assess(programme, job.Target, job.AsOf, policyList[policyIndex]);
            results[k] = new BacktestCase(job.Target, job.AsOf, a.Status, a.Evidence.Probability, job.Met);
            options.Progress?.Report(new AssessmentProgress(Interlocked.Increment(ref completed), total));
        });

        var calibrations = policyList
            .Select((p, i) => new PolicyCalibration(p.Name, new ArraySegment<BacktestCase>(results, i * jobs.Count, jobs.Count), binCount))
            .ToImmutableArray();
        return new BacktestReport(dates, calibrations, unresolved.ToImmutable());
    }
}
