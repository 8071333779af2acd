using System.Collections.Immutable;
using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// Rolls indicator values up across scopes: a rate from child scopes into their parent, or from former scopes into
/// the scope they merged into, by summing numerators and denominators — never by averaging percentages.
/// </summary>
/// <remarks>Pure functions of the programme; thread-safe.</remarks>
public static class ScopeRollup
{
    /// <summary>
    /// The series of a rate (percent or ratio) for <paramref name="scopeId"/>, pooled per period from the numerators and
    /// denominators of its source scopes: 2 of 4 and 2 of 100 give 4 of 104 = 3.846%, not the 26% an average would.
    /// </summary>
    /// <param name="programme">The programme with the scopes and observations.</param>
    /// <param name="indicatorId">A rate indicator of the programme: unit percent (value = 100 × Σn ÷ Σd) or ratio (Σn ÷ Σd), not declared to aggregate over scopes by sum or average.</param>
    /// <param name="scopeId">The scope to roll up into (e.g. Hải Phòng, or the nation).</param>
    /// <param name="kind">The source scopes: <see cref="ScopeRollupKind.Successor"/> (the scope and every scope merged into it) or <see cref="ScopeRollupKind.Children"/> (its direct children).</param>
    /// <returns>One point per period in which at least one source scope has a usable observation, and the observations left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The indicator or the scope is not in the programme.</exception>
    /// <exception cref="ArgumentException">The indicator is not a percent or ratio, or it aggregates over scopes by sum or average.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value, or a pooled value of the programme's observations is too large to represent (named after <paramref name="programme"/>).</exception>
    /// <remarks>
    /// <para><b>Which observations count.</b> A source scope is expected in a period when it existed then: the period ends
    /// before the day the scope merged into another (and does not end before the day it was split off, for a scope created
    /// by a split). An observation of a source scope for a period ending on or after its merge is left out
    /// (<see cref="RateRollupExclusionReason.AfterMerge"/>) — the successor's own value covers that territory; under
    /// <see cref="ScopeRollupKind.Successor"/> the scope rolled into always counts. An observation without numerator and
    /// denominator is left out (<see cref="RateRollupExclusionReason.NoNumeratorDenominator"/>): a percentage alone
    /// cannot be pooled. Nothing is dropped silently: every left-out observation is in <see cref="RateRollup.Excluded"/>,
    /// and every expected scope without a usable observation is in the point's <see cref="RateRollupPoint.Missing"/>.</para>
    /// <para>Periods are matched exactly (a 2024 value and a 2024-H2 value are different periods).</para>
    /// <para>Source: ratio of sums, Spider Impact "Aggregation of calculated metrics" (METHODS.md §1.9 S9 and §2.4); see
    /// <see cref="Rates.PooledPercent"/>. The 2025 merger of provinces (63 → 34) is the lineage case: Hải Dương into Hải
    /// Phòng effective 2025-07-01.</para>
    /// </remarks>
    public static RateRollup RollUpRate(Programme programme, IndicatorId indicatorId, ScopeId scopeId, ScopeRollupKind kind = ScopeRollupKind.Successor)
    {
        Guard.NotNull(programme);
        EnumCheck.Defined(kind);
        var indicator = programme.GetIndicator(indicatorId);
        var target = programme.GetScope(scopeId);
        var scale = indicator.Unit switch
        {
            Unit.Percent => 100.0,
            Unit.Ratio => 1.0,
            _ => throw new ArgumentException($"Indicator \"{indicatorId}\" is a {indicator.Unit}; a rate rollup needs a percent or ratio indicator with numerators and denominators.", nameof(indicatorId)),
        };
        if (indicator.ScopeAggregation is ScopeAggregation.Sum or ScopeAggregation.Average)
        {
            throw new ArgumentException($"Indicator \"{indicatorId}\" aggregates over scopes by {indicator.ScopeAggregation}; a rate rollup pools numerators and denominators (RatioOfSums).", nameof(indicatorId));
        }

        var hierarchy = programme.Hierarchy;
        ImmutableArray<Scope> sources = kind == ScopeRollupKind.Children
            ? hierarchy.ChildrenOf(scopeId)
            : [.. hierarchy.Scopes.Where(s => s.Id == scopeId || hierarchy.SuccessorOn(s.Id, NodaTime.LocalDate.MaxIsoValue) == scopeId)];

        // The scope rolled into counts in every period under Successor, even after a merge of its own.
        bool AlwaysCounts(Scope s) => kind == ScopeRollupKind.Successor && s.Id == scopeId;
        var sourceById = sources.ToDictionary(s => s.Id);
        var excluded = ImmutableArray.CreateBuilder<RateRollupExclusion>();
        var usable = new Dictionary<ReportingPeriod, List<Observation>>();
        foreach (var o in programme.Observations)
        {
            if (o.IndicatorId != indicatorId || !sourceById.TryGetValue(o.ScopeId, out var scope))
            {
                continue;
            }

            if (!AlwaysCounts(scope) && EndsAfterMerge(scope, o.Period))
            {
                excluded.Add(new RateRollupExclusion(o, RateRollupExclusionReason.AfterMerge));
                continue;
            }

            if (o.Numerator is not { } || o.Denominator is not { })
            {
                excluded.Add(new RateRollupExclusion(o, RateRollupExclusionReason.NoNumeratorDenominator));
                continue;
            }

            if (!usable.TryGetValue(o.Period, out var list))
            {
                usable[o.Period] = list = [];
            }

            list.Add(o);
        }

        var points = ImmutableArray.CreateBuilder<RateRollupPoint>();
        foreach (var period in usable.Keys.OrderBy(p => p, ReportingPeriodComparer.ByEnd))
        {
            var numerator = 0.0;
            var denominator = 0.0;
            var quality = ObservationQuality.Actual;
            var contributed = new HashSet<ScopeId>();
            foreach (var o in usable[period])
            {
                numerator += o.Numerator!.Value;
                denominator += o.Denominator!.Value;
                quality = LeastFirm(quality, o.Quality);
                contributed.Add(o.ScopeId);
            }

            CalculationGuard.FiniteResult(numerator, "sum of the numerators", nameof(programme));
            CalculationGuard.FiniteResult(denominator, "sum of the denominators", nameof(programme));
            var value = CalculationGuard.FiniteResult(scale * numerator / denominator, "pooled rate", nameof(programme));
            points.Add(new RateRollupPoint(
                period,
                numerator,
                denominator,
                value,
                quality,
                [.. sources.Where(s => contributed.Contains(s.Id)).Select(s => s.Id)],
                [.. sources.Where(s => !contributed.Contains(s.Id) && (AlwaysCounts(s) || Existed(s, period))).Select(s => s.Id)]));
        }

        return new RateRollup(indicator, target, kind, [.. sources.Select(s => s.Id)], points.ToImmutable(), excluded.ToImmutable());
    }

    /// <summary>The less firm of two qualities: estimated, else provisional, else actual.</summary>
    private static ObservationQuality LeastFirm(ObservationQuality a, ObservationQuality b)
        => a == ObservationQuality.Estimated || b == ObservationQuality.Estimated ? ObservationQuality.Estimated
            : a == ObservationQuality.Provisional || b == ObservationQuality.Provisional ? ObservationQuality.Provisional
            : ObservationQuality.Actual;

    /// <summary>Whether a period ends on or after the day its scope merged into another (the successor covers it from then).</summary>
    private static bool EndsAfterMerge(Scope scope, ReportingPeriod period)
        => scope.MergedInto is { } merge && period.End >= merge.Effective;

    /// <summary>Whether a scope existed during a period: the period ends before its merge (if any) and not before it was split off (if it was).</summary>
    private static bool Existed(Scope scope, ReportingPeriod period)
        => !EndsAfterMerge(scope, period) && !scope.Lineage.Any(e => e.Kind == LineageEventKind.SplitFrom && period.End < e.Effective);
}
