using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Finds where a JSON path (<c>$.observations[12].period</c>) sits in UTF-8 workbook text, so that
/// errors found after parsing can name the line and position a text editor shows.
/// </summary>
internal static class JsonTextLocator
{
    /// <summary>
    /// The byte offset of the value at <paramref name="path"/> (as <see cref="WorkbookPath"/> writes it); when the path does not
    /// exist (a missing property), the offset of its deepest existing ancestor; 0 for text that does not parse that far.
    /// </summary>
    public static int FindOffset(ReadOnlySpan<byte> json, string path) => FindOffset(json, WorkbookPath.Parse(path));

    /// <summary>As <see cref="FindOffset(ReadOnlySpan{byte}, string)"/>, for the property names (string) and indices (int) of a path.</summary>
    public static int FindOffset(ReadOnlySpan<byte> json, IReadOnlyList<object> segments) => Find(json, segments, atPropertyName: false).Offset;

    /// <summary>Whether a value exists at exactly <paramref name="path"/> (a property present, even if null).</summary>
    public static bool Exists(ReadOnlySpan<byte> json, string path) => Find(json, WorkbookPath.Parse(path), atPropertyName: false).Exact;

    /// <summary>
    /// The byte offset of the property name that ends <paramref name="segments"/> (such as <c>"valeu"</c> in
    /// <c>$.observations[0].valeu</c>), or of the value when the path ends in an array index; as
    /// <see cref="FindOffset(ReadOnlySpan{byte}, IReadOnlyList{object})"/> when the path does not exist.
    /// </summary>
    public static int FindPropertyName(ReadOnlySpan<byte> json, IReadOnlyList<object> segments) => Find(json, segments, atPropertyName: true).Offset;

    /// <summary>
    /// The property names (string) and indices (int) of the place that System.Text.Json's <see cref="JsonException.Path"/>
    /// <paramref name="serializerPath"/> names. That path writes a name holding path syntax in brackets without escaping it
    /// (the name <c>a']b</c> as <c>$['a']b']</c>), so it cannot be parsed alone: the names the text holds are matched against it
    /// instead, each in its dot and its bracket form. When no place matches it whole, the deepest place that begins it.
    /// </summary>
    public static List<object> SerializerPathSegments(ReadOnlySpan<byte> json, string serializerPath)
    {
        var frames = new List<Frame>();

        // Where the path of each open container ends in serializerPath: only containers whose path begins it are entered.
        var ends = new List<int>();
        var best = new List<object>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        ends.RemoveAt(ends.Count - 1);
                        continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                var end = frames.Count == 0 ? (serializerPath.StartsWith('$') ? 1 : 0) : SegmentEnd(serializerPath, ends[^1], frames[^1]);
                if (end < 0)
                {
                    reader.Skip();
                    continue;
                }

                if (frames.Count >= best.Count)
                {
                    best = frames.Select(frame => frame.IsArray ? (object)frame.Index : frame.Property!).ToList();
                }

                if (end == serializerPath.Length)
                {
                    return best;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                    ends.Add(end);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text past the point found so far: the deepest place matched is the answer.
        }

        return best;
    }

    /// <summary>Where the current member of <paramref name="frame"/> ends when <paramref name="path"/> names it from <paramref name="start"/> (as <c>[3]</c>, <c>.name</c> or <c>['name']</c>, followed by the end or another segment); -1 when it does not.</summary>
    private static int SegmentEnd(string path, int start, Frame frame)
    {
        var rest = path.AsSpan(start);
        int length;
        if (frame.IsArray)
        {
            var index = frame.Index.ToString(CultureInfo.InvariantCulture);
            length = rest.StartsWith('[') && rest[1..].StartsWith(index, StringComparison.Ordinal) && rest[(1 + index.Length)..].StartsWith(']') ? index.Length + 2 : -1;
        }
        else
        {
            var name = frame.Property ?? string.Empty;
            length = rest.StartsWith('.') && rest[1..].StartsWith(name, StringComparison.Ordinal) ? name.Length + 1
                : rest.StartsWith("['", StringComparison.Ordinal) && rest[2..].StartsWith(name, StringComparison.Ordinal) && rest[(2 + name.Length)..].StartsWith("']", StringComparison.Ordinal) ? name.Length + 4
                : -1;
        }

        return length >= 0 && (length == rest.Length || rest[length] is '.' or '[') ? start + length : -1;
    }

    private static (int Offset, bool Exact) Find(ReadOnlySpan<byte> json, IReadOnlyList<object> target, bool atPropertyName)
    {
        var frames = new List<Frame>();
        var best = 0;
        var bestDepth = -1;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        if (atPropertyName && frames.Count == target.Count && MatchedDepth(frames, target) == target.Count)
                        {
                            return ((int)reader.TokenStartIndex, true);
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                var matched = MatchedDepth(frames, target);
                if (matched == frames.Count && matched > bestDepth)
                {
                    best = (int)reader.TokenStartIndex;
                    bestDepth = matched;
                    if (matched == target.Count)
                    {
                        return (best, true);
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text past the point found so far: the best ancestor is the answer.
        }

        return (best, false);
    }

    /// <summary>The byte offset of a 0-based line and a 0-based byte position in that line, as <see cref="JsonException"/> reports them.</summary>
    public static int OffsetOf(ReadOnlySpan<byte> json, long lineNumber, long bytePositionInLine)
    {
        var offset = 0;
        for (long line = 0; line < lineNumber && offset < json.Length; line++)
        {
            var next = json[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            offset += next + 1;
        }

        return (int)Math.Min(json.Length, offset + bytePositionInLine);
    }

    /// <summary>The position of a byte offset: 1-based line and character position (as an editor shows), and the 0-based line and byte position in line (as <see cref="JsonException"/> holds them).</summary>
    public static TextPosition PositionOf(ReadOnlySpan<byte> json, int offset)
    {
        offset = Math.Clamp(offset, 0, json.Length);
        var before = json[..offset];
        var lineIndex = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1;
        return new TextPosition(lineIndex + 1, column, lineIndex, offset - lineStart);
    }

    private static int MatchedDepth(List<Frame> frames, IReadOnlyList<object> target)
    {
        var depth = 0;
        while (depth < frames.Count && depth < target.Count)
        {
            var frame = frames[depth];
            var matches = target[depth] switch
            {
                int index => frame.IsArray && frame.Index == index,
                string name => !frame.IsArray && frame.Property == name,
                _ => false,
            };
            if (!matches)
            {
                break;
            }

            depth++;
        }

        return depth;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
