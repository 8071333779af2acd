using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class LinearTrendModelTests
{
    private static readonly TimedSeries Yearly = new([2019.0, 2020, 2021, 2022, 2023], [2.1, 3.9, 6.2, 7.8, 10.1]);

    // R: fit <- lm(y ~ t), t <- 2019:2023, y <- c(2.1, 3.9, 6.2, 7.8, 10.1)
    //    predict(fit, data.frame(t = c(2024, 2025, 2026)), interval = "prediction", level = 0.8 / 0.95); tolerance 1e-8.
    [Theory]
    [InlineData(2024, 80, 11.541784346605452, 12.438215653394112)]
    [InlineData(2025, 80, 13.462445143715581, 14.497554856284456)]
    [InlineData(2026, 80, 15.375053061107074, 16.564946938893435)]
    [InlineData(2024, 95, 11.119032411623838, 12.860967588375726)]
    [InlineData(2025, 95, 12.974293256791443, 14.985706743208594)]
    [InlineData(2026, 95, 14.813905837167523, 17.126094162832985)]
    public void Forecast_FivePoints_MatchesRPredictLm(double time, double level, double lower, double upper)
    {
        var f = new LinearTrendModel().Fit(Yearly).Forecast(time);
        var i = f.Interval(new PredictionLevel(level));
        Assert.Equal(lower, i.Lower, 1e-8);
        Assert.Equal(upper, i.Upper, 1e-8);
        Assert.Equal((lower + upper) / 2, f.Mean, 1e-8);
    }

    [Fact]
    public void Fit_FivePoints_MatchesRSummaryLm()
    {
        // R: summary(fit)$coefficients, summary(fit)$sigma^2, logLik(fit) = 2.5162182263657691 (df = 3).
        // AICc = AIC + 2*3*4/(5-3-1) = 0.96756354726846183 + 24.
        var fit = new LinearTrendModel().Fit(Yearly);
        Assert.Equal(-4015.7700000004838330, fit.Parameters[0].Estimate, 1e-6);
        Assert.Equal(120.697335098933294262, fit.Parameters[0].StandardError!.Value, 1e-6);
        Assert.Equal(1.9900000000002389, fit.Parameters[1].Estimate, 1e-9);
        Assert.Equal(0.059721576223863988, fit.Parameters[1].StandardError!.Value, 1e-10);
        Assert.Equal(0.035666666666619523, fit.Sigma2, 1e-10);
        Assert.Equal(3, fit.DegreesOfFreedom);
        Assert.Equal(2.5162182263657691, fit.LogLikelihood!.Value, 1e-9);
        Assert.Equal(0.96756354726846183 + 24, fit.Aicc!.Value, 1e-8);
        Assert.False(fit.UsesReferenceVariance);
    }

    [Fact]
    public void Forecast_IrregularTimes_MatchesRPredictLm()
    {
        // R: ti <- c(2020, 2020.5, 2021.25, 2022, 2023.5); yi <- c(10, 12.5, 13, 16, 19)
        //    predict(lm(yi ~ ti), data.frame(ti = c(2024, 2026)), interval = "prediction", level = 0.95); tolerance 1e-8.
        var s = new TimedSeries([2020, 2020.5, 2021.25, 2022, 2023.5], [10.0, 12.5, 13, 16, 19]);
        var f = new LinearTrendModel().Forecast(s, [2024, 2026]);
        Assert.Equal(17.198395663218331, f[0].Interval(PredictionLevel.NinetyFive).Lower, 1e-8);
        Assert.Equal(23.684054667906015, f[0].Interval(PredictionLevel.NinetyFive).Upper, 1e-8);
        Assert.Equal(20.930182342887246, f[1].Interval(PredictionLevel.NinetyFive).Lower, 1e-8);
        Assert.Equal(29.899287855788817, f[1].Interval(PredictionLevel.NinetyFive).Upper, 1e-8);
    }

    [Fact]
    public void Forecast_ThreePoints_IsStudentTWithOneDegreeOfFreedomAsR()
    {
        // R: tt <- 2019:2021; yy <- c(2.1, 3.9, 6.2)
        //    predict(lm(yy ~ tt), data.frame(tt = 2024), interval = "prediction", level = 0.95); tolerance 1e-8.
        var s = new TimedSeries([2019.0, 2020, 2021], [2.1, 3.9, 6.2]);
        var f = new LinearTrendModel().Fit(s).Forecast(2024);
        Assert.IsType<StudentTForecast>(f);
        Assert.Equal(4.3429558651926827, f.Interval(PredictionLevel.NinetyFive).Lower, 1e-8);
        Assert.Equal(20.190377468145623, f.Interval(PredictionLevel.NinetyFive).Upper, 1e-8);
    }

    [Fact]
    public void Forecast_TwoPoints_UsesReferenceSigmaWithLeverage()
    {
        // Line through (2022, 40) and (2023, 50); reference s = 0.1 * mean|y| = 4.5; at 2025: t̄ = 2022.5, Sxx = 0.5,
        // se = 4.5 * sqrt(1 + 1/2 + 2.5^2/0.5) = 4.5 * sqrt(14), normal; centre 70.
        var s = new TimedSeries([2022.0, 2023], [40.0, 50]);
        var fit = new LinearTrendModel().Fit(s);
        var f = fit.Forecast(2025);
        Assert.True(fit.UsesReferenceVariance);
        Assert.Null(fit.Aicc);
        var n = Assert.IsType<NormalForecast>(f);
        Assert.Equal(70, n.Mean, 1e-9);
        Assert.Equal(4.5 * Math.Sqrt(14), n.Sigma, 1e-9);
    }

    [Fact]
    public void Forecast_OnePoint_FlatWithReferenceRandomWalk()
    {
        // One point 40 at 2023: flat at 40, sd = 0.1 * 40 * sqrt(2) two years later.
        var f = new LinearTrendModel().Fit(new TimedSeries([2023.0], [40.0])).Forecast(2025);
        var n = Assert.IsType<NormalForecast>(f);
        Assert.Equal(40, n.Mean);
        Assert.Equal(4 * Math.Sqrt(2), n.Sigma, 1e-12);
    }

    [Fact]
    public void Forecast_ExactLine_UsesReferenceNotZeroWidth()
    {
        var s = new TimedSeries([2020.0, 2021, 2022, 2023], [1.0, 2, 3, 4]);
        var fit = new LinearTrendModel().Fit(s);
        Assert.True(fit.UsesReferenceVariance);
        Assert.True(fit.Forecast(2024).Interval(PredictionLevel.Eighty).Width > 0.1);
    }

    [Fact]
    public void Forecast_AtLastObservation_Throws()
    {
        var fit = new LinearTrendModel().Fit(Yearly);
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.Forecast(2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.Forecast([2024, 2020]));
    }

    [Fact]
    public void Fit_EmptySeries_ThrowsForecastException()
        => Assert.Throws<ForecastException>(() => new LinearTrendModel().Fit(new TimedSeries([], [])));

    [Fact]
    public void Forecast_Shortcut_EqualsFitThenForecastInInputOrder()
    {
        var model = new LinearTrendModel();
        var direct = model.Forecast(Yearly, [2026, 2024]);
        var viaFit = model.Fit(Yearly).Forecast([2026, 2024]);
        Assert.Equal(2026, direct[0].Time);
        Assert.Equal(2024, direct[1].Time);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(viaFit[i].Interval(PredictionLevel.NinetyFive), direct[i].Interval(PredictionLevel.NinetyFive));
        }
    }
}
