using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace DigitalKpi.Core.Scopes;

/// <summary>
/// A validated set of scopes: the tree of parents (nation → province → commune) and the merges
/// that map a former scope to its successor on a date.
/// </summary>
/// <remarks>
/// <para>Rules checked by the constructor: identifiers are unique; every parent and every scope named in a
/// lineage event is in the set; parents form no cycle; merges form no cycle.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScopeHierarchy
{
    private readonly FrozenDictionary<ScopeId, int> indexById;
    private readonly ImmutableArray<Scope>[] children;

    /// <summary>Builds and validates the hierarchy.</summary>
    /// <param name="scopes">The scopes, in any order; the order is kept in <see cref="Scopes"/> and in children lists.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A rule is broken; the message starts with the item, e.g. <c>scopes[3].parent:</c>.</exception>
    public ScopeHierarchy(IEnumerable<Scope> scopes)
        : this(Checked(scopes))
    {
    }

    /// <summary>Builds the hierarchy of scopes that <see cref="FindProblem"/> has found no problem in.</summary>
    private ScopeHierarchy(ImmutableArray<Scope> scopes)
    {
        Scopes = scopes;
        indexById = Index(Scopes);
        var lists = new List<Scope>[Scopes.Length];
        var roots = ImmutableArray.CreateBuilder<Scope>();
        foreach (var s in Scopes)
        {
            if (s.Parent is { } p)
            {
                (lists[indexById[p]] ??= []).Add(s);
            }
            else
            {
                roots.Add(s);
            }
        }

        children = [.. lists.Select(l => l is null ? [] : l.ToImmutableArray())];
        Roots = roots.ToImmutable();
    }

    /// <summary>All scopes, in the order given.</summary>
    public ImmutableArray<Scope> Scopes { get; }

    /// <summary>The scopes without a parent, in the order given.</summary>
    public ImmutableArray<Scope> Roots { get; }

    /// <summary>The scope with identifier <paramref name="id"/>.</summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public Scope this[ScopeId id] => Scopes[IndexOf(id)];

    /// <summary>Whether a scope with identifier <paramref name="id"/> is in the hierarchy.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>True when present.</returns>
    public bool Contains(ScopeId id) => indexById.ContainsKey(id);

    /// <summary>Looks up a scope by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="scope">The scope when found; null otherwise.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(ScopeId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scope? scope)
    {
        scope = indexById.TryGetValue(id, out var i) ? Scopes[i] : null;
        return scope is not null;
    }

    /// <summary>The direct children of a scope, in the order given.</summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <returns>The children; empty for a leaf.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public ImmutableArray<Scope> ChildrenOf(ScopeId id) => children[IndexOf(id)];

    /// <summary>All scopes below a scope, depth first (each child followed by its own descendants).</summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <returns>The descendants, excluding the scope itself.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public ImmutableArray<Scope> DescendantsOf(ScopeId id)
    {
        var result = ImmutableArray.CreateBuilder<Scope>();
        var stack = new Stack<Scope>(children[IndexOf(id)].Reverse());
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            result.Add(s);
            foreach (var c in children[indexById[s.Id]].Reverse())
            {
                stack.Push(c);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The chain of parents of a scope: its parent first, the root last.</summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <returns>The ancestors; empty for a root.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public ImmutableArray<Scope> AncestorsOf(ScopeId id)
    {
        var result = ImmutableArray.CreateBuilder<Scope>();
        var current = Scopes[IndexOf(id)];
        while (current.Parent is { } p)
        {
            current = Scopes[indexById[p]];
            result.Add(current);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The scope that holds <paramref name="id"/>'s territory on <paramref name="date"/>: follows merge
    /// events whose effective date is on or before <paramref name="date"/>, repeatedly. For Hải Dương
    /// (merged into Hải Phòng effective 2025-07-01) it is Hải Dương itself on 2025-06-30 and Hải Phòng
    /// from 2025-07-01.
    /// </summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <param name="date">The day asked about.</param>
    /// <returns><paramref name="id"/> when it has not merged by <paramref name="date"/>, otherwise its (last) successor.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public ScopeId SuccessorOn(ScopeId id, LocalDate date)
    {
        var current = Scopes[IndexOf(id)];
        while (current.MergedInto is { } merge && merge.Effective <= date)
        {
            current = Scopes[indexById[merge.Other]];
        }

        return current.Id;
    }

    /// <summary>The scopes whose territory is part of <paramref name="id"/> on <paramref name="date"/> because they merged into it (directly or through other merges), in the order given.</summary>
    /// <param name="id">An identifier in the hierarchy.</param>
    /// <param name="date">The day asked about.</param>
    /// <returns>The former scopes; empty when none merged into it by then.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the hierarchy.</exception>
    public ImmutableArray<Scope> PredecessorsOn(ScopeId id, LocalDate date)
    {
        IndexOf(id);
        return [.. Scopes.Where(s => s.Id != id && SuccessorOn(s.Id, date) == id)];
    }

    /// <summary>The hierarchy of <paramref name="scopes"/>, which the caller has checked with <see cref="FindProblem"/> (so they are not checked twice).</summary>
    internal static ScopeHierarchy FromChecked(ImmutableArray<Scope> scopes) => new(scopes);

    /// <summary>Finds the first broken rule, as (index, field, message); field is empty for a null item.</summary>
    internal static (int Index, string Field, string Message)? FindProblem(ImmutableArray<Scope> scopes)
    {
        var seen = new Dictionary<ScopeId, int>();
        for (var i = 0; i < scopes.Length; i++)
        {
            if (scopes[i] is null)
            {
                return (i, string.Empty, "the scope is null.");
            }

            if (!seen.TryAdd(scopes[i].Id, i))
            {
                return (i, "id", $"the id \"{scopes[i].Id}\" is already used by scopes[{seen[scopes[i].Id]}]; scope ids must be unique.");
            }
        }

        for (var i = 0; i < scopes.Length; i++)
        {
            var s = scopes[i];
            if (s.Parent is { } p && !seen.ContainsKey(p))
            {
                return (i, "parent", $"scope \"{s.Id}\" names the parent \"{p}\", which is not a scope of the workbook.");
            }

            for (var j = 0; j < s.Lineage.Length; j++)
            {
                if (!seen.ContainsKey(s.Lineage[j].Other))
                {
                    return (i, $"lineage[{j}]", $"scope \"{s.Id}\" has the event {s.Lineage[j]}, but \"{s.Lineage[j].Other}\" is not a scope of the workbook.");
                }
            }
        }

        var parentCycle = OnCycles(scopes, seen, s => s.Parent);
        var mergeCycle = OnCycles(scopes, seen, s => s.MergedInto?.Other);
        for (var i = 0; i < scopes.Length; i++)
        {
            if (parentCycle[i])
            {
                return (i, "parent", $"scope \"{scopes[i].Id}\" is its own ancestor; parents must form a tree.");
            }

            if (mergeCycle[i])
            {
                return (i, "lineage", $"scope \"{scopes[i].Id}\" merges, through other merges, back into itself; merges must not form a cycle.");
            }
        }

        return null;
    }

    private static ImmutableArray<Scope> Checked(IEnumerable<Scope> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ImmutableArray<Scope> all = [.. scopes];
        if (FindProblem(all) is { } problem)
        {
            if (problem.Field.Length == 0)
            {
                throw new ArgumentNullException(nameof(scopes), $"scopes[{problem.Index}]: {problem.Message}");
            }

            throw new ArgumentException($"scopes[{problem.Index}].{problem.Field}: {problem.Message}", nameof(scopes));
        }

        return all;
    }

    /// <summary>
    /// Which scopes lie on a cycle of <paramref name="next"/> (each scope has at most one next: its parent, or the scope
    /// it merged into), in one pass over all of them: each walk stops at a scope already settled, so every scope is
    /// walked once (a chain of n scopes costs n steps, not n²/2).
    /// </summary>
    private static bool[] OnCycles(ImmutableArray<Scope> scopes, Dictionary<ScopeId, int> index, Func<Scope, ScopeId?> next)
    {
        const byte unvisited = 0, onPath = 1, settled = 2;
        var state = new byte[scopes.Length];
        var onCycle = new bool[scopes.Length];
        var path = new List<int>();
        for (var start = 0; start < scopes.Length; start++)
        {
            int? current = start;
            while (current is { } c && state[c] == unvisited)
            {
                state[c] = onPath;
                path.Add(c);
                current = next(scopes[c]) is { } n ? index[n] : null;
            }

            if (current is { } back && state[back] == onPath)
            {
                // The walk came back to a scope of its own path: from there to the end of the path is a cycle.
                for (var k = path.IndexOf(back); k < path.Count; k++)
                {
                    onCycle[path[k]] = true;
                }
            }

            foreach (var k in path)
            {
                state[k] = settled;
            }

            path.Clear();
        }

        return onCycle;
    }

    private static FrozenDictionary<ScopeId, int> Index(ImmutableArray<Scope> scopes)
    {
        var d = new Dictionary<ScopeId, int>(scopes.Length);
        for (var i = 0; i < scopes.Length; i++)
        {
            d.Add(scopes[i].Id, i);
        }

        return d.ToFrozenDictionary();
    }

    private int IndexOf(ScopeId id)
        => indexById.TryGetValue(id, out var i)
            ? i
            : throw new KeyNotFoundException($"The scope \"{id}\" is not in the hierarchy.");
}
