namespace DigitalKpi.Core.Programmes;

/// <summary>
/// Thrown when the parts of a <see cref="Programme"/> do not fit together: a duplicate id, a reference
/// to an indicator or scope that does not exist, two observations for the same indicator, scope and
/// period, a value outside its indicator's bounds. Names the offending item so a reader can map it
/// to a workbook path such as <c>$.observations[12].indicator</c>.
/// </summary>
/// <remarks>The message is <c>{Collection}[{Index}].{Field}: {Detail}</c>.</remarks>
public sealed class ProgrammeValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="collection">The collection holding the offending item: <c>scopes</c>, <c>indicators</c>, <c>observations</c>, <c>targets</c> or <c>tasks</c>.</param>
    /// <param name="index">The item's zero-based position in the collection as given.</param>
    /// <param name="field">The offending field in workbook spelling (e.g. <c>indicator</c>, <c>period</c>, <c>baseline.value</c>, <c>lineage[0]</c>), or empty when the item itself is null.</param>
    /// <param name="detail">The rule broken, what was found and what is needed.</param>
    public ProgrammeValidationException(string collection, int index, string field, string detail)
        : base($"{collection}[{index}]{(field.Length > 0 ? "." + field : string.Empty)}: {detail}")
    {
        Collection = collection;
        Index = index;
        Field = field;
        Detail = detail;
    }

    /// <summary>The collection holding the offending item (<c>scopes</c>, <c>indicators</c>, <c>observations</c>, <c>targets</c>, <c>tasks</c>).</summary>
    public string Collection { get; }

    /// <summary>The item's zero-based position in the collection as given.</summary>
    public int Index { get; }

    /// <summary>The offending field in workbook spelling, or empty when the item itself is null.</summary>
    public string Field { get; }

    /// <summary>The rule broken, what was found and what is needed.</summary>
    public string Detail { get; }
}
