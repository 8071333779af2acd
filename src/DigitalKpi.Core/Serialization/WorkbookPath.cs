using System.Buffers;
using System.Globalization;
using System.Text;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// The JSON paths that workbook errors name (<c>$.observations[12].period</c>), written and read in this one place: a
/// property whose name is empty or holds '.', '[', ']', a quote or a space is written in the bracket form of
/// System.Text.Json's paths, <c>$.indicators[0].name['e[n']</c>.
/// </summary>
internal static class WorkbookPath
{
    private static readonly SearchValues<char> PathSyntax = SearchValues.Create(".[]'\" ");

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

    /// <summary>Splits <c>$.a[3].b</c> or <c>$['a'][3]</c> into property names (string) and indices (int); stops at a segment it cannot read, so that the deepest readable ancestor is located.</summary>
    public static List<object> Parse(string path)
    {
        var segments = new List<object>();
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
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
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
        => name.Length > 0 && name.AsSpan().IndexOfAny(PathSyntax) < 0 ? path.Append('.').Append(name) : path.Append("['").Append(name).Append("']");
}
