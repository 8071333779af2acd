using System.Buffers;
using System.Globalization;
using System.Text;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// The JSON paths that workbook errors name (<c>$.observations[12].period</c>), written and read in this one place so that
/// every property name reads back exactly. A name that is empty or holds '.', '[', ']', a quote, a space, a backslash or a
/// control character is written in the bracket form, <c>$.indicators[0].name['e[n']</c>; inside the brackets, as in the
/// normalized paths of JSONPath (RFC 9535 §2.7), a backslash precedes <c>'</c> and <c>\</c>, and U+0000 to U+001F are written
/// <c>\b \t \n \f \r</c> or <c>\u00xx</c> (lowercase hex): the name <c>a']b</c> is <c>$['a\']b']</c>.
/// </summary>
internal static class WorkbookPath
{
    /// <summary>The characters that put a name in the bracket form: path syntax, the backslash of its escapes, and U+0000 to U+001F.</summary>
    private static readonly SearchValues<char> Bracketed = SearchValues.Create(".[]'\" \\" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)));

    /// <summary>The control characters RFC 9535 escapes with one letter, and the letters (the same index in both), for writing and reading.</summary>
    private const string ControlCharacters = "\b\t\n\f\r";

    private const string ControlLetters = "btnfr";

    /// <summary>The path of the property <paramref name="name"/> of the object at <paramref name="parent"/>: <c>$.a.name</c> or <c>$.a['n[ame']</c>.</summary>
    public static string Member(string parent, string name) => AppendMember(new StringBuilder(parent), name).ToString();

    /// <summary>
    /// The path of <paramref name="segments"/>, property names (string) and array indices (int), from the root <c>$</c>;
    /// any other segment, or a negative index, is a container's place before its first member and is left out.
    /// </summary>
    public static string Format(IReadOnlyList<object> segments)
    {
        var path = new StringBuilder("$");
        foreach (var segment in segments)
        {
            _ = segment switch
            {
                int index when index >= 0 => path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']'),
                string name => AppendMember(path, name),
                _ => path,
            };
        }

        return path.ToString();
    }

    /// <summary>
    /// Splits <c>$.a[3].b</c> or <c>$['a'][3]</c> into property names (string, escapes undone) and indices (int); stops at a
    /// segment it cannot read (an unclosed bracket, an unknown escape), so that the deepest readable ancestor is located.
    /// </summary>
    public static List<object> Parse(string path)
    {
        var segments = new List<object>();
        var name = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                i = ReadBracketed(path, i + 2, name.Clear());
                if (i < 0)
                {
                    break;
                }

                segments.Add(name.ToString());
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                if (!int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                segments.Add(index);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    private static StringBuilder AppendMember(StringBuilder path, string name)
    {
        if (name.Length > 0 && name.AsSpan().IndexOfAny(Bracketed) < 0)
        {
            return path.Append('.').Append(name);
        }

        path.Append("['");
        foreach (var c in name)
        {
            _ = c switch
            {
                '\'' or '\\' => path.Append('\\').Append(c),
                _ when ControlCharacters.IndexOf(c) is var k and >= 0 => path.Append('\\').Append(ControlLetters[k]),
                < ' ' => path.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => path.Append(c),
            };
        }

        return path.Append("']");
    }

    /// <summary>
    /// Reads a bracketed name from <paramref name="start"/> (just after <c>['</c>) into <paramref name="name"/>, undoing the
    /// escapes of RFC 9535's single-quoted names (<c>\' \\ \/ \b \f \n \r \t \uXXXX</c>); the index after its <c>']</c>, or -1
    /// when the name is not closed or holds another escape.
    /// </summary>
    private static int ReadBracketed(string path, int start, StringBuilder name)
    {
        for (var i = start; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\'')
            {
                return i + 1 < path.Length && path[i + 1] == ']' ? i + 2 : -1;
            }

            if (c != '\\')
            {
                name.Append(c);
                continue;
            }

            if (++i == path.Length)
            {
                return -1;
            }

            switch (path[i])
            {
                case '\'' or '\\' or '/':
                    name.Append(path[i]);
                    break;
                case var letter when ControlLetters.IndexOf(letter) is var k and >= 0:
                    name.Append(ControlCharacters[k]);
                    break;
                case 'u' when i + 4 < path.Length && ushort.TryParse(path.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    name.Append((char)code);
                    i += 4;
                    break;
                default:
                    return -1;
            }
        }

        return -1;
    }
}
