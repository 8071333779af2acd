using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Core.Tests.Serialization;

/// <summary>
/// Semantic errors of a workbook, found after the JSON parses: each test breaks one line of a valid
/// workbook and checks the path, the line (counted by hand in <see cref="Valid"/>) and the message.
/// </summary>
public class WorkbookSerializerErrorTests
{
    // Lines: 1 {  2 schemaVersion  3 name  4 asOf  5 "scopes": [  6 VN  7 ]  8 "indicators": [  9 share
    // 10 ]  11 "observations": [  12 2023  13 2024  14 ]  15 "targets": [  16 t1  17 baseline  18 ]
    // 19 "tasks": [  20 task-1  21 ]  22 }
    private const string Valid = """
        {
          "schemaVersion": 1,
          "name": "Test",
          "asOf": "2024-07-10",
          "scopes": [
            { "id": "VN", "name": { "vi": "Việt Nam" }, "level": "nation" }
          ],
          "indicators": [
            { "id": "share", "name": { "en": "Share" }, "unit": "percent", "frequency": "year" }
          ],
          "observations": [
            { "indicator": "share", "scope": "VN", "period": "2023", "value": 17 },
            { "indicator": "share", "scope": "VN", "period": "2024", "value": 42 }
          ],
          "targets": [
            { "id": "t1", "indicator": "share", "scope": "VN", "comparison": "atLeast", "value": 80, "deadline": "2025",
              "baseline": { "period": "2023", "value": 17 } }
          ],
          "tasks": [
            { "id": "task-1", "title": "Plan", "due": "2023-12-31", "done": true }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidWorkbook_Reads()
    {
        var programme = WorkbookSerializer.Parse(Valid);

        Assert.Equal("Test", programme.Name);
        Assert.Equal(2, programme.Observations.Length);
    }

    [Fact]
    public void Parse_UnknownUnit_ListsAllowedValues()
    {
        var error = Break("\"unit\": \"percent\"", "\"unit\": \"percentage\"");

        Assert.Equal("$.indicators[0].unit", error.Path);
        Assert.Equal(9, error.Line);

        // Line 9: 4 spaces, { (5), space, "id" (7-10), : , space, "share" (13-19), ',' (20), space,
        // "name" (22-27), :, space, { (30) ... "en": "Share" } ends at 46, ',' 47, space 48,
        // "unit" (49-54), : (55), space (56), "percentage" starts at 57.
        Assert.Equal(57, error.Position);
        Assert.Contains("found the string \"percentage\"; expected one of: percent, count, currency, index, ratio, rank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PeriodThatDoesNotParse_SaysWhyAndTheAcceptedForms()
    {
        var error = Break("\"period\": \"2024\"", "\"period\": \"2024-Q5\"");

        Assert.Equal("$.observations[1].period", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains("$.observations[1].period (line 13, position", error.Message, StringComparison.Ordinal);
        Assert.Contains("found \"2024-Q5\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"2024-H1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ObservationOfUnknownIndicator_NamesTheKnownIds()
    {
        var error = Break("{ \"indicator\": \"share\", \"scope\": \"VN\", \"period\": \"2024\"", "{ \"indicator\": \"shares\", \"scope\": \"VN\", \"period\": \"2024\"");

        Assert.Equal("$.observations[1].indicator", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains("found \"shares\", which is not the id of any indicator in $.indicators; expected one of: \"share\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ObservationOfUnknownScope_IsRejected()
    {
        var error = Break("\"scope\": \"VN\", \"period\": \"2023\"", "\"scope\": \"VN-HN\", \"period\": \"2023\"");

        Assert.Equal("$.observations[0].scope", error.Path);
        Assert.Equal(12, error.Line);
        Assert.Contains("\"VN-HN\", which is not the id of any scope in $.scopes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TargetOfUnknownIndicator_IsRejected()
    {
        var error = Break("\"id\": \"t1\", \"indicator\": \"share\"", "\"id\": \"t1\", \"indicator\": \"rank\"");

        Assert.Equal("$.targets[0].indicator", error.Path);
        Assert.Equal(16, error.Line);
        Assert.Contains("not the id of any indicator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateObservationSpelledAsTheSameDays_IsRejectedNamingBothSpellings()
    {
        const string sameYear = "2023-01-01/2023-12-31";

        // The year 2023 runs from 1 January to 31 December: the same period as "2023" on line 12, spelled another way.
        var error = Break("\"period\": \"2024\"", $"\"period\": \"{sameYear}\"");

        Assert.Equal("$.observations[1].period", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains("second value for indicator \"share\", scope \"VN\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("(the first is $.observations[0], line 12, with period \"2023\": the same days as", error.Message, StringComparison.Ordinal);
        Assert.Contains("2023-01-01 to 2023-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"name\": { \"en\": \"Share\" }", "\"name\": { \"vi\": \"   \", \"en\": \"Share\" }", "$.indicators[0].name.vi", 9, "\"   \"")]
    [InlineData("\"name\": { \"en\": \"Share\" }", "\"name\": { \"vi\": \"\", \"en\": \"Share\" }", "$.indicators[0].name.vi", 9, "\"\"")]
    [InlineData("\"name\": { \"vi\": \"Việt Nam\" }", "\"name\": { \"vi\": \"Việt Nam\", \"en\": \"\\t\" }", "$.scopes[0].name.en", 6, "\"\t\"")]
    [InlineData("\"id\": \"t1\",", "\"id\": \"t1\", \"name\": { \"vi\": \" \" },", "$.targets[0].name.vi", 16, "\" \"")]
    public void Parse_BlankLanguageText_IsRejectedAtThatEntry(string original, string replacement, string path, int line, string found)
    {
        // A blank text in one language would read as that language absent, and be dropped when written back.
        var error = Break(original, replacement);

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains($"found the string {found}; expected a non-blank text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateObservation_NamesBothPlaces()
    {
        var error = Break("\"period\": \"2024\"", "\"period\": \"2023\"");

        Assert.Equal("$.observations[1].period", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains("second value for indicator \"share\", scope \"VN\", period \"2023\" (the first is $.observations[0], line 12)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateIndicatorId_IsRejected()
    {
        var error = Break(
            "\"frequency\": \"year\" }",
            "\"frequency\": \"year\" },\n    { \"id\": \"share\", \"name\": { \"en\": \"Again\" }, \"unit\": \"count\", \"frequency\": \"year\" }");

        Assert.Equal("$.indicators[1].id", error.Path);
        Assert.Equal(10, error.Line);
        Assert.Contains("the indicator id \"share\" a second time (the first is $.indicators[0].id, line 9)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NaN\"", "found the string \"NaN\"; expected a finite number")]
    [InlineData("1e999", "found the number 1e999; expected a finite number")]
    [InlineData("-1e999", "found the number -1e999; expected a finite number")]
    public void Parse_NonFiniteValue_IsRejected(string value, string problem)
    {
        var error = Break("\"value\": 42", $"\"value\": {value}");

        Assert.Equal("$.observations[1].value", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    [InlineData("0.1e-323")]
    public void Parse_NonZeroValueTooSmallForADouble_IsRejected(string value)
    {
        // The smallest positive double is about 4.9e-324: each of these rounds to 0 (or -0), which would change the value silently.
        var error = Break("\"value\": 42", $"\"value\": {value}");

        // Line 13: four spaces, { (5), "indicator": "share", "scope": "VN", "period": "2024", (7-60), space, "value" (62-68),
        // : (69), space (70): the number starts at position 71.
        Assert.Equal("$.observations[1].value", error.Path);
        Assert.Equal(13, error.Line);
        Assert.Equal(71, error.Position);
        Assert.Contains($"found the number {value}; expected a finite number", error.Message, StringComparison.Ordinal);
        Assert.Contains("below the smallest double", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WeightTooSmallForADouble_SaysSoInsteadOfReceivedZero()
    {
        var error = Break("\"deadline\": \"2025\",", "\"deadline\": \"2025\", \"weight\": 1e-400,");

        Assert.Equal("$.targets[0].weight", error.Path);
        Assert.Equal(16, error.Line);
        Assert.Contains("below the smallest double", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0e-400", 0.0)]
    [InlineData("0.000e5", 0.0)]
    [InlineData("5e-324", double.Epsilon)]
    public void Parse_ZeroWithExponentOrTheSmallestDouble_Reads(string value, double expected)
    {
        // A zero literal is 0 whatever its exponent; 5e-324 rounds to the smallest positive double, not to 0.
        var programme = WorkbookSerializer.Parse(Valid.Replace("\"value\": 42", $"\"value\": {value}", StringComparison.Ordinal));

        Assert.Equal(expected, programme.Observations[1].Value);
    }

    [Fact]
    public void Parse_BetweenTargetWithoutUpper_SaysUpperIsRequired()
    {
        var error = Break("\"comparison\": \"atLeast\"", "\"comparison\": \"between\"");

        Assert.Equal("$.targets[0].upper", error.Path);
        Assert.Equal(16, error.Line);
        Assert.Contains("the required property \"upper\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeadlineBeforeBaseline_IsRejected()
    {
        var error = Break("\"deadline\": \"2025\"", "\"deadline\": \"2022\"");

        Assert.StartsWith("$.targets[0]", error.Path, StringComparison.Ordinal);
        Assert.InRange(error.Line, 16, 17);
        Assert.Contains("2022", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  \"name\": \"Test\",\n", "$.name", 1)]
    [InlineData(", \"level\": \"nation\"", "$.scopes[0].level", 6)]
    [InlineData(", \"frequency\": \"year\"", "$.indicators[0].frequency", 9)]
    [InlineData(", \"period\": \"2023\", \"value\": 17 }", "$.observations[0].period", 12)]
    [InlineData(", \"deadline\": \"2025\"", "$.targets[0].deadline", 16)]
    [InlineData(", \"done\": true", "$.tasks[0].done", 20)]
    public void Parse_MissingRequiredProperty_NamesItAtItsObject(string removed, string path, int line)
    {
        var json = Valid.Replace(removed, removed.EndsWith('}') ? " }" : string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(json));

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains($"the required property \"{path[(path.LastIndexOf('.') + 1)..]}\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RequiredPropertyNull_SaysFoundNull()
    {
        var error = Break("\"period\": \"2023\", \"value\": 17 }", "\"period\": null, \"value\": 17 }");

        Assert.Equal("$.observations[0].period", error.Path);
        Assert.Equal(12, error.Line);
        Assert.Contains("found null; expected a reporting period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullArrayElement_SaysFoundNull()
    {
        var error = Break("\"tasks\": [", "\"tasks\": [ null,");

        Assert.Equal("$.tasks[0]", error.Path);
        Assert.Equal(19, error.Line);
        Assert.Contains("found null; expected an object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"schemaVersion\": 2", "found the number 2; expected 1")]
    [InlineData("\"schemaVersion\": 0", "found the number 0; expected 1")]
    public void Parse_WrongSchemaVersion_IsRejected(string replacement, string problem)
    {
        var error = Break("\"schemaVersion\": 1", replacement);

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Equal(20, error.Position);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownLanguage_IsRejected()
    {
        var error = Break("{ \"en\": \"Share\" }", "{ \"fr\": \"Part\" }");

        Assert.Equal("$.indicators[0].name.fr", error.Path);
        Assert.Contains("expected \"vi\" (Vietnamese) or \"en\" (English)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LanguageCodeWithPathCharacters_IsRejectedAtIt()
    {
        // A '[' in a name is written in the bracket form of System.Text.Json's paths, so that the path stays readable and locatable.
        var error = Break("{ \"en\": \"Share\" }", "{ \"e[n\": \"Share\" }");

        // Line 9: 4 spaces, { (5), space, "id" (7-10), :, space, "share" (13-19), ',' (20), space, "name" (22-27), :, space,
        // { (30), space, "e[n" (32-36), : (37), space (38), "Share" at 39.
        Assert.Equal("$.indicators[0].name['e[n']", error.Path);
        Assert.Equal(
            "$.indicators[0].name['e[n'] (line 9, position 39): found the language code \"e[n\"; expected \"vi\" (Vietnamese) or \"en\" (English).",
            error.Message);
    }

    [Fact]
    public void Parse_LanguageCodeHoldingQuoteBracket_IsRejectedAtItWithTheNameEscaped()
    {
        // The name's own ' is escaped, so that its "']" does not close the brackets: the path names the code, not the object.
        var error = Break("{ \"en\": \"Share\" }", "{ \"e']n\": \"Share\" }");

        // Line 9 as in Parse_LanguageCodeWithPathCharacters_IsRejectedAtIt, the name one character longer: "e']n" (32-37),
        // : (38), space (39), "Share" at 40.
        Assert.Equal(@"$.indicators[0].name['e\']n']", error.Path);
        Assert.Equal(9, error.Line);
        Assert.Equal(40, error.Position);
        Assert.Equal(
            @"$.indicators[0].name['e\']n'] (line 9, position 40): found the language code ""e']n""; expected ""vi"" (Vietnamese) or ""en"" (English).",
            error.Message);
    }

    [Fact]
    public void Parse_TextOfWrongKindUnderNameHoldingQuoteBracket_IsRejectedAtTheValue()
    {
        // System.Text.Json's own path, $.indicators[0].name['e']n'], does not escape the name; the error names it escaped
        // and is located at the number: "e']n" (32-37), : (38), space (39), 5 at 40.
        var error = Break("{ \"en\": \"Share\" }", "{ \"e']n\": 5 }");

        Assert.Equal(@"$.indicators[0].name['e\']n']", error.Path);
        Assert.Equal(9, error.Line);
        Assert.Equal(40, error.Position);
        Assert.Contains("found the number 5; expected a string.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnyByteReplacedOrInserted_FailsOnlyWithAWorkbookException()
    {
        // Every malformed input is a WorkbookException that says where, once: no other exception escapes (an
        // InvalidOperationException of the JSON reader, a FormatException of a path) and no message repeats its place.
        var valid = System.Text.Encoding.UTF8.GetBytes(Valid);
        byte[] bytes = [0xC3, 0xFF, 0x80, 0x00, (byte)'\\', (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'.', (byte)'\'', (byte)'u', (byte)'1', (byte)' '];
        var escaped = new List<string>();
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var b in bytes)
            {
                var replaced = (byte[])valid.Clone();
                replaced[i] = b;
                byte[] inserted = [.. valid.AsSpan(0, i), b, .. valid.AsSpan(i)];
                foreach (var text in new[] { replaced, inserted })
                {
                    try
                    {
                        _ = WorkbookSerializer.Read(new MemoryStream(text));
                    }
                    catch (WorkbookException exception) when (exception.Line >= 1 && exception.Position >= 1
                        && exception.Message.IndexOf("(line ", StringComparison.Ordinal) == exception.Message.LastIndexOf("(line ", StringComparison.Ordinal))
                    {
                    }
                    catch (Exception exception)
                    {
                        escaped.Add($"byte {i} -> 0x{b:X2}: {exception.GetType().Name}: {exception.Message}");
                    }
                }
            }
        }

        Assert.Empty(escaped);
    }

    [Theory]
    [InlineData("0000-01-01", "year 0")]
    [InlineData("-0001-01-01", "year -1")]
    public void Parse_DateBeforeYearOne_IsRejectedAtItsPath(string date, string year)
    {
        // Reporting periods run from year 1 to 9999; an as-of date outside them cannot be written back as yyyy-MM-dd.
        var error = Break("\"asOf\": \"2024-07-10\"", $"\"asOf\": \"{date}\"");

        Assert.Equal("$.asOf", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Contains($"received {year}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadDate_IsRejected()
    {
        var error = Break("\"asOf\": \"2024-07-10\"", "\"asOf\": \"10/07/2024\"");

        Assert.Equal("$.asOf", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Contains("found the string \"10/07/2024\"; expected an ISO date yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DomainRuleBroken_IsReportedAtTheElement()
    {
        // A currency indicator needs its ISO 4217 code (Indicator's constructor rule).
        var error = Break("\"unit\": \"percent\"", "\"unit\": \"currency\"");

        Assert.StartsWith("$.indicators[0]", error.Path, StringComparison.Ordinal);
        Assert.Equal(9, error.Line);
        Assert.Contains("ISO 4217", error.Message, StringComparison.Ordinal);
    }

    private static WorkbookException Break(string original, string replacement)
    {
        var json = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        return Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(json));
    }
}
