using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Scopes;

/// <summary>
/// One change in a scope's territory: it merged into another scope, or was split from one, on an
/// effective date. Lets series of former units roll up into today's.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares kind, other scope and date.</remarks>
public sealed class LineageEvent : IEquatable<LineageEvent>
{
    /// <summary>Creates a lineage event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="other">The scope merged into, or split from; not <c>default</c>.</param>
    /// <param name="effective">The first day the change applies (ISO calendar).</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is default, or <paramref name="effective"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effective"/> is before year 1 (reporting periods run from year 1 to 9999).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public LineageEvent(LineageEventKind kind, ScopeId other, LocalDate effective)
    {
        Kind = EnumCheck.Defined(kind);
        IdText.NotDefault(other.Value, nameof(ScopeId), nameof(other));
        Other = other;
        Guard.IsoDate(effective);
        Effective = effective;
    }

    /// <summary>What happened.</summary>
    public LineageEventKind Kind { get; }

    /// <summary>The scope merged into, or split from.</summary>
    public ScopeId Other { get; }

    /// <summary>The first day the change applies.</summary>
    public LocalDate Effective { get; }

    /// <summary>The scope ceased on <paramref name="effective"/>, becoming part of <paramref name="successor"/>.</summary>
    /// <param name="successor">The scope it merged into.</param>
    /// <param name="effective">The first day it is part of <paramref name="successor"/>.</param>
    /// <returns>A <see cref="LineageEventKind.MergedInto"/> event.</returns>
    /// <exception cref="ArgumentException"><paramref name="successor"/> is default, or <paramref name="effective"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effective"/> is before year 1 (reporting periods run from year 1 to 9999).</exception>
    public static LineageEvent MergedInto(ScopeId successor, LocalDate effective) => new(LineageEventKind.MergedInto, successor, effective);

    /// <summary>The scope was created on <paramref name="effective"/> from part of <paramref name="origin"/>.</summary>
    /// <param name="origin">The scope it was split from.</param>
    /// <param name="effective">The first day it exists.</param>
    /// <returns>A <see cref="LineageEventKind.SplitFrom"/> event.</returns>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is default, or <paramref name="effective"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effective"/> is before year 1 (reporting periods run from year 1 to 9999).</exception>
    public static LineageEvent SplitFrom(ScopeId origin, LocalDate effective) => new(LineageEventKind.SplitFrom, origin, effective);

    /// <summary>Whether kind, other scope and date are equal.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(LineageEvent? other) => other is not null && Kind == other.Kind && Other == other.Other && Effective == other.Effective;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LineageEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Other, Effective);

    /// <summary>A short description, e.g. <c>MergedInto VN-HP on 2025-07-01</c>.</summary>
    /// <returns>The text (invariant).</returns>
    public override string ToString() => $"{Kind} {Other} on {NodaTime.Text.LocalDatePattern.Iso.Format(Effective)}";
}
