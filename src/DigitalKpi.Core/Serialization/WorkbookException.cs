using System.Text.Json;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// A workbook that breaks the format of WORKBOOK.md (version 1): malformed JSON, a missing or unknown
/// property, a value of the wrong kind, an unknown enum value, a period that does not parse, a
/// non-finite number, an unknown reference, a duplicate, or a rule of the domain broken.
/// </summary>
/// <remarks>
/// The message names the JSON path, the line and position, what was found and what was expected, e.g.
/// <c>$.observations[12].value (line 40, position 15): found the string "NaN"; expected a finite number such as 42 or 17.5 (a JSON number, not quoted).</c>
/// A property whose name is empty or holds '.', '[', ']', a quote, a space, a backslash or a control character is written
/// in brackets, with JSONPath's normalized-path escapes (RFC 9535 §2.7: a backslash before <c>'</c> and <c>\</c>, U+0000 to
/// U+001F as <c>\n</c>, <c>\u0001</c> and the like), so that every name reads back exactly: the name <c>e']n</c> is
/// <c>$.indicators[0].name['e\']n']</c>. <see cref="JsonException.Path"/> is this path;
/// <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> keep System.Text.Json's conventions (0-based line,
/// 0-based UTF-8 byte offset in the line); <see cref="Line"/> and <see cref="Position"/> are 1-based
/// and count characters, as a text editor shows them.
/// </remarks>
public sealed class WorkbookException : JsonException
{
    internal WorkbookException(string path, TextPosition position, string problem, Exception? innerException = null)
        : base(
            $"{path} (line {position.Line}, position {position.Column}): {problem}",
            path,
            position.LineIndex,
            position.BytePositionInLine,
            innerException)
    {
        Line = position.Line;
        Position = position.Column;
    }

    /// <summary>The 1-based line of the offending value, as a text editor shows it.</summary>
    public int Line { get; }

    /// <summary>The 1-based character position of the offending value in its <see cref="Line"/>, as a text editor shows it.</summary>
    public int Position { get; }
}
