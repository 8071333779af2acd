using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;

namespace DigitalKpi.Core.Tests.Indicators;

public class IndicatorTests
{
    private static readonly LocalizedText Name = new("Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers handled fully online");

    [Fact]
    public void Constructor_Percent_DefaultsToZeroHundredAndHigherIsBetter()
    {
        var i = new Indicator(new IndicatorId("online-dossier-share"), Name, Unit.Percent, Frequency.HalfYear, pillar: "digital-government");
        Assert.Equal(new Bounds(0, 100), i.Bounds);
        Assert.Equal(Polarity.HigherIsBetter, i.Polarity);
        Assert.Equal(TimeAggregation.Stock, i.TimeAggregation);
        Assert.Equal(ScopeAggregation.None, i.ScopeAggregation);
        Assert.Equal("digital-government", i.Pillar);
        Assert.Null(i.Currency);
        Assert.Equal("online-dossier-share", i.ToString());
    }

    [Fact]
    public void Constructor_PercentWithExplicitBounds_KeepsThem()
        => Assert.Equal(new Bounds(0, 300), new Indicator(new IndicatorId("growth"), Name, Unit.Percent, Frequency.Year, bounds: new Bounds(0, 300)).Bounds);

    [Theory]
    [InlineData(Unit.Count)]
    [InlineData(Unit.Index)]
    [InlineData(Unit.Ratio)]
    [InlineData(Unit.Rank)]
    public void Constructor_NonPercentWithoutBounds_IsUnbounded(Unit unit)
        => Assert.Null(new Indicator(new IndicatorId("x"), Name, unit, Frequency.Year).Bounds);

    [Fact]
    public void Constructor_Rank_DefaultsToLowerIsBetter()
    {
        Assert.Equal(Polarity.LowerIsBetter, new Indicator(new IndicatorId("egdi-rank"), Name, Unit.Rank, Frequency.Year).Polarity);
        Assert.Equal(Polarity.LowerIsBetter, new Indicator(new IndicatorId("egdi-rank"), Name, Unit.Rank, Frequency.Year, Polarity.LowerIsBetter).Polarity);
    }

    [Fact]
    public void Constructor_RankHigherIsBetter_ThrowsClearly()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Indicator(new IndicatorId("egdi-rank"), Name, Unit.Rank, Frequency.Year, Polarity.HigherIsBetter));
        Assert.Equal("polarity", ex.ParamName);
        Assert.Contains("rank", ex.Message);
        Assert.Contains("lower-is-better", ex.Message);
    }

    [Fact]
    public void Constructor_Currency_KeepsCode()
        => Assert.Equal("VND", new Indicator(new IndicatorId("revenue"), Name, Unit.Currency, Frequency.Year, currency: "VND").Currency);

    [Theory]
    [InlineData(Unit.Currency, null)]
    [InlineData(Unit.Currency, "vnd")]
    [InlineData(Unit.Currency, "VN")]
    [InlineData(Unit.Currency, "VNDX")]
    [InlineData(Unit.Count, "VND")]
    public void Constructor_CurrencyRuleBroken_ThrowsNamingCurrency(Unit unit, string? currency)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Indicator(new IndicatorId("revenue"), Name, unit, Frequency.Year, currency: currency));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("revenue", ex.Message);
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Indicator(default, Name, Unit.Count, Frequency.Year)).ParamName);

    [Fact]
    public void Constructor_NullName_Throws()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Indicator(new IndicatorId("x"), null!, Unit.Count, Frequency.Year)).ParamName);

    [Fact]
    public void Constructor_DefaultBounds_Throws()
        => Assert.Equal("bounds", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(new IndicatorId("x"), Name, Unit.Index, Frequency.Year, bounds: default(Bounds))).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankPillar_ThrowsNamingPillar(string pillar)
        => Assert.Equal("pillar", Assert.Throws<ArgumentException>(() => new Indicator(new IndicatorId("x"), Name, Unit.Count, Frequency.Year, pillar: pillar)).ParamName);

    [Fact]
    public void Constructor_UndefinedEnums_ThrowNamingTheField()
    {
        var id = new IndicatorId("x");
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(id, Name, (Unit)99, Frequency.Year)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(id, Name, Unit.Count, (Frequency)99)).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(id, Name, Unit.Count, Frequency.Year, (Polarity)9)).ParamName);
        Assert.Equal("timeAggregation", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(id, Name, Unit.Count, Frequency.Year, timeAggregation: (TimeAggregation)9)).ParamName);
        Assert.Equal("scopeAggregation", Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(id, Name, Unit.Count, Frequency.Year, scopeAggregation: (ScopeAggregation)9)).ParamName);
    }
}
