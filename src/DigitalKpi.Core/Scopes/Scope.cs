using System.Collections.Immutable;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Scopes;

/// <summary>
/// Where an indicator is measured: a nation, ministry, province or commune, with its parent in the
/// hierarchy and the changes to its territory (lineage).
/// </summary>
/// <remarks>
/// <para>Rules: the parent is not the scope itself; no lineage event refers to the scope itself; at most one
/// <see cref="LineageEventKind.MergedInto"/> event (a scope ceases once). Whether the parent and the other
/// scopes exist is checked by <see cref="ScopeHierarchy"/>.</para>
/// <para>Immutable and thread-safe. Equality is by reference; identify scopes by <see cref="Id"/>.</para>
/// </remarks>
public sealed class Scope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="id">The identifier; not <c>default</c>.</param>
    /// <param name="name">The name in Vietnamese and/or English.</param>
    /// <param name="level">The administrative level.</param>
    /// <param name="parent">The parent scope, or null for a root; not <paramref name="id"/> and not <c>default</c>.</param>
    /// <param name="lineage">Changes to the territory, in any order; null for none. Kept sorted by effective date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or an event in <paramref name="lineage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="parent"/> is default; the scope is its own parent; an event refers to the scope itself; more than one merge event.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public Scope(ScopeId id, LocalizedText name, ScopeLevel level, ScopeId? parent = null, IEnumerable<LineageEvent>? lineage = null)
    {
        IdText.NotDefault(id.Value, nameof(ScopeId), nameof(id));
        Name = Guard.NotNull(name);
        Level = EnumCheck.Defined(level);
        if (parent is { } p)
        {
            IdText.NotDefault(p.Value, nameof(ScopeId), nameof(parent));
            if (p == id)
            {
                throw new ArgumentException($"Scope \"{id}\" cannot be its own parent.", nameof(parent));
            }
        }

        var events = (lineage ?? []).ToArray();
        for (var i = 0; i < events.Length; i++)
        {
            if (events[i] is null)
            {
                throw new ArgumentNullException(nameof(lineage), $"Scope \"{id}\": lineage[{i}] is null.");
            }

            if (events[i].Other == id)
            {
                throw new ArgumentException($"Scope \"{id}\": lineage[{i}] ({events[i]}) refers to the scope itself.", nameof(lineage));
            }
        }

        var merges = events.Count(e => e.Kind == LineageEventKind.MergedInto);
        if (merges > 1)
        {
            throw new ArgumentException($"Scope \"{id}\": a scope merges into another at most once; received {merges} MergedInto events.", nameof(lineage));
        }

        Id = id;
        Parent = parent;
        Lineage = [.. events.OrderBy(e => e.Effective)];
        MergedInto = Lineage.FirstOrDefault(e => e.Kind == LineageEventKind.MergedInto);
    }

    /// <summary>The identifier.</summary>
    public ScopeId Id { get; }

    /// <summary>The name in Vietnamese and/or English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The administrative level.</summary>
    public ScopeLevel Level { get; }

    /// <summary>The parent scope, or null for a root.</summary>
    public ScopeId? Parent { get; }

    /// <summary>Changes to the territory, sorted by effective date.</summary>
    public ImmutableArray<LineageEvent> Lineage { get; }

    /// <summary>The merge that ended this scope, or null when it still exists.</summary>
    public LineageEvent? MergedInto { get; }

    /// <summary>The identifier text.</summary>
    /// <returns>The id, as in the workbook.</returns>
    public override string ToString() => Id.Value;
}
