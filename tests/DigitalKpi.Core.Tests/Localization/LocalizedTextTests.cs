using System.Globalization;
using DigitalKpi.Core.Localization;

namespace DigitalKpi.Core.Tests.Localization;

public class LocalizedTextTests
{
    [Theory]
    [InlineData("vi", "Việt Nam")]
    [InlineData("vi-VN", "Việt Nam")]
    [InlineData("en", "Viet Nam")]
    [InlineData("en-GB", "Viet Nam")]
    [InlineData("fr-FR", "Viet Nam")]
    [InlineData("", "Viet Nam")]
    public void Get_BothPresent_PicksByLanguage(string culture, string expected)
        => Assert.Equal(expected, new LocalizedText("Việt Nam", "Viet Nam").Get(new CultureInfo(culture)));

    [Fact]
    public void Get_OneMissing_FallsBackToTheOther()
    {
        var viOnly = new LocalizedText("Hải Dương", null);
        var enOnly = new LocalizedText("  ", "Share online");
        Assert.Equal("Hải Dương", viOnly.Get(new CultureInfo("en")));
        Assert.Equal("Share online", enOnly.Get(new CultureInfo("vi-VN")));
        Assert.Null(enOnly.Vi);
        Assert.Equal("Hải Dương", viOnly.ToString());
        Assert.Equal("Share online", enOnly.Get(null));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", " ")]
    [InlineData("\t", null)]
    public void Constructor_BothBlank_ThrowsNamingTheRule(string? vi, string? en)
    {
        var ex = Assert.Throws<ArgumentException>(() => new LocalizedText(vi, en));
        Assert.Contains("non-blank Vietnamese (vi) or English (en)", ex.Message);
    }

    [Fact]
    public void Equality_IsOrdinalOnBothTexts()
    {
        Assert.Equal(new LocalizedText("a", "b"), new LocalizedText("a", "b"));
        Assert.Equal(new LocalizedText("a", "b").GetHashCode(), new LocalizedText("a", "b").GetHashCode());
        Assert.NotEqual(new LocalizedText("a", "b"), new LocalizedText("A", "b"));
        Assert.NotEqual(new LocalizedText("a", null), new LocalizedText("a", "b"));
    }
}
