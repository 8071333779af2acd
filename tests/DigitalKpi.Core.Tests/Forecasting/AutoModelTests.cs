using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class AutoModelTests
{
    [Fact]
    public void Forecast_OnePoint_FlatWithReferenceSpread()
    {
        // One value 200: mean 200; reference sd 10% of the level per sqrt(year): 0.1 * 200 * sqrt(4) = 40 four years on.
        var series = new TimedSeries([2024.0], [200.0]);
        var fit = AutoModel.Default.Fit(series);
        var f = fit.Forecast(2028.0);
        Assert.True(fit.UsesReferenceVariance);
        Assert.Equal(200, f.Mean, 9);
        Assert.Equal(40, f.StandardDeviation!.Value, 9);
    }

    [Fact]
    public void Forecast_TwoPoints_ContinuesTheSlopeWithSlopeUncertainty()
    {
        // 100 in 2022, 110 in 2024: slope 5 a year, so 125 in 2027 (3 years on). Reference sigma 0.1 * mean|y| = 10.5 per sqrt(year);
        // variance 10.5^2 * 3 * (1 + 3 / 2) by the random walk with drift formula sigma^2 d (1 + d / T), T = 2.
        var series = new TimedSeries([2022.0, 2024.0], [100.0, 110.0]);
        var f = AutoModel.Default.Fit(series).Forecast(2027.0);
        Assert.Equal(125, f.Mean, 9);
        Assert.Equal(Math.Sqrt(10.5 * 10.5 * 3 * 2.5), f.StandardDeviation!.Value, 9);
    }

    [Fact]
    public void Fit_IrregularLongSeries_UsesDriftInYears()
    {
        // Irregular spacing: slope from first to last point, (30 - 10) / (2024 - 2016) = 2.5 a year.
        var series = new TimedSeries([2016.0, 2017, 2019, 2020, 2023, 2024], [10.0, 13, 16, 20, 26, 30]);
        var f = AutoModel.Default.Fit(series).Forecast(2026.0);
        Assert.Equal(35, f.Mean, 9);
    }

    [Fact]
    public void Forecast_LongNonSeasonal_IsMeanOfThetaDampedAndSesWithDrift()
    {
        // Without seasonality the combination's mean is the plain average of the Theta, damped-trend and
        // SES-with-drift (Holt with beta fixed at 0) forecasts, each fitted through the public models.
        var values = new double[] { 12, 15, 14, 18, 21, 20, 24, 27, 26, 30, 31, 35, 34, 38, 41, 40 };
        var series = TimedSeries.Regular(values, 1, 2008);
        var times = new[] { series.LastTime + 1, series.LastTime + 4 };
        var auto = AutoModel.Default.Forecast(series, times);
        var theta = ThetaModel.Default.Forecast(series, times);
        var damped = ExponentialSmoothingModel.Damped.Forecast(series, times);
        var drift = new ExponentialSmoothingModel(EtsTrend.Additive, beta: 0).Forecast(series, times);
        for (var i = 0; i < times.Length; i++)
        {
            Assert.Equal((theta[i].Mean + damped[i].Mean + drift[i].Mean) / 3, auto[i].Mean, 9);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(40)]
    public void Forecast_AnyLength_GivesFiniteOrderedIntervals(int n)
    {
        var values = Enumerable.Range(0, n).Select(t => 50 + (3.0 * t) + (t % 4 == 0 ? 5 : 0)).ToArray();
        var series = TimedSeries.Regular(values, 4, 2010);
        var forecasts = AutoModel.Default.Forecast(series, [series.LastTime + 0.25, series.LastTime + 2]);
        foreach (var f in forecasts)
        {
            var i80 = f.Interval(PredictionLevel.Eighty);
            var i95 = f.Interval(PredictionLevel.NinetyFive);
            Assert.True(double.IsFinite(f.Mean));
            Assert.True(i95.Lower < i80.Lower && i80.Lower < f.Mean && f.Mean < i80.Upper && i80.Upper < i95.Upper);
        }
    }

    [Fact]
    public void Name_IsAuto() => Assert.Equal("auto", AutoModel.Default.Name);
}
