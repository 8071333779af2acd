using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Scopes;
using NodaTime;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Provinces;

/// <summary>One province in a league table: its rate in two periods, its ranks and the places it gained.</summary>
internal sealed record LeagueRow(Scope Scope, double Current, double? Previous, int Rank, int? PreviousRank, Scope? Successor, LocalDate? Effective)
{
    public int? PlacesGained => PreviousRank is { } p ? Ranks.PlacesGained(p, Rank) : null;
}

/// <summary>A province formed by the 2025 merger: the pooled rate of the provinces it was formed from.</summary>
/// <remarks><see cref="Assessment"/> is the successor's own target assessed on its pooled history, or null when it has no target for the indicator.</remarks>
internal sealed record SuccessorRow(Scope Scope, IReadOnlyList<Scope> FormedFrom, IReadOnlyList<double> Pooled, double SimpleMean, int Rank, Assessment? Assessment);

/// <summary>League tables of one indicator across provinces, before and after a merger of provinces.</summary>
internal static class League
{
    /// <summary>The provinces as they were in <paramref name="current"/>, ranked by the indicator (best first; ties share a rank).</summary>
    public static IReadOnlyList<LeagueRow> Before(CoreProgramme programme, Indicator indicator, ReportingPeriod current, ReportingPeriod previous)
    {
        var provinces = programme.Scopes.Where(s => s.Level == ScopeLevel.Province).ToList();
        var now = Values(programme, indicator, provinces, current);
        var before = Values(programme, indicator, provinces, previous);
        var rankNow = RankOf(now, indicator.Polarity);
        var rankBefore = RankOf(before, indicator.Polarity);
        var rows = new List<LeagueRow>();
        foreach (var (scope, value) in now)
        {
            var merged = scope.MergedInto;
            rows.Add(new LeagueRow(
                scope,
                value,
                before.TryGetValue(scope, out var b) ? b : null,
                rankNow[scope],
                rankBefore.TryGetValue(scope, out var r) ? r : null,
                merged is { } m ? programme.GetScope(m.Other) : null,
                merged?.Effective));
        }

        return rows.OrderBy(r => r.Rank).ThenBy(r => r.Scope.Id.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The provinces as they are from <paramref name="effective"/> on: each successor's rate in every period is the sum of the
    /// numerators over the sum of the denominators of the provinces it was formed from (<see cref="ScopeRollup.RollUpRate"/>),
    /// never the mean of their rates.
    /// </summary>
    public static IReadOnlyList<SuccessorRow> After(CoreProgramme programme, Indicator indicator, LocalDate effective, IReadOnlyList<ReportingPeriod> periods, LocalDate asOf)
    {
        var successors = programme.Scopes
            .Where(s => s.Level == ScopeLevel.Province && programme.Hierarchy.SuccessorOn(s.Id, effective) == s.Id)
            .ToList();
        var pooled = new Dictionary<Scope, (Scope[] From, double[] Rates, double Mean, Assessment? Assessment)>();
        foreach (var successor in successors)
        {
            var rollup = ScopeRollup.RollUpRate(programme, indicator.Id, successor.Id, ScopeRollupKind.Successor);
            var from = rollup.Sources.Select(programme.GetScope).ToArray();
            var rates = new double[periods.Count];
            for (var p = 0; p < periods.Count; p++)
            {
                var point = rollup.Points.FirstOrDefault(x => x.Period == periods[p]);
                if (point is null || !point.IsComplete)
                {
                    throw new UsageException($"{successor.Id} in {periods[p]}: every province it was formed from needs an observation with numerator and denominator to pool the rate.");
                }

                rates[p] = point.Value;
            }

            var latest = from.Select(s => Find(programme, indicator, s, periods[^1])).OfType<Observation>().ToList();
            var target = programme.Targets.FirstOrDefault(t => t.ScopeId == successor.Id && t.IndicatorId == indicator.Id);
            var assessment = target is null ? null : ProbabilisticPolicy.Default.Assess(target, rollup.ToSeries(asOf), asOf);
            pooled[successor] = (from, rates, latest.Average(o => o.Value), assessment);
        }

        var ranks = RankOf(pooled.ToDictionary(kv => kv.Key, kv => kv.Value.Rates[^1]), indicator.Polarity);
        return pooled
            .Select(kv => new SuccessorRow(kv.Key, kv.Value.From, kv.Value.Rates, kv.Value.Mean, ranks[kv.Key], kv.Value.Assessment))
            .OrderBy(r => r.Rank)
            .ToList();
    }

    private static Dictionary<Scope, double> Values(CoreProgramme programme, Indicator indicator, IEnumerable<Scope> scopes, ReportingPeriod period)
    {
        var values = new Dictionary<Scope, double>();
        foreach (var scope in scopes)
        {
            if (Find(programme, indicator, scope, period) is { } observation)
            {
                values[scope] = observation.Value;
            }
        }

        return values;
    }

    private static Observation? Find(CoreProgramme programme, Indicator indicator, Scope scope, ReportingPeriod period)
        => programme.ObservationsOf(indicator.Id, scope.Id).FirstOrDefault(o => o.Period == period);

    /// <summary>Competition ranking ("1224"): the best value is 1st, equal values share a rank.</summary>
    private static Dictionary<Scope, int> RankOf(Dictionary<Scope, double> values, Polarity polarity)
    {
        var ranks = new Dictionary<Scope, int>();
        foreach (var (scope, value) in values)
        {
            var better = polarity == Polarity.LowerIsBetter
                ? values.Values.Count(v => v < value)
                : values.Values.Count(v => v > value);
            ranks[scope] = better + 1;
        }

        return ranks;
    }
}
