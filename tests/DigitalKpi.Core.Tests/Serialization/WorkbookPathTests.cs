using System.Text;
using System.Text.Json;
using DigitalKpi.Core.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Serialization;

public class WorkbookPathTests
{
    /// <summary>Names built from the characters of path syntax and its escapes, so that <c>']</c>, <c>\'</c> and the like occur often.</summary>
    private static readonly Gen<string> SyntaxNames = Gen.ArrayOf(Gen.Elements("'", "]", "[", "']", "['", "\\", "\\'", "\\u0027", ".", "\"", " ", "\n", "\t", "\u0001", "\u001f", "u", "a", "ạ", "$", "0"))
        .Select(string.Concat);

    private static readonly Gen<object[]> SyntaxSegments = Gen.ArrayOf(Gen.OneOf(SyntaxNames.Select(name => (object)name), Gen.Choose(0, 1000).Select(index => (object)index)));

    // Written by hand from the rule: the dot form for a plain name; otherwise ['…'] with a backslash before ' and \,
    // and U+0000 to U+001F as \b \t \n \f \r or \u00xx (lowercase hex), as JSONPath's normalized paths (RFC 9535 §2.7).
    [Theory]
    [InlineData("value", "$.value")]
    [InlineData("ạ", "$.ạ")]
    [InlineData("$x", "$.$x")]
    [InlineData("a/b", "$.a/b")]
    [InlineData("", "$['']")]
    [InlineData("e[n", "$['e[n']")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("a b", "$['a b']")]
    [InlineData("a\"b", "$['a\"b']")]
    [InlineData("a']b", @"$['a\']b']")]
    [InlineData("'", @"$['\'']")]
    [InlineData(@"a\b", @"$['a\\b']")]
    [InlineData(@"a\']", @"$['a\\\']']")]
    [InlineData("a\nb\tc\rd\be\ff", @"$['a\nb\tc\rd\be\ff']")]
    [InlineData("\u0001\u001f", @"$['\u0001\u001f']")]
    public void Member_Name_IsDottedOrBracketedWithEscapes(string name, string path)
    {
        Assert.Equal(path, WorkbookPath.Member("$", name));
        Assert.Equal([name], WorkbookPath.Parse(path));
    }

    [Theory]
    [InlineData(@"$['a\']b'][2].c", new object[] { "a']b", 2, "c" })]
    [InlineData(@"$['\u00e9\/\\']", new object[] { "é/\\" })]
    [InlineData("$['a']b']", new object[] { "a" })]
    [InlineData("$['a'].b['c", new object[] { "a", "b" })]
    [InlineData(@"$['a\x']", new object[] { })]
    [InlineData(@"$['a\u00']", new object[] { })]
    public void Parse_Path_UndoesEscapesAndStopsAtWhatItCannotRead(string path, object[] segments)
        => Assert.Equal(segments, WorkbookPath.Parse(path));

    [Property]
    public bool Parse_FormattedArbitraryNames_GivesTheSegmentsBack(NonNull<string>[] names, NonNegativeInt[] indices)
    {
        var segments = new List<object>();
        for (var i = 0; i < Math.Max(names.Length, indices.Length); i++)
        {
            if (i < names.Length)
            {
                segments.Add(names[i].Get);
            }

            if (i < indices.Length)
            {
                segments.Add(indices[i].Get);
            }
        }

        return WorkbookPath.Parse(WorkbookPath.Format(segments)).SequenceEqual(segments);
    }

    [Property]
    public Property Parse_FormattedNamesOfPathSyntax_GivesTheSegmentsBack()
        => Prop.ForAll(SyntaxSegments.ToArbitrary(), segments => WorkbookPath.Parse(WorkbookPath.Format(segments)).SequenceEqual(segments));

    [Property]
    public Property FindOffset_MemberOfAnyName_IsItsValue()
        => Prop.ForAll(SyntaxNames.ToArbitrary(), name =>
        {
            // {"x":1,"<name>":7}: the value 7 is the last byte but the closing brace, whatever the name's escapes.
            var json = Object(("x", 1), (name, 7));
            var path = WorkbookPath.Member("$", name);
            return name == "x" || (JsonTextLocator.FindOffset(json, path) == json.Length - 2 && JsonTextLocator.Exists(json, path));
        });

    [Property]
    public Property SerializerPathSegments_SystemTextJsonPathOfAnyName_IsThatName()
        => Prop.ForAll(SyntaxNames.ToArbitrary(), name =>
        {
            // System.Text.Json's own path of the string it cannot read as a number, "$['a']b']" for the name a']b, is the oracle.
            var json = Encoding.UTF8.GetBytes("{\"x\":1," + JsonSerializer.Serialize(name) + ":\"s\"}");
            var path = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, int>>(json)).Path!;
            return name == "x" || JsonTextLocator.SerializerPathSegments(json, path).SequenceEqual([name]);
        });

    [Fact]
    public void FindOffset_NameHoldingQuoteBracket_IsTheValueNotTheObject()
    {
        // {"a":{"b']c":5}}: { 0, "a" 1-3, : 4, { 5, "b']c" 6-11, : 12, 5 at 13.
        var json = Encoding.UTF8.GetBytes("{\"a\":{\"b']c\":5}}");

        Assert.Equal(13, JsonTextLocator.FindOffset(json, @"$.a['b\']c']"));
        Assert.Equal(6, JsonTextLocator.FindPropertyName(json, WorkbookPath.Parse(@"$.a['b\']c']")));
    }

    private static byte[] Object(params (string Name, int Value)[] properties)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WriteNumber(name, value);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
