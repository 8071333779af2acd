using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using DigitalKpi.Core.Serialization.Dtos;

namespace DigitalKpi.Core.Serialization;

/// <summary>Reads and writes the workbook DTOs as UTF-8 JSON with the source-generated context, restating every failure as a <see cref="WorkbookException"/>.</summary>
internal static class WorkbookText
{
    /// <summary>The most property names a set may have held and still be cleared for the next object at its depth.</summary>
    private const int ReusedNameSetLimit = 64;

    /// <summary>The place in a path of an object whose first property name is not read yet (or not valid text): <see cref="WorkbookPath.Format"/> leaves it out.</summary>
    private static readonly object NoPropertyYet = new();

    private static readonly JsonTypeInfo<WorkbookDto> WriteInfo = WithLettersUnescaped<WorkbookDto>(WorkbookJsonContext.Default.Options);

    /// <summary>Deserializes <paramref name="json"/> (UTF-8, without byte order mark) into DTOs.</summary>
    /// <exception cref="WorkbookException">The text is not JSON, does not have the workbook's shape, or holds a non-zero number too small for a double.</exception>
    public static WorkbookDto ReadDto(ReadOnlySpan<byte> json)
    {
        CheckSyntax(json);
        WorkbookDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, WorkbookJsonContext.Default.WorkbookDto);
        }
        catch (JsonException exception)
        {
            throw WorkbookErrors.FromSerializer(json, exception);
        }

        return dto ?? throw WorkbookErrors.Unexpected(json, "$", "a workbook object { \"schemaVersion\": 1, ... }");
    }

    /// <summary>Reads the whole text once with <see cref="Utf8JsonReader"/>, so that malformed JSON is reported as such, with the path reached; also a property given twice, text that is not valid Unicode, and a non-zero number too small for a double.</summary>
    private static void CheckSyntax(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var path = new List<object>();

        // The property names seen in each open object, by depth; a set is cleared and reused when its object ends (a
        // large one is replaced, so that clearing stays cheap), not allocated again for each of a workbook's objects.
        var names = new List<HashSet<string>>();
        var depth = 0;
        try
        {
            while (reader.Read())
            {
                // Utf8JsonReader checks a name's escapes but not that it decodes to text: Track's GetString would throw
                // InvalidOperationException, so a name is checked first and reported under its object's path.
                if (reader.TokenType == JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    path[^1] = NoPropertyYet;
                    throw WorkbookErrors.At(
                        json,
                        (int)reader.TokenStartIndex,
                        WorkbookPath.Format(path),
                        "malformed JSON: found a property name that is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape such as \\uD800); expected UTF-8 text.");
                }

                Track(ref reader, path);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (depth == names.Count)
                    {
                        names.Add(new HashSet<string>(StringComparer.Ordinal));
                    }

                    depth++;
                }
                else if (reader.TokenType == JsonTokenType.EndObject)
                {
                    depth--;
                    if (names[depth].Count > ReusedNameSetLimit)
                    {
                        names[depth] = new HashSet<string>(StringComparer.Ordinal);
                    }
                    else
                    {
                        names[depth].Clear();
                    }
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && path[^1] is string name && !names[depth - 1].Add(name))
                {
                    throw WorkbookErrors.At(
                        json,
                        (int)reader.TokenStartIndex,
                        WorkbookPath.Format(path),
                        $"found the property \"{name}\" a second time in one object; expected each property once.");
                }
                else if (reader.TokenType == JsonTokenType.Number && NumberLiteral.MayUnderflow(reader.ValueSpan)
                    && reader.TryGetDouble(out var number) && NumberLiteral.Underflowed(reader.ValueSpan, number))
                {
                    // Checked on the literal here, once for all numbers: the deserialized double no longer tells 1e-400 from 0.
                    throw WorkbookErrors.At(
                        json,
                        (int)reader.TokenStartIndex,
                        WorkbookPath.Format(path),
                        $"found the number {Encoding.UTF8.GetString(reader.ValueSpan)}; expected a finite number such as 42 or 17.5; {NumberLiteral.BelowSmallestDouble}.");
                }
                else if (reader.TokenType == JsonTokenType.String && !IsValidText(ref reader))
                {
                    throw WorkbookErrors.At(
                        json,
                        (int)reader.TokenStartIndex,
                        WorkbookPath.Format(path),
                        "malformed JSON: found a string that is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape such as \\uD800); expected UTF-8 text.");
                }
            }
        }
        catch (JsonException exception) when (exception is not WorkbookException)
        {
            // Only the reader's own exceptions: a WorkbookException thrown above already names its place.
            throw WorkbookErrors.Malformed(json, WorkbookPath.Format(path), exception);
        }
    }

    /// <summary>Whether the current string or property name decodes to valid UTF-16: Utf8JsonReader checks it only when the text is read.</summary>
    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Track(ref Utf8JsonReader reader, List<object> path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                path[^1] = reader.GetString() ?? string.Empty;
                return;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                path.RemoveAt(path.Count - 1);
                return;
        }

        if (path.Count > 0 && path[^1] is int index)
        {
            path[^1] = index + 1;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            path.Add(NoPropertyYet);
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            path.Add(-1);
        }
    }

    /// <summary>Serializes <paramref name="dto"/> as indented UTF-8 JSON; non-ASCII letters (Vietnamese) are written as they are, not escaped.</summary>
    /// <exception cref="ArgumentException">A text holds an unpaired UTF-16 surrogate, which UTF-8 cannot represent.</exception>
    public static void WriteDto(Stream stream, WorkbookDto dto)
    {
        CheckTexts(dto, WriteInfo, "$");
        JsonSerializer.Serialize(stream, dto, WriteInfo);
    }

    /// <summary>Serializes <paramref name="dto"/> asynchronously; see <see cref="WriteDto"/>.</summary>
    /// <exception cref="ArgumentException">A text holds an unpaired UTF-16 surrogate, which UTF-8 cannot represent.</exception>
    public static Task WriteDtoAsync(Stream stream, WorkbookDto dto, CancellationToken cancellationToken)
    {
        CheckTexts(dto, WriteInfo, "$");
        return JsonSerializer.SerializeAsync(stream, dto, WriteInfo, cancellationToken);
    }

    /// <summary>
    /// Throws when a text of the DTO tree holds an unpaired surrogate: the writer would silently replace it
    /// with U+FFFD, and nothing may change on the way out. Walks the source-generated metadata (no reflection).
    /// </summary>
    private static void CheckTexts(object? value, JsonTypeInfo info, string path)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (HasUnpairedSurrogate(text))
                {
                    throw new ArgumentException($"The text at {path} holds an unpaired UTF-16 surrogate, which a UTF-8 workbook cannot hold; received {WorkbookErrors.Quote(text)}.", "programme");
                }

                return;
            case Dictionary<string, string> texts:
                foreach (var (key, text) in texts)
                {
                    CheckTexts(key, info, path);
                    CheckTexts(text, info, WorkbookPath.Member(path, key));
                }

                return;
            case System.Collections.IList list when info.ElementType is { } elementType:
                var elementInfo = info.Options.GetTypeInfo(elementType);
                for (var i = 0; i < list.Count; i++)
                {
                    CheckTexts(list[i], elementInfo, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{i}]"));
                }

                return;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is { } get && (property.PropertyType == typeof(string) || !property.PropertyType.IsValueType))
            {
                CheckTexts(get(value), info.Options.GetTypeInfo(property.PropertyType), WorkbookPath.Member(path, property.Name));
            }
        }
    }

    private static bool HasUnpairedSurrogate(string text) => UnpairedSurrogateIndex(text) >= 0;

    /// <summary>The index of the first unpaired UTF-16 surrogate in <paramref name="text"/>, or -1 when there is none.</summary>
    private static int UnpairedSurrogateIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The UTF-8 bytes of workbook text given as a .NET string. <see cref="Encoding.UTF8"/> would silently replace an
    /// unpaired surrogate with U+FFFD; here it is an error at the character's line and position, as a surrogate the
    /// writer meets is (nothing is replaced silently).
    /// </summary>
    /// <exception cref="WorkbookException"><paramref name="json"/> holds an unpaired UTF-16 surrogate.</exception>
    public static byte[] ToUtf8(string json)
    {
        var index = UnpairedSurrogateIndex(json);
        if (index < 0)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        // Located as the reader locates its errors: in the text without byte order mark, the surrogate replaced so that the text reads as JSON.
        var start = json.StartsWith('\uFEFF') ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(json[start..]);
        var offset = Encoding.UTF8.GetByteCount(json.AsSpan(start, index - start));
        throw WorkbookErrors.At(
            bytes,
            offset,
            PathAt(bytes, offset),
            $"found the unpaired UTF-16 surrogate U+{(int)json[index]:X4}, which UTF-8 JSON cannot hold; expected text with every surrogate in a pair (nothing is replaced silently).");
    }

    /// <summary>The path of the string or property name that holds byte <paramref name="offset"/> (an object's own path for a name), or of the place reached before it.</summary>
    private static string PathAt(ReadOnlySpan<byte> json, int offset)
    {
        var reader = new Utf8JsonReader(json);
        var path = new List<object>();
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= offset)
            {
                Track(ref reader, path);
                if (offset < reader.BytesConsumed)
                {
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        path[^1] = NoPropertyYet;
                    }

                    break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed text before the offset: the place reached is the answer.
        }

        return WorkbookPath.Format(path);
    }

    /// <summary>Removes a UTF-8 byte order mark, which Utf8JsonReader does not accept.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes)
        => bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    /// <summary>
    /// The metadata of <typeparamref name="T"/> from a source-generated context's <paramref name="contextOptions"/>, with an
    /// encoder that writes Vietnamese (any non-ASCII) letters as they are, not as <c>\uXXXX</c> escapes; only characters JSON
    /// or HTML make unsafe are escaped. Shared by the workbook and the assessment writers, which promise the same text.
    /// </summary>
    internal static JsonTypeInfo<T> WithLettersUnescaped<T>(JsonSerializerOptions contextOptions)
    {
        var options = new JsonSerializerOptions(contextOptions)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
