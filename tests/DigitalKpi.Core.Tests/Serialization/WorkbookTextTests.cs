using System.Text;
using System.Text.Json;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Core.Tests.Serialization;

/// <summary>
/// Errors found while the workbook text is read (before the domain is built): each must name the
/// JSON path, the 1-based line and position an editor shows, what was found and what was expected.
/// Positions are counted by hand on the raw string literals (line 1 is the opening brace).
/// </summary>
public class WorkbookTextTests
{
    [Fact]
    public void Read_QuotedNaN_NamesPathLineAndExpectedNumber()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "value": "NaN" } ]
            }
            """;

        // Line 3: two spaces, "observations": (15 chars, columns 3-17), space, [ (19), space, { (21),
        // space, "value" (23-29), : (30), space, "NaN" starts at column 32.
        var error = Read(json);

        Assert.Equal("$.observations[0].value", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(32, error.Position);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(31, error.BytePositionInLine);
        Assert.StartsWith("$.observations[0].value (line 3, position 32): found the string \"NaN\"; expected a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_SaysMalformedWithPathReached()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "value": 1, } ]
            }
            """;

        // The reader stops at the '}' after the trailing comma: line 3, column 35 (0-based byte 34).
        var error = Read(json);

        Assert.Equal("$.observations[0].value", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(35, error.Position);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("trailing comma", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyText_IsMalformedAtFirstPosition()
    {
        var error = Read(string.Empty);

        Assert.Equal("$", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(1, error.Position);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_ListsTheAllowedNames()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "valeu": 1 } ]
            }
            """;

        var error = Read(json);

        Assert.Equal("$.observations[0].valeu", error.Path);
        Assert.Equal(3, error.Line);

        // The property name itself: two spaces, "observations": (3-17), space, [ (19), space, { (21), space, "valeu" at 23.
        Assert.Equal(23, error.Position);
        Assert.Contains("unknown property \"valeu\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("indicator, scope, period, value, quality, numerator, denominator, source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PropertyTwice_IsRejected()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "value": 1, "value": 2 } ]
            }
            """;

        var error = Read(json);

        // The second "value": two spaces, "observations": (3-17), space, [ (19), space, { (21), space,
        // "value" (23-29), : (30), space, 1 (32), ',' (33), space, second "value" at 35.
        Assert.Equal("$.observations[0].value", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(35, error.Position);
        Assert.Contains("found the property \"value\" a second time in one object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": \"1\" }", "$.schemaVersion", 20, "found the string \"1\"; expected a whole number")]
    [InlineData("{ \"tasks\": [ { \"done\": \"yes\" } ] }", "$.tasks[0].done", 24, "found the string \"yes\"; expected true or false")]
    [InlineData("{ \"scopes\": [ { \"name\": \"VN\" } ] }", "$.scopes[0].name", 25, "found the string \"VN\"; expected an object of texts by language code")]
    [InlineData("{ \"scopes\": [ { \"name\": { \"vi\": 3 } } ] }", "$.scopes[0].name.vi", 33, "found the number 3; expected a string")]
    [InlineData("{ \"indicators\": [ { \"bounds\": 5 } ] }", "$.indicators[0].bounds", 31, "found the number 5; expected an array of numbers")]
    [InlineData("[]", "$", 1, "found an array; expected a workbook object")]
    [InlineData("null", "$", 1, "found null; expected a workbook object")]
    public void Read_WrongKindOfValue_SaysFoundAndExpected(string json, string path, int position, string problem)
    {
        var error = Read(json);

        Assert.Equal(path, error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(position, error.Position);
        Assert.Contains($"{path} (line 1, position {position}): {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_VietnameseTextBeforeError_CountsCharactersNotBytes()
    {
        // "Chương" has 6 characters but 8 UTF-8 bytes (ư and ơ take 2 bytes each): the editor
        // position counts characters, BytePositionInLine counts bytes.
        const string json = "{ \"name\": \"Chương\", \"schemaVersion\": \"x\" }";

        var error = Read(json);

        // { (1) space (2) "name" (3-8) : (9) space (10) "Chương" (11-18) , (19) space (20)
        // "schemaVersion" (21-35) : (36) space (37) "x" at 38; 37 characters before it are 39 bytes.
        Assert.Equal(38, error.Position);
        Assert.Equal(39, error.BytePositionInLine);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ \"schemaVersion\": \"1\" }")).ToArray();

        var error = Assert.Throws<WorkbookException>(() => WorkbookText.ReadDto(WorkbookText.WithoutBom(bytes).Span));

        Assert.Equal(20, error.Position);
    }

    [Fact]
    public void Read_UnpairedSurrogateEscape_IsMalformed()
    {
        // { (1) space (2) "name" (3-8) : (9) space (10) the string starts at 11.
        var error = Read("{ \"name\": \"a\\uD800b\" }");

        Assert.Equal("$.name", error.Path);
        Assert.Equal(11, error.Position);
        Assert.Contains("not valid Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LoneSurrogateCharInString_IsRejectedAtTheCharacter()
    {
        // A real lone surrogate char (not the escape text): UTF-8 cannot hold it, and replacing it with U+FFFD would change the name.
        // { (1) space (2) "schemaVersion" (3-17) : (18) space (19) 1 (20) , (21) space (22) "name" (23-28) : (29) space (30)
        // " (31) T (32): the surrogate is at position 33.
        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse("{ \"schemaVersion\": 1, \"name\": \"T\uD800\" }"));

        Assert.Equal("$.name", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(33, error.Position);
        Assert.Contains("unpaired UTF-16 surrogate U+D800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LoneLowSurrogateInNestedPropertyName_IsRejectedAtItsLineAndPosition()
    {
        // Line 3: two spaces, "observations" (3-16) : (17) space (18) [ (19) space (20) { (21) space (22) " (23) a (24) then
        // "ệ" (25), a non-ASCII letter counted as one character: the surrogate is at position 26.
        // A name that is not text cannot be part of a path: the path is the object's.
        const string json = "{\n  \"schemaVersion\": 1,\n  \"observations\": [ { \"a\u1EC7\uDC00\": 1 } ]\n}";

        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(json));

        Assert.Equal("$.observations[0]", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(26, error.Position);
        Assert.Contains("U+DC00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SurrogatePair_IsKeptWhole()
    {
        // U+1F600 as its two UTF-16 chars: a valid pair is text, and must read back unchanged.
        var programme = WorkbookSerializer.Parse("{ \"schemaVersion\": 1, \"name\": \"T\uD83D\uDE00\" }");

        Assert.Equal("T\uD83D\uDE00", programme.Name);
    }

    [Fact]
    public void Read_InvalidUtf8_IsMalformed()
    {
        // {"name":"<C3 28>"}: the string starts at byte 8, column 9.
        byte[] bytes = [.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Throws<WorkbookException>(() => WorkbookText.ReadDto(bytes));

        Assert.Equal("$.name", error.Path);
        Assert.Equal(9, error.Position);
        Assert.Contains("not valid Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnpairedSurrogateEscapeInPropertyName_IsMalformedAtTheName()
    {
        // { (1) space (2) "schemaVersion" (3-17) : (18) space (19) 1 (20) , (21) space (22) the name starts at 23.
        // A name that is not text cannot be part of a path: the path is the object's.
        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse("{ \"schemaVersion\": 1, \"n\\uD800me\": 1 }"));

        Assert.Equal("$", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(23, error.Position);
        Assert.Equal(
            "$ (line 1, position 23): malformed JSON: found a property name that is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape such as \\uD800); expected UTF-8 text.",
            error.Message);
    }

    [Fact]
    public void Read_InvalidUtf8InPropertyName_IsMalformedAtTheName()
    {
        // {"schemaVersion":1,"observations":[{"n<C3 28>":1}]}: { (1) "schemaVersion" (2-16) : (17) 1 (18) , (19)
        // "observations" (20-33) : (34) [ (35) { (36), the name starts at column 37.
        byte[] bytes = [.. "{\"schemaVersion\":1,\"observations\":[{\"n"u8, 0xC3, 0x28, .. "\":1}]}"u8];

        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Read(new MemoryStream(bytes)));

        Assert.Equal("$.observations[0]", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(37, error.Position);
        Assert.StartsWith("$.observations[0] (line 1, position 37): malformed JSON: found a property name that is not valid Unicode", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"n\\qme\": 1 }", "$.schemaVersion", 26, "'q' is an invalid escapable character")]
    [InlineData("{ \"schemaVersion\": 1, \"n\\uZZZZ\": 1 }", "$.schemaVersion", 27, "'Z' is not a hex digit")]
    [InlineData("{ \"schemaVersion\": 1, \"name\": \"a\\qb\" }", "$.name", 34, "'q' is an invalid escapable character")]
    [InlineData("{ \"schemaVersion\": 1, \"name\": \"a\\uZZZZ\" }", "$.name", 35, "'Z' is not a hex digit")]
    public void Parse_InvalidEscape_IsMalformedAtTheBadCharacter(string json, string path, int position, string problem)
    {
        // { (1) space (2) "schemaVersion" (3-17) : (18) space (19) 1 (20) , (21) space (22), then either the name "n\q..."
        // with " at 23, n 24, \ 25, q or u 26, Z 27; or "name" (23-28) : (29) space (30) and the value with " at 31, a 32,
        // \ 33, q or u 34, Z 35. The reader stops at the character that breaks the escape; as for any malformed JSON,
        // the path is the one reached (for a name, the property before it).
        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(json));

        Assert.Equal(path, error.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(position, error.Position);
        Assert.StartsWith($"{path} (line 1, position {position}): malformed JSON: {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InValue_ThroughTheStream_IsMalformed()
    {
        // {"name":"<C3 28>"}: the string starts at byte 8, column 9.
        byte[] bytes = [.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Read(new MemoryStream(bytes)));

        Assert.Equal("$.name", error.Path);
        Assert.Equal(9, error.Position);
        Assert.Contains("not valid Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PropertyTwice_StatesTheLocationOnce()
    {
        // As in Read_PropertyTwice_IsRejected: the second "value" is at line 3, position 35.
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "value": 1, "value": 2 } ]
            }
            """;

        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(json));

        Assert.Equal(
            "$.observations[0].value (line 3, position 35): found the property \"value\" a second time in one object; expected each property once.",
            error.Message);
    }

    [Fact]
    public void Read_PropertyTwiceWithPathCharacters_IsNamedInBrackets()
    {
        // { (1) space (2) "a.b" (3-7) : (8) space (9) 1 (10) , (11) space (12) the second "a.b" at 13.
        var error = Read("{ \"a.b\": 1, \"a.b\": 2 }");

        Assert.Equal("$['a.b']", error.Path);
        Assert.Equal("$['a.b'] (line 1, position 13): found the property \"a.b\" a second time in one object; expected each property once.", error.Message);
    }

    [Fact]
    public void Read_PropertyTwiceHoldingQuoteBracket_IsNamedEscaped()
    {
        // { (1) space (2) "a']b" (3-8) : (9) space (10) 1 (11) , (12) space (13) the second "a']b" at 14.
        var error = Read("{ \"a']b\": 1, \"a']b\": 2 }");

        Assert.Equal(@"$['a\']b']", error.Path);
        Assert.Equal(@"$['a\']b'] (line 1, position 14): found the property ""a']b"" a second time in one object; expected each property once.", error.Message);
    }

    [Fact]
    public void Read_UnknownPropertyHoldingQuoteBracket_IsNamedEscapedAtItsName()
    {
        // Under observations[0]: two spaces, "observations": (3-17), space, [ (19), space, { (21), space, "a']b" at 23.
        const string json = """
            {
              "schemaVersion": 1,
              "observations": [ { "a']b": 1 } ]
            }
            """;

        var error = Read(json);

        Assert.Equal(@"$.observations[0]['a\']b']", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(23, error.Position);
        Assert.StartsWith(@"$.observations[0]['a\']b'] (line 3, position 23): found the unknown property ""a']b""; expected one of: indicator,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StringNotValidUnicode_StatesTheLocationOnce()
    {
        // As in Read_UnpairedSurrogateEscape_IsMalformed: the string starts at position 11.
        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse("{ \"name\": \"a\\uD800b\" }"));

        Assert.Equal(
            "$.name (line 1, position 11): malformed JSON: found a string that is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape such as \\uD800); expected UTF-8 text.",
            error.Message);
    }

    [Fact]
    public void Read_TextAfterTheWorkbook_IsMalformed()
    {
        var error = Read("{ \"schemaVersion\": 1 } {}");

        // { (1) space (2) "schemaVersion" (3-17) : (18) space (19) 1 (20) space (21) } (22) space (23) { at 24.
        Assert.Equal(1, error.Line);
        Assert.Equal(24, error.Position);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookException_IsAJsonException()
    {
        JsonException error = Read("[]");

        Assert.IsType<WorkbookException>(error);
    }

    private static WorkbookException Read(string json)
        => Assert.Throws<WorkbookException>(() => WorkbookText.ReadDto(Encoding.UTF8.GetBytes(json)));
}
