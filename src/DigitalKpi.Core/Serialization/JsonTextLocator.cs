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
    /// The byte offset of the value at <paramref name="path"/>; when the path does not exist (a missing
    /// property), the offset of its deepest existing ancestor; 0 for text that does not parse that far.
    /// </summary>
    public static int FindOffset(ReadOnlySpan<byte> json, string path) => Find(json, path, atPropertyName: false).Offset;

    /// <summary>Whether a value exists at exactly <paramref name="path"/> (a property present, even if null).</summary>
    public static bool Exists(ReadOnlySpan<byte> json, string path) => Find(json, path, atPropertyName: false).Exact;

    /// <summary>
    /// The byte offset of the property name that ends <paramref name="path"/> (such as <c>"valeu"</c> in
    /// <c>$.observations[0].valeu</c>), or of the value when the path ends in an array index; as
    /// <see cref="FindOffset"/> when the path does not exist.
    /// </summary>
    public static int FindPropertyName(ReadOnlySpan<byte> json, string path) => Find(json, path, atPropertyName: true).Offset;

    private static (int Offset, bool Exact) Find(ReadOnlySpan<byte> json, string path, bool atPropertyName)
    {
        var target = WorkbookPath.Parse(path);
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

    private static int MatchedDepth(List<Frame> frames, List<object> target)
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
