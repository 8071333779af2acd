using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Classification;

public class DestatisWeatherTests
{
    private static readonly DestatisWeather Method = DestatisWeather.Instance;

    [Fact]
    public void Assess_CaseA_Cloud()
    {
        // §1.10 A: average change (0.60 − 0.48)/3 = 0.04/yr, ŷ = 0.60 + 2·0.04 = 0.68, shortfall 0.03/0.11 = 27.3 % → cloud.
        var v = Method.Assess(ProgressCases.ASeries);
        Assert.Equal(0.68, v.ProjectedValue!.Value, 12);
        Assert.Equal(0.272727, v.Shortfall!.Value, 6);
        Assert.Equal("Cloud", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseB_Cloud()
    {
        // §1.10 B: 5/yr, ŷ = 55, shortfall 25/35 = 71.4 % → cloud.
        var v = Method.Assess(ProgressCases.BSeries);
        Assert.Equal(55, v.ProjectedValue!.Value, 12);
        Assert.Equal(0.714286, v.Shortfall!.Value, 6);
        Assert.Equal("destatis.cloud", v.CategoryKey);
    }

    [Fact]
    public void Assess_CaseC_CloudLinear()
    {
        // §1.10 C: 5.75/yr, ŷ = 48.75, shortfall 4.25/10 = 42.5 % → cloud. (The geometric projection 52.07 would give
        // 9.3 % → partly cloudy; Destatis continues linearly.)
        var v = Method.Assess(ProgressCases.CSeries);
        Assert.Equal(48.75, v.ProjectedValue!.Value, 12);
        Assert.Equal(0.425, v.Shortfall!.Value, 12);
        Assert.Equal("Cloud", v.Category);
        Assert.Equal("Partly cloudy", DestatisWeather.Symbol(0.093114, false).Category);
    }

    [Fact]
    public void Assess_TwoPointsOnly_NoSymbolUnlessMinimumLowered()
    {
        // Fewer than four points → no symbol; with the minimum lowered to 2 the §1.10 two-point numbers come back.
        Assert.Equal(Status.NotAssessable, Method.Assess(ProgressCases.A).Status);
        var v = new DestatisWeather(minimumPoints: 2).Assess(ProgressCases.A);
        Assert.Equal(0.272727, v.Shortfall!.Value, 6);
    }

    [Fact]
    public void Assess_LongSeries_UsesLastSixPoints()
    {
        // Eight yearly points; the window is 2017..2022 (six points): change (60 − 10)/5 = 10/yr (the 2015 value 100 is ignored);
        // ŷ2024 = 60 + 2·10 = 80; shortfall (90 − 80)/(90 − 60) = 1/3 → cloud.
        var series = new TimedSeries([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], [100, 0, 10, 20, 30, 40, 50, 60]);
        var v = Method.Assess(ProgressInput.FromSeries(series, 2024, 90));
        Assert.Equal(80, v.ProjectedValue!.Value, 12);
        Assert.Equal(1.0 / 3, v.Shortfall!.Value, 12);
    }

    [Theory]
    // Four points 0..3 ending at 0, target 100 at time 4; slope b gives ŷ = b and shortfall (100 − b)/100.
    // b = 95 → 0.05 exactly → partly cloudy (sun needs < 5 %); b = 96 → 0.04 → sun; b = 80 → 0.2 → partly cloudy (inclusive); b = 79 → cloud.
    [InlineData(96, "destatis.sun", Status.Likely)]
    [InlineData(95, "destatis.partlyCloudy", Status.AtRisk)]
    [InlineData(80, "destatis.partlyCloudy", Status.AtRisk)]
    [InlineData(79, "destatis.cloud", Status.AtRisk)]
    [InlineData(0, "destatis.cloud", Status.AtRisk)]
    [InlineData(-5, "destatis.thunderstorm", Status.AtRisk)]
    public void Assess_Shortfall_SunBelowFivePartlyCloudyToTwenty(double slope, string key, Status status)
    {
        var series = new TimedSeries([0, 1, 2, 3], [-3 * slope, -2 * slope, -slope, 0]);
        var v = Method.Assess(ProgressInput.FromSeries(series, 4, 100));
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void Assess_RankRisingAwayFromTarget_Thunderstorm()
    {
        var series = new TimedSeries([2020, 2021, 2022, 2023], [20, 22, 23, 25]);
        var v = Method.Assess(ProgressInput.FromSeries(series, 2025, 10, Polarity.LowerIsBetter));
        Assert.Equal("Thunderstorm", v.Category);
    }
}
