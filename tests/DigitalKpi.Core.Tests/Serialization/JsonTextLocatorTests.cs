using System.Text;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Core.Tests.Serialization;

public class JsonTextLocatorTests
{
    // Offsets counted by hand: { (0) "a" (1-3) : (4) [ (5) 1 (6) , (7) { (8) "b" (9-11) : (12) 2 (13) } (14) ] (15) , (16) "c" (17-19) : (20) null (21-24) } (25)
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("{\"a\":[1,{\"b\":2}],\"c\":null}");

    [Theory]
    [InlineData("$", 0, true)]
    [InlineData("$.a", 5, true)]
    [InlineData("$.a[0]", 6, true)]
    [InlineData("$.a[1]", 8, true)]
    [InlineData("$.a[1].b", 13, true)]
    [InlineData("$['a'][1]['b']", 13, true)]
    [InlineData("$.c", 21, true)]
    [InlineData("$.a[1].missing", 8, false)]
    [InlineData("$.a[5]", 5, false)]
    [InlineData("$.nothing.deeper", 0, false)]
    public void FindOffset_Path_FindsValueOrDeepestAncestor(string path, int offset, bool exists)
    {
        Assert.Equal(offset, JsonTextLocator.FindOffset(Json, path));
        Assert.Equal(exists, JsonTextLocator.Exists(Json, path));
    }

    [Fact]
    public void FindPropertyName_Property_FindsTheName()
        => Assert.Equal(9, JsonTextLocator.FindPropertyName(Json, ["a", 1, "b"]));

    // Bytes of "{\n\"ạ\": 1,\n\"b\": 2}": { 0, \n 1 | " 2, ạ 3-5 (three bytes, one character), " 6, : 7,
    // space 8, 1 9, ',' 10, \n 11 | " 12, b 13, " 14, : 15, space 16, 2 17, } 18.
    private static readonly byte[] Lines = Encoding.UTF8.GetBytes("{\n\"ạ\": 1,\n\"b\": 2}");

    [Theory]
    [InlineData(0, 1, 1, 0, 0)]
    [InlineData(2, 2, 1, 1, 0)]
    [InlineData(7, 2, 4, 1, 5)]
    [InlineData(9, 2, 6, 1, 7)]
    [InlineData(13, 3, 2, 2, 1)]
    public void PositionOf_Offset_GivesOneBasedCharactersAndZeroBasedBytes(int offset, int line, int column, long lineIndex, long bytes)
    {
        var position = JsonTextLocator.PositionOf(Lines, offset);

        Assert.Equal(line, position.Line);
        Assert.Equal(column, position.Column);
        Assert.Equal(lineIndex, position.LineIndex);
        Assert.Equal(bytes, position.BytePositionInLine);
    }

    [Fact]
    public void OffsetOf_LineAndBytePosition_IsTheInverseOfPositionOf()
        => Assert.Equal(9, JsonTextLocator.OffsetOf(Lines, 1, 7));
}
