namespace DigitalKpi.Core.Serialization;

/// <summary>
/// A CSV file of observations that breaks the long format read by <see cref="ObservationCsvReader"/>:
/// a missing or unknown column, a field that does not parse, an unknown reference, a duplicate, or
/// malformed CSV. The message names the source, the line, the column, what was found and what was expected.
/// </summary>
/// <remarks>
/// Example: <c>observations.csv, line 12, column 4 (value): found "42,5"; expected a number with '.' as the decimal separator, such as 42.5.</c>
/// </remarks>
public sealed class ObservationCsvException : FormatException
{
    internal ObservationCsvException(string sourceName, long line, int column, string? columnName, string problem, Exception? innerException = null)
        : base(Compose(sourceName, line, column, columnName, problem), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        ColumnName = columnName;
    }

    /// <summary>The name of the source, as passed to the reader (usually the file name).</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line where the offending record starts (the header is line 1); 0 when the problem is not tied to a line.</summary>
    public long Line { get; }

    /// <summary>The 1-based number of the offending column; 0 when the problem concerns the whole record.</summary>
    public int Column { get; }

    /// <summary>The header name of the offending column, or null when the problem concerns the whole record.</summary>
    public string? ColumnName { get; }

    private static string Compose(string sourceName, long line, int column, string? columnName, string problem)
    {
        var place = line > 0 ? $"{sourceName}, line {line}" : sourceName;
        if (column > 0)
        {
            place += columnName is null ? $", column {column}" : $", column {column} ({columnName})";
        }

        return $"{place}: {problem}";
    }
}
