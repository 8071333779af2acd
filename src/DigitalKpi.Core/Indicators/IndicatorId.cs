using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Indicators;

/// <summary>
/// The identifier of an indicator, as written in the workbook (e.g. <c>online-dossier-share</c>): a non-empty text
/// without white space or control characters.
/// </summary>
/// <remarks>
/// <para>Equality and order are ordinal and case-sensitive. <c>default(IndicatorId)</c> has an empty
/// <see cref="Value"/>; it never identifies anything and the domain constructors reject it.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct IndicatorId : IEquatable<IndicatorId>, IComparable<IndicatorId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">A non-empty text without white space or control characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, or contains white space or a control character.</exception>
    public IndicatorId(string value) => this.value = IdText.Validate(value, "IndicatorId", nameof(value));

    /// <summary>The identifier text; empty only for <c>default</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is <c>default(IndicatorId)</c>, which identifies nothing.</summary>
    public bool IsDefault => value is null;

    /// <summary>Whether two identifiers have the same text (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Whether the texts are equal (ordinal).</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(IndicatorId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders identifiers by ordinal comparison of their texts.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>Negative, 0 or positive as for <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier text, as in the workbook.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
