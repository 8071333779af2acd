using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Core.Programmes;

/// <summary>
/// A programme in memory — the contents of a workbook: its scopes, indicators, observations,
/// targets and plan tasks, checked to fit together, with lookups by identifier.
/// </summary>
/// <remarks>
/// <para>Rules checked by the constructor, each failure reported as a <see cref="ProgrammeValidationException"/>
/// naming the collection, the item's index and the field: no null items; unique ids within scopes,
/// indicators, targets and tasks; scope parents and lineage exist and form no cycle; every observation and
/// target refers to an existing indicator and scope; no two observations for the same indicator, scope and
/// period; observation values, target values, upper values, baselines and milestones lie within their
/// indicator's bounds. Nothing is dropped: every item given is kept, in the order given.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Programme
{
    private readonly FrozenDictionary<IndicatorId, Indicator> indicatorsById;
    private readonly FrozenDictionary<TargetId, Target> targetsById;
    private readonly FrozenDictionary<string, PlanTask> tasksById;
    private readonly FrozenDictionary<(IndicatorId, ScopeId), PairSeries> observationsByPair;

    /// <summary>Builds and validates a programme.</summary>
    /// <param name="name">The programme's name; not blank.</param>
    /// <param name="scopes">The scopes.</param>
    /// <param name="indicators">The indicators.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="tasks">The plan tasks; null for none.</param>
    /// <param name="asOf">The date the workbook's data is as of (ISO calendar), or null when it does not say.</param>
    /// <exception cref="ArgumentNullException">A collection other than <paramref name="tasks"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before year 1 (reporting periods run from year 1 to 9999).</exception>
    /// <exception cref="ProgrammeValidationException">An item breaks a rule; the exception names the collection, index and field.</exception>
    public Programme(
        string name,
        IEnumerable<Scope> scopes,
        IEnumerable<Indicator> indicators,
        IEnumerable<Observation> observations,
        IEnumerable<Target> targets,
        IEnumerable<PlanTask>? tasks = null,
        LocalDate? asOf = null)
    {
        Name = Utility.Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(targets);
        AsOf = Utility.Guard.IsoDate(asOf);
        Scopes = [.. scopes];
        Indicators = [.. indicators];
        Observations = [.. observations];
        Targets = [.. targets];
        Tasks = [.. tasks ?? []];

        if (ScopeHierarchy.FindProblem(Scopes) is { } problem)
        {
            throw new ProgrammeValidationException("scopes", problem.Index, problem.Field, problem.Message);
        }

        Hierarchy = ScopeHierarchy.FromChecked(Scopes);
        indicatorsById = UniqueIds(Indicators, "indicators", i => i.Id, "indicator");
        targetsById = UniqueIds(Targets, "targets", t => t.Id, "target");
        tasksById = UniqueIds(Tasks, "tasks", t => t.Id, "task");
        observationsByPair = CheckObservations();
        CheckTargets();
    }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The date the data is as of, or null when not stated.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The scopes, in the order given.</summary>
    public ImmutableArray<Scope> Scopes { get; }

    /// <summary>The scopes as a hierarchy with merge lineage.</summary>
    public ScopeHierarchy Hierarchy { get; }

    /// <summary>The indicators, in the order given.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>The observations, in the order given.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <summary>The targets, in the order given.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>The plan tasks, in the order given.</summary>
    public ImmutableArray<PlanTask> Tasks { get; }

    /// <summary>Looks up an indicator.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="indicator">The indicator when found; null otherwise.</param>
    /// <returns>True when found.</returns>
    public bool TryGetIndicator(IndicatorId id, [NotNullWhen(true)] out Indicator? indicator) => indicatorsById.TryGetValue(id, out indicator);

    /// <summary>The indicator with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that identifier.</exception>
    public Indicator GetIndicator(IndicatorId id)
        => indicatorsById.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"The programme has no indicator \"{id}\".");

    /// <summary>Looks up a scope.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="scope">The scope when found; null otherwise.</param>
    /// <returns>True when found.</returns>
    public bool TryGetScope(ScopeId id, [NotNullWhen(true)] out Scope? scope) => Hierarchy.TryGet(id, out scope);

    /// <summary>The scope with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="KeyNotFoundException">No scope has that identifier.</exception>
    public Scope GetScope(ScopeId id) => Hierarchy[id];

    /// <summary>Looks up a target.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="target">The target when found; null otherwise.</param>
    /// <returns>True when found.</returns>
    public bool TryGetTarget(TargetId id, [NotNullWhen(true)] out Target? target) => targetsById.TryGetValue(id, out target);

    /// <summary>The target with identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">No target has that identifier.</exception>
    public Target GetTarget(TargetId id)
        => targetsById.TryGetValue(id, out var t) ? t : throw new KeyNotFoundException($"The programme has no target \"{id}\".");

    /// <summary>Looks up a plan task.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <param name="task">The task when found; null otherwise.</param>
    /// <returns>True when found.</returns>
    public bool TryGetTask(string id, [NotNullWhen(true)] out PlanTask? task)
    {
        task = null;
        return id is not null && tasksById.TryGetValue(id, out task);
    }

    /// <summary>The observations of an indicator in a scope, ordered by <see cref="ReportingPeriodComparer.ByEnd"/>.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="scopeId">The scope.</param>
    /// <returns>The observations; empty when there are none (also for unknown identifiers).</returns>
    public ImmutableArray<Observation> ObservationsOf(IndicatorId indicatorId, ScopeId scopeId)
        => observationsByPair.TryGetValue((indicatorId, scopeId), out var pair) ? pair.Observations : [];

    /// <summary>
    /// The series of an indicator in a scope as known on <paramref name="asOf"/>: only observations whose
    /// period ended on or before that day. See <see cref="IndicatorSeries"/> for how observations ending on
    /// the same day are resolved.
    /// </summary>
    /// <param name="indicatorId">An indicator of the programme.</param>
    /// <param name="scopeId">A scope of the programme.</param>
    /// <param name="asOf">The as-of day; null uses every observation (it does not default to <see cref="AsOf"/>).</param>
    /// <returns>The series, possibly empty.</returns>
    /// <exception cref="KeyNotFoundException">The indicator or the scope is not in the programme.</exception>
    public IndicatorSeries GetSeries(IndicatorId indicatorId, ScopeId scopeId, LocalDate? asOf = null)
        => observationsByPair.TryGetValue((indicatorId, scopeId), out var pair)
            ? IndicatorSeries.FromSelected(pair.Indicator, pair.Scope, pair.Points, pair.Superseded, asOf)
            : IndicatorSeries.FromSelected(GetIndicator(indicatorId), GetScope(scopeId), [], [], asOf);

    private static FrozenDictionary<TKey, T> UniqueIds<TKey, T>(ImmutableArray<T> items, string collection, Func<T, TKey> id, string what)
        where TKey : notnull
        where T : class
    {
        var indexByKey = new Dictionary<TKey, int>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ProgrammeValidationException(collection, i, string.Empty, $"the {what} is null.");
            }

            var key = id(items[i]);
            if (!indexByKey.TryAdd(key, i))
            {
                throw new ProgrammeValidationException(collection, i, "id", $"the id \"{key}\" is already used by {collection}[{indexByKey[key]}]; {what} ids must be unique.");
            }
        }

        return indexByKey.ToFrozenDictionary(p => p.Key, p => items[p.Value]);
    }

    private FrozenDictionary<(IndicatorId, ScopeId), PairSeries> CheckObservations()
    {
        // Keyed by the days, not the period's kind: "2023" and "2023-01-01/2023-12-31" are one period spelled two ways.
        var seen = new Dictionary<(IndicatorId, ScopeId, LocalDate, LocalDate), int>(Observations.Length);
        var pairs = new Dictionary<(IndicatorId, ScopeId), List<Observation>>();
        for (var i = 0; i < Observations.Length; i++)
        {
            var o = Observations[i] ?? throw new ProgrammeValidationException("observations", i, string.Empty, "the observation is null.");
            var indicator = IndicatorOf(o.IndicatorId, "observations", i);
            ScopeOf(o.ScopeId, "observations", i);
            CheckBounds(indicator, o.Value, "observations", i, "value");
            if (!seen.TryAdd((o.IndicatorId, o.ScopeId, o.Period.Start, o.Period.End), i))
            {
                var first = seen[(o.IndicatorId, o.ScopeId, o.Period.Start, o.Period.End)];
                var firstPeriod = Observations[first].Period;
                var spelling = firstPeriod.Equals(o.Period) ? string.Empty : $" (given there as {firstPeriod}: the same days, {o.Period.Start:uuuu-MM-dd} to {o.Period.End:uuuu-MM-dd})";
                throw new ProgrammeValidationException(
                    "observations",
                    i,
                    "period",
                    $"observations[{first}] already gives a value of \"{o.IndicatorId}\" in \"{o.ScopeId}\" for {o.Period}{spelling}; give one value per indicator, scope and period.");
            }

            if (!pairs.TryGetValue((o.IndicatorId, o.ScopeId), out var list))
            {
                pairs[(o.IndicatorId, o.ScopeId)] = list = [];
            }

            list.Add(o);
        }

        return pairs.ToFrozenDictionary(p => p.Key, p => new PairSeries(SortedByEnd(p.Value), indicatorsById[p.Key.Item1], Hierarchy[p.Key.Item2]));
    }

    /// <summary>
    /// The observations of one pair in <see cref="ReportingPeriodComparer.ByEnd"/> order, sorted in the one array kept.
    /// Their periods are distinct (checked before), so the comparer has no ties and the order is that of a stable sort.
    /// </summary>
    private static ImmutableArray<Observation> SortedByEnd(List<Observation> observations)
    {
        var sorted = observations.ToArray();
        Array.Sort(sorted, static (a, b) => ReportingPeriodComparer.ByEnd.Compare(a.Period, b.Period));
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private void CheckTargets()
    {
        for (var i = 0; i < Targets.Length; i++)
        {
            var t = Targets[i];
            var indicator = IndicatorOf(t.IndicatorId, "targets", i);
            ScopeOf(t.ScopeId, "targets", i);
            CheckBounds(indicator, t.Value, "targets", i, "value");
            if (t.Upper is { } upper)
            {
                CheckBounds(indicator, upper, "targets", i, "upper");
            }

            if (t.Baseline is { } baseline)
            {
                CheckBounds(indicator, baseline.Value, "targets", i, "baseline.value");
            }

            foreach (var m in t.Milestones)
            {
                CheckBounds(indicator, m.Value, "targets", i, "milestones");
            }
        }
    }

    private Indicator IndicatorOf(IndicatorId id, string collection, int index)
        => indicatorsById.TryGetValue(id, out var indicator)
            ? indicator
            : throw new ProgrammeValidationException(collection, index, "indicator", $"the indicator \"{id}\" is not an indicator of the programme.");

    private void ScopeOf(ScopeId id, string collection, int index)
    {
        if (!Hierarchy.Contains(id))
        {
            throw new ProgrammeValidationException(collection, index, "scope", $"the scope \"{id}\" is not a scope of the programme.");
        }
    }

    private static void CheckBounds(Indicator indicator, double value, string collection, int index, string field)
    {
        if (indicator.Bounds is { } b && !b.Contains(value))
        {
            throw new ProgrammeValidationException(
                collection,
                index,
                field,
                $"{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is outside the bounds {b} of the indicator \"{indicator.Id}\" ({indicator.Unit}).");
        }
    }

    /// <summary>
    /// The observations of one indicator in one scope in period-end order, and the series selected from them once
    /// (<see cref="IndicatorSeries.Select"/>): a series as of any day is a prefix of both, so <see cref="GetSeries"/>
    /// reads one contiguous array per target instead of every observation object. The pair's indicator and scope
    /// are kept with it, so that <see cref="GetSeries"/> looks up one key, not three.
    /// </summary>
    private readonly struct PairSeries
    {
        public PairSeries(ImmutableArray<Observation> sortedByEnd, Indicator indicator, Scope scope)
        {
            Indicator = indicator;
            Scope = scope;
            Observations = sortedByEnd;
            (Points, Superseded) = IndicatorSeries.Select(sortedByEnd.AsSpan(), indicator.Frequency.PeriodKind());
        }

        public Indicator Indicator { get; }

        public Scope Scope { get; }

        public ImmutableArray<Observation> Observations { get; }

        public ImmutableArray<SeriesPoint> Points { get; }

        public ImmutableArray<Observation> Superseded { get; }
    }
}
