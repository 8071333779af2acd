using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;

namespace DigitalKpi.Core.Tests.Indicators;

/// <summary>IndicatorId, ScopeId and TargetId share one template; each is exercised here.</summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("online-dossier-share")]
    [InlineData("VN-HD")]
    [InlineData("x")]
    [InlineData("tỷ-lệ")]
    public void Constructor_Valid_KeepsTextAndPrintsIt(string text)
    {
        Assert.Equal(text, new IndicatorId(text).Value);
        Assert.Equal(text, new ScopeId(text).ToString());
        Assert.Equal(text, new TargetId(text).Value);
        Assert.False(new IndicatorId(text).IsDefault);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a b")]
    [InlineData("a\tb")]
    [InlineData("ab\n")]
    public void Constructor_BlankOrWithWhiteSpace_ThrowsNamingValue(string? text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorId(text!));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("IndicatorId", ex.Message);
        Assert.Contains("ScopeId", Assert.Throws<ArgumentException>(() => new ScopeId(text!)).Message);
        Assert.Contains("TargetId", Assert.Throws<ArgumentException>(() => new TargetId(text!)).Message);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.True(new IndicatorId("abc") == new IndicatorId("abc"));
        Assert.True(new IndicatorId("abc") != new IndicatorId("ABC"));
        Assert.Equal(new ScopeId("VN").GetHashCode(), new ScopeId("VN").GetHashCode());
        Assert.False(new TargetId("t").Equals((object)new IndicatorId("t")));
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        // Ordinal: 'B' (66) < 'a' (97).
        Assert.True(new IndicatorId("B").CompareTo(new IndicatorId("a")) < 0);
        Assert.True(new ScopeId("VN-HP").CompareTo(new ScopeId("VN-HD")) > 0);
    }

    [Fact]
    public void Default_IsEmptyAndFlagged()
    {
        Assert.True(default(IndicatorId).IsDefault);
        Assert.Equal(string.Empty, default(ScopeId).Value);
        Assert.Equal(string.Empty, default(TargetId).ToString());
        Assert.Equal(default, default(IndicatorId));
    }
}
