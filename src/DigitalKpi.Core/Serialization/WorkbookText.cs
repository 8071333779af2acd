using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using DigitalKpi.Core.Serialization.Dtos;

namespace DigitalKpi.Core.Serialization;

/// <summary>Reads and writes the workbook DTOs as UTF-8 JSON with the source-generated context, restating every failure as a <see cref="WorkbookException"/>.</summary>
internal static class WorkbookText
{
    private static readonly JsonTypeInfo<WorkbookDto> WriteInfo = CreateWriteInfo();

    /// <summary>Deserializes <paramref name="json"/> (UTF-8, without byte order mark) into DTOs.</summary>
    /// <exception cref="WorkbookException">The text is not JSON or does not have the workbook's shape.</exception>
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

    /// <summary>Reads the whole text once with <see cref="Utf8JsonReader"/>, so that malformed JSON is reported as such, with the path reached.</summary>
    private static void CheckSyntax(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var path = new List<object>();
        try
        {
            while (reader.Read())
            {
                Track(ref reader, path);
            }
        }
        catch (JsonException exception)
        {
            throw WorkbookErrors.Malformed(json, FormatPath(path), exception);
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
            path.Add(string.Empty);
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            path.Add(-1);
        }
    }

    private static string FormatPath(List<object> path)
    {
        var text = new System.Text.StringBuilder("$");
        foreach (var segment in path)
        {
            _ = segment switch
            {
                int index when index >= 0 => text.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']'),
                string name when name.Length > 0 => text.Append('.').Append(name),
                _ => text,
            };
        }

        return text.ToString();
    }

    /// <summary>Serializes <paramref name="dto"/> as indented UTF-8 JSON; non-ASCII letters (Vietnamese) are written as they are, not escaped.</summary>
    public static void WriteDto(Stream stream, WorkbookDto dto) => JsonSerializer.Serialize(stream, dto, WriteInfo);

    /// <summary>Serializes <paramref name="dto"/> asynchronously; see <see cref="WriteDto"/>.</summary>
    public static Task WriteDtoAsync(Stream stream, WorkbookDto dto, CancellationToken cancellationToken)
        => JsonSerializer.SerializeAsync(stream, dto, WriteInfo, cancellationToken);

    /// <summary>Removes a UTF-8 byte order mark, which Utf8JsonReader does not accept.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes)
        => bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static JsonTypeInfo<WorkbookDto> CreateWriteInfo()
    {
        var options = new JsonSerializerOptions(WorkbookJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        return (JsonTypeInfo<WorkbookDto>)options.GetTypeInfo(typeof(WorkbookDto));
    }
}
