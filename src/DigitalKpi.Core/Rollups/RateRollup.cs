using System.Collections.Immutable;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Scopes;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// A rate rolled up into one scope from other scopes' numerators and denominators: one point per period, and every
/// observation that was left out with the reason.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="ScopeRollup.RollUpRate"/>.</remarks>
public sealed class RateRollup
{
    internal RateRollup(IndicatorId indicatorId, ScopeId scopeId, ScopeRollupKind kind, ImmutableArray<ScopeId> sources, ImmutableArray<RateRollupPoint> points, ImmutableArray<RateRollupExclusion> excluded)
    {
        IndicatorId = indicatorId;
        ScopeId = scopeId;
        Kind = kind;
        Sources = sources;
        Points = points;
        Excluded = excluded;
    }

    /// <summary>The rate indicator.</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>The scope the rate was rolled up into.</summary>
    public ScopeId ScopeId { get; }

    /// <summary>Which scopes were rolled up.</summary>
    public ScopeRollupKind Kind { get; }

    /// <summary>Every scope whose observations could contribute, in the hierarchy's order.</summary>
    public ImmutableArray<ScopeId> Sources { get; }

    /// <summary>One point per period with at least one usable observation, ordered by period end (then start).</summary>
    public ImmutableArray<RateRollupPoint> Points { get; }

    /// <summary>The observations of the source scopes that were not used, in the programme's observation order.</summary>
    public ImmutableArray<RateRollupExclusion> Excluded { get; }

    /// <summary>An invariant description, e.g. <c>online-dossier-share @ VN-HP (Successor): 3 periods, 1 excluded</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorId} @ {ScopeId} ({Kind}): {Points.Length} periods, {Excluded.Length} excluded";
}
