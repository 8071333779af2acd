using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Serialization.Dtos;

namespace DigitalKpi.Core.Serialization;

/// <summary>Builds <see cref="WorkbookException"/>s that name the path, line, position, what was found and what was expected.</summary>
internal static class WorkbookErrors
{
    /// <summary>An error about the value at <paramref name="path"/> (or, when it is missing, about its parent object).</summary>
    public static WorkbookException At(ReadOnlySpan<byte> json, string path, string problem, Exception? innerException = null)
    {
        var offset = JsonTextLocator.FindOffset(json, path);
        return new WorkbookException(path, JsonTextLocator.PositionOf(json, offset), problem, innerException);
    }

    /// <summary>An error about the token that starts at byte <paramref name="offset"/>, reported under <paramref name="path"/>.</summary>
    public static WorkbookException At(ReadOnlySpan<byte> json, int offset, string path, string problem)
        => new(path, JsonTextLocator.PositionOf(json, offset), problem);

    /// <summary>"found X; expected Y." with X the JSON token at <paramref name="path"/>.</summary>
    public static WorkbookException Unexpected(ReadOnlySpan<byte> json, string path, string expected, Exception? innerException = null)
    {
        var offset = JsonTextLocator.FindOffset(json, path);
        var problem = $"found {DescribeToken(json, offset)}; expected {expected}.";
        return new WorkbookException(path, JsonTextLocator.PositionOf(json, offset), problem, innerException);
    }

    /// <summary>An error for text that is not JSON at all, from the exception of <see cref="Utf8JsonReader"/>.</summary>
    public static WorkbookException Malformed(ReadOnlySpan<byte> json, string path, JsonException exception)
    {
        var offset = JsonTextLocator.OffsetOf(json, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        var problem = $"malformed JSON: {CoreMessage(exception.Message)}";
        return new WorkbookException(path, JsonTextLocator.PositionOf(json, offset), problem, exception);
    }

    /// <summary>Restates an exception of System.Text.Json's deserializer (unknown or duplicate property, wrong kind of value) in the workbook's terms.</summary>
    public static WorkbookException FromSerializer(ReadOnlySpan<byte> json, JsonException exception)
    {
        // Restated in the workbook's escaped form: System.Text.Json leaves a name's ' and \ unescaped in its brackets.
        var segments = JsonTextLocator.SerializerPathSegments(json, exception.Path ?? "$");
        var path = WorkbookPath.Format(segments);
        var (parent, type) = Resolve(segments);
        var offset = JsonTextLocator.FindOffset(json, segments);

        string problem;
        if (segments.Count > 0 && segments[^1] is string name && parent is { Kind: JsonTypeInfoKind.Object } && type is null)
        {
            offset = JsonTextLocator.FindPropertyName(json, segments);
            var allowed = string.Join(", ", parent.Properties.Select(p => p.Name));
            problem = $"found the unknown property \"{name}\"; expected one of: {allowed}. Check the spelling; properties are case-sensitive camelCase.";
        }
        else
        {
            var expected = segments.Count == 0 ? "a workbook object { \"schemaVersion\": 1, ... }" : Describe(type);
            problem = $"found {DescribeToken(json, offset)}; expected {expected}.";
        }

        return new WorkbookException(path, JsonTextLocator.PositionOf(json, offset), problem, exception);
    }

    /// <summary>A short description of the JSON token starting at <paramref name="offset"/>: <c>the string "NaN"</c>, <c>the number 1e999</c>, <c>an object</c>.</summary>
    private static string DescribeToken(ReadOnlySpan<byte> json, int offset)
    {
        var reader = new Utf8JsonReader(json[offset..], new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            if (!reader.Read())
            {
                return "the end of the text";
            }

            return reader.TokenType switch
            {
                JsonTokenType.String => $"the string {Quote(reader.GetString() ?? string.Empty)}",
                JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => "null",
                JsonTokenType.StartObject => "an object",
                JsonTokenType.StartArray => "an array",
                _ => reader.TokenType.ToString(),
            };
        }
        catch (JsonException)
        {
            return "text that is not JSON";
        }
    }

    /// <summary>The rule a domain constructor's <see cref="ArgumentException"/> states, without the " (Parameter '...')" and "Actual value was ..." that .NET appends.</summary>
    public static string RuleOf(ArgumentException exception)
    {
        var message = exception is ArgumentOutOfRangeException { ActualValue: not null } ? exception.Message.Split(Environment.NewLine)[0] : exception.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>A JSON string literal for a message, shortened past 60 characters.</summary>
    public static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..57]}...\"";

    /// <summary>The ids a reference may name, for "expected one of: ...": each quoted, the first 20 and then "...", or <paramref name="none"/> when there are none.</summary>
    public static string IdList<T>(IEnumerable<T> ids, string none)
    {
        var quoted = ids.Select(id => $"\"{id}\"").ToList();
        return quoted.Count == 0 ? none : string.Join(", ", quoted.Take(20)) + (quoted.Count > 20 ? ", ..." : string.Empty);
    }

    /// <summary>The problem of a period <paramref name="text"/> that <see cref="ReportingPeriod.Parse"/> refused: what was found, why, and the accepted forms.</summary>
    public static string NotAPeriod(string text, ReportingPeriodFormatException exception)
        => $"found {Quote(text)} ({exception.Reason}); expected a reporting period: {ReportingPeriodFormatException.AcceptedForms}.";

    /// <summary>The DTO metadata of the object or array holding the last segment, and the declared type at the path (null when unknown).</summary>
    private static (JsonTypeInfo? Parent, Type? Type) Resolve(List<object> segments)
    {
        JsonTypeInfo? parent = null;
        Type? type = typeof(WorkbookDto);
        foreach (var segment in segments)
        {
            parent = type is null ? null : WorkbookJsonContext.Default.GetTypeInfo(type);
            type = (segment, parent) switch
            {
                (int, { Kind: JsonTypeInfoKind.Enumerable }) => parent.ElementType,
                (string name, { Kind: JsonTypeInfoKind.Object }) => parent.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType,
                (string, { Kind: JsonTypeInfoKind.Dictionary }) => parent.ElementType,
                _ => null,
            };
        }

        return (parent, type);
    }

    private static string Describe(Type? type)
    {
        if (type is null)
        {
            return "a value of another kind";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(double))
        {
            return "a finite number such as 42 or 17.5 (a JSON number, not quoted)";
        }

        if (type == typeof(int))
        {
            return "a whole number (a JSON number, not quoted)";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(Dictionary<string, string>))
        {
            return "an object of texts by language code, such as { \"vi\": \"...\", \"en\": \"...\" }";
        }

        if (type == typeof(double[]))
        {
            return "an array of numbers";
        }

        return type.IsGenericType ? "an array" : "an object";
    }

    private static string CoreMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var cutLine = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cutLine >= 0 && (cut < 0 || cutLine < cut))
        {
            cut = cutLine;
        }

        // The reader's advice to change its options does not apply to a workbook, whose format is fixed.
        return (cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('|').Trim();
    }
}
