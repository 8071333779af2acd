using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class ThetaModelTests
{
    [Fact]
    public void Forecast_N647_MatchesRThetaf()
    {
        // R 4.2.2, forecast 8.20: thetaf(ts(N647, frequency = 4, start = c(1984, 1)), h = 8)$mean.
        // The SES inside is fitted by our own optimiser, hence 1e-5 relative (1e-6 with R's SES parameters fixed: ThetaEngineTests).
        double[] expected =
        [
            3699.18281018821, 3684.78527806283, 3724.27266263007, 3739.55596870283,
            3810.60872623228, 3794.94794155385, 3834.78984303884, 3849.70948185370,
        ];
        var series = TimedSeries.Regular(M3Samples.N647, 4, 1984);
        var times = Enumerable.Range(1, 8).Select(k => series.LastTime + (k / 4.0)).ToArray();
        var forecasts = ThetaModel.Default.Forecast(series, times);
        for (var h = 0; h < 8; h++)
        {
            Assert.True(Math.Abs(forecasts[h].Mean - expected[h]) <= 1e-5 * expected[h], $"h={h + 1}: {forecasts[h].Mean:R}");
        }
    }

    [Fact]
    public void Forecast_StraightLine_ContinuesHalfTheSlope()
    {
        // y = 10 + 2t: SES with alpha -> 1 tracks the last value 48 (t = 19), drift b/2 = 1 per step, and
        // (1 - (1 - alpha)^n) / alpha -> 1, so the h-step mean is 48 + 1 * (h - 1 + 1) = 48 + h.
        var values = Enumerable.Range(0, 20).Select(t => 10 + (2.0 * t)).ToArray();
        var series = TimedSeries.Regular(values, 1, 2000);
        var fit = ThetaModel.Default.Fit(series);
        Assert.Equal(51, fit.Forecast(series.LastTime + 3).Mean, 3);
    }

    [Fact]
    public void Fit_IrregularSeries_ThrowsForecastException()
    {
        var series = new TimedSeries([2020, 2021, 2023, 2024], [1, 2, 3, 4]);
        Assert.Throws<ForecastException>(() => ThetaModel.Default.Fit(series));
    }

    [Fact]
    public void Fit_TwoPoints_ThrowsForecastException()
    {
        Assert.Throws<ForecastException>(() => ThetaModel.Default.Fit(TimedSeries.Regular([1.0, 2], 1, 2020)));
    }

    [Fact]
    public void Fit_ReportsAlphaLevelAndDrift()
    {
        var fit = ThetaModel.Default.Fit(TimedSeries.Regular(M3Samples.N647, 4, 1984));
        Assert.Equal(["alpha", "level0", "drift"], fit.Parameters.Select(p => p.Name));

        // R: lsfit(0:35, seasadj(decompose(y, "multiplicative")))$coefficients[2] / 2 = 27.6412045684208
        Assert.Equal(27.6412045684208, fit.Parameters[2].Estimate, 9);
        Assert.Null(fit.Aicc);
    }
}
