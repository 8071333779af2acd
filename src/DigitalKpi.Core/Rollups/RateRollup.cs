using System.Collections.Immutable;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// A rate rolled up into one scope from other scopes' numerators and denominators: one point per period, and every
/// observation that was left out with the reason.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="ScopeRollup.RollUpRate"/>.</remarks>
public sealed class RateRollup
{
    internal RateRollup(Indicator indicator, Scope scope, ScopeRollupKind kind, ImmutableArray<ScopeId> sources, ImmutableArray<RateRollupPoint> points, ImmutableArray<RateRollupExclusion> excluded)
    {
        Indicator = indicator;
        Scope = scope;
        Kind = kind;
        Sources = sources;
        Points = points;
        Excluded = excluded;
    }

    /// <summary>The rate indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The scope the rate was rolled up into.</summary>
    public Scope Scope { get; }

    /// <summary>Which scopes were rolled up.</summary>
    public ScopeRollupKind Kind { get; }

    /// <summary>Every scope whose observations could contribute, in the hierarchy's order.</summary>
    public ImmutableArray<ScopeId> Sources { get; }

    /// <summary>One point per period with at least one usable observation, ordered by period end (then start).</summary>
    public ImmutableArray<RateRollupPoint> Points { get; }

    /// <summary>The observations of the source scopes that were not used, in the programme's observation order.</summary>
    public ImmutableArray<RateRollupExclusion> Excluded { get; }

    /// <summary>The points as observations of <see cref="Indicator"/> in <see cref="Scope"/>, carrying the summed numerator and denominator and the point's quality.</summary>
    /// <returns>One observation per point, in point order.</returns>
    public ImmutableArray<Observation> ToObservations()
        => [.. Points.Select(p => new Observation(Indicator.Id, Scope.Id, p.Period, p.Value, p.Quality, p.Numerator, p.Denominator))];

    /// <summary>The points as the series of <see cref="Indicator"/> in <see cref="Scope"/>, ready for an assessment policy (e.g. a target on the successor scope).</summary>
    /// <param name="asOf">Only points for periods ended on or before this day; null for all.</param>
    /// <returns>The series; see <see cref="IndicatorSeries"/> for points of different granularity that end on the same day.</returns>
    public IndicatorSeries ToSeries(LocalDate? asOf = null) => new(Indicator, Scope, ToObservations(), asOf);

    /// <summary>An invariant description, e.g. <c>online-dossier-share @ VN-HP (Successor): 3 periods, 1 excluded</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Indicator.Id} @ {Scope.Id} ({Kind}): {Points.Length} periods, {Excluded.Length} excluded";
}
