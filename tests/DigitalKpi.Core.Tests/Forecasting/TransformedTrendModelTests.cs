using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class TransformedTrendModelTests
{
    private static readonly double[] Years = [2019, 2020, 2021, 2022, 2023];

    // R: yl <- c(100, 115, 128, 150, 170); fl <- lm(log(yl) ~ t)
    //    exp(predict(fl, data.frame(t = c(2024, 2026)), interval = "prediction", level = 0.8 / 0.95)); tolerance 1e-10 relative.
    [Theory]
    [InlineData(2024, 80, 193.98894293151952, 188.46681382962848, 199.67287192379081)]
    [InlineData(2026, 80, 252.95031747122701, 243.43738126294039, 262.83499591085638)]
    [InlineData(2024, 95, 193.98894293151952, 183.40253449506648, 205.18642276833219)]
    [InlineData(2026, 95, 252.95031747122701, 234.79297501748076, 272.51182921478301)]
    public void LogLinearForecast_MatchesRExpOfPredictLm(double time, double level, double median, double lower, double upper)
    {
        var f = new LogLinearTrendModel().Fit(new TimedSeries(Years, [100.0, 115, 128, 150, 170])).Forecast(time);
        var i = f.Interval(new PredictionLevel(level));
        Assert.IsType<TransformedForecast>(f);
        Assert.Equal(median, f.Median, median * 1e-10);
        Assert.Equal(lower, i.Lower, lower * 1e-10);
        Assert.Equal(upper, i.Upper, upper * 1e-10);
    }

    // Irregular times: the trend models work in continuous time, so unequal spacing is an ordinary regression.
    // R: t <- c(2016, 2018.5, 2019, 2021.25, 2024)
    //    exp(predict(lm(log(c(100, 131, 140, 171, 240)) ~ t), data.frame(t = 2026.5), interval = "prediction", level = 0.8))
    //    100 * plogis(predict(lm(qlogis(c(20, 31, 35, 52, 70) / 100) ~ t), data.frame(t = 2026.5), interval = "prediction", level = 0.8))
    //    tolerance 1e-8 relative.
    [Theory]
    [InlineData("log-linear", 100.0, 131, 140, 171, 240, 310.03271613814525, 294.49269973278604, 326.39276003518057)]
    [InlineData("saturating", 20.0, 31, 35, 52, 70, 82.415085380666667, 80.18713845666484, 84.441111922458077)]
    public void Forecast_IrregularTimes_MatchesRPredictLm(string name, double y1, double y2, double y3, double y4, double y5, double median, double lower, double upper)
    {
        ForecastModel model = name == "log-linear" ? new LogLinearTrendModel() : new SaturatingTrendModel(0, 100);
        var series = new TimedSeries([2016, 2018.5, 2019, 2021.25, 2024], [y1, y2, y3, y4, y5]);
        Assert.False(series.IsRegular);
        var f = model.Fit(series).Forecast(2026.5);
        var i = f.Interval(PredictionLevel.Eighty);
        Assert.Equal(median, f.Median, median * 1e-8);
        Assert.Equal(lower, i.Lower, lower * 1e-8);
        Assert.Equal(upper, i.Upper, upper * 1e-8);
    }

    // R: the same fl; the time where exp of the 95% upper bound reaches .Machine$double.xmax,
    //    uniroot(function(x) predict(fl, data.frame(t = x), interval = "prediction", level = 0.95)[, "upr"] -
    //    log(.Machine$double.xmax), c(2100, 1e6), tol = 1e-10)$root = 6884.4185529302; a year earlier the upper bound is
    //    exp(709.637771025) = 1.5551350384749691e308. For the same values reversed (a decline) the lower bound falls below
    //    the smallest normal double, 2.2250738585072014e-308, at 6942.0494658049.
    [Fact]
    public void LogLinearForecast_BeyondDoubleRange_RefusedNamingTheTime()
    {
        var growth = new LogLinearTrendModel().Fit(new TimedSeries(Years, [100.0, 115, 128, 150, 170]));
        var inside = growth.Forecast(6883.4185529302).Interval(PredictionLevel.NinetyFive);
        Assert.Equal(1.5551350384749691e308, inside.Upper, 1e-6 * 1.5551350384749691e308);
        Assert.True(inside.Upper > inside.Lower);

        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => growth.Forecast(6885.4185529302)).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => growth.Forecast([2030.0, 6885.4185529302])).ParamName);
        var project = Assert.Throws<ArgumentOutOfRangeException>(
            () => TrendForecaster.Project(new LogLinearTrendModel(), Years, [100.0, 115, 128, 150, 170], 6885.4185529302));
        Assert.Equal("time", project.ParamName);
        Assert.True(TrendForecaster.Project(new LogLinearTrendModel(), Years, [100.0, 115, 128, 150, 170], 6883.4185529302).Median > 0);

        var decline = new LogLinearTrendModel().Fit(new TimedSeries(Years, [170.0, 150, 128, 115, 100]));
        Assert.True(decline.Forecast(6941.0494658049).Interval(PredictionLevel.NinetyFive).Lower > 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => decline.Forecast(6943.0494658049));
    }

    [Fact]
    public void LogLinearFit_LogLikelihoodIncludesJacobian()
    {
        // R: logLik(fl) - sum(log(yl)) = -8.1215880130254625; tolerance 1e-9.
        var fit = new LogLinearTrendModel().Fit(new TimedSeries(Years, [100.0, 115, 128, 150, 170]));
        Assert.Equal(-8.1215880130254625, fit.LogLikelihood!.Value, 1e-9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    public void LogLinearFit_NonPositiveValue_ThrowsForecastException(double bad)
    {
        var ex = Assert.Throws<ForecastException>(() => new LogLinearTrendModel().Fit(new TimedSeries([2022.0, 2023], [5.0, bad])));
        Assert.Contains("greater than 0", ex.Message);
    }

    // R: ys <- c(20, 35, 52, 66, 78); fs <- lm(qlogis(ys/100) ~ t)
    //    100 * plogis(predict(fs, data.frame(t = c(2024, 2030)), interval = "prediction", level = 0.8 / 0.95)); tolerance 1e-8.
    [Theory]
    [InlineData(2024, 80, 87.831936625918260, 85.893263415556632, 89.536636112594579)]
    [InlineData(2030, 80, 99.734423531420916, 99.620504693509616, 99.814209407517509)]
    [InlineData(2024, 95, 87.831936625918260, 83.834460333627703, 90.947640169941280)]
    [InlineData(2030, 95, 99.734423531420916, 99.468842898435057, 99.867389841968006)]
    public void SaturatingForecast_MatchesRPlogisOfPredictLm(double time, double level, double median, double lower, double upper)
    {
        var f = new SaturatingTrendModel(0, 100).Fit(new TimedSeries(Years, [20.0, 35, 52, 66, 78])).Forecast(time);
        var i = f.Interval(new PredictionLevel(level));
        Assert.Equal(median, f.Median, 1e-8);
        Assert.Equal(lower, i.Lower, 1e-8);
        Assert.Equal(upper, i.Upper, 1e-8);
    }

    [Fact]
    public void SaturatingForecast_Mean_MatchesRIntegrate()
    {
        // R: p <- predict(fs, data.frame(t = 2024), se.fit = TRUE); se <- sqrt(p$se.fit^2 + sigma^2); df = 3
        //    integrate(function(x) 100*plogis(p$fit + se*x)*dt(x, 3), -Inf, Inf) = 87.7104959005861389, sd = 2.0245681004468743; tolerance 1e-9.
        var f = new SaturatingTrendModel(0, 100).Fit(new TimedSeries(Years, [20.0, 35, 52, 66, 78])).Forecast(2024);
        Assert.Equal(87.7104959005861389, f.Mean, 1e-9);
        Assert.Equal(2.0245681004468743, f.StandardDeviation!.Value, 1e-9);
    }

    [Fact]
    public void SaturatingFit_ValuesAtBounds_PulledInsideByHalfPercentOfRange()
    {
        // 0 and 100 on a 0–100 scale become 0.5 and 99.5; the fitted line through them (2 points) passes through both.
        var fit = new SaturatingTrendModel(0, 100).Fit(new TimedSeries([2022.0, 2023], [0.0, 100]));
        Assert.Equal(0.5, fit.FittedValues[0], 1e-9);
        Assert.Equal(99.5, fit.FittedValues[1], 1e-9);
    }

    [Theory]
    [InlineData(new[] { 95.0 })]
    [InlineData(new[] { 90.0, 99 })]
    [InlineData(new[] { 60.0, 80, 97 })]
    [InlineData(new[] { 1.0, 0.5, 0.2, 0.1 })]
    public void SaturatingForecast_ShortSeries_StaysInsideBounds(double[] values)
    {
        var times = Enumerable.Range(0, values.Length).Select(i => 2020.0 + i).ToArray();
        var fit = new SaturatingTrendModel(0, 100).Fit(new TimedSeries(times, values));
        foreach (var f in fit.Forecast([2024.0, 2030, 2050]))
        {
            foreach (var level in new[] { PredictionLevel.Eighty, PredictionLevel.NinetyFive, new PredictionLevel(99.9) })
            {
                var i = f.Interval(level);
                Assert.InRange(i.Lower, 0, 100);
                Assert.InRange(i.Upper, 0, 100);
            }

            Assert.InRange(f.Mean, 0, 100);
            Assert.InRange(f.Median, 0, 100);
        }
    }

    [Fact]
    public void SaturatingModel_UpperNotAboveLower_Throws()
        => Assert.Throws<ArgumentException>(() => new SaturatingTrendModel(100, 100));

    [Fact]
    public void LogLinearForecast_Mean_IsBiasAdjustedBackTransform()
    {
        // From R's 95% interval at 2024 (see TransformedTrendModelTests): log-scale se = (ln 205.18642276833219 − ln 193.98894293151952) / qt(0.975, 3),
        // qt(0.975, 3) = 3.1824463052837078; the documented mean is median · exp(se²/2) (FPP3 §5.6); tolerance 1e-9.
        var se = (Math.Log(205.18642276833219) - Math.Log(193.98894293151952)) / 3.1824463052837078;
        var f = new LogLinearTrendModel().Fit(new TimedSeries([2019.0, 2020, 2021, 2022, 2023], [100.0, 115, 128, 150, 170])).Forecast(2024);
        Assert.Equal(193.98894293151952 * Math.Exp(se * se / 2), f.Mean, 1e-9);
    }

    [Fact]
    public void SaturatingFit_LogLikelihoodIncludesLogitJacobian()
    {
        // R: as.numeric(logLik(fs)) + sum(log(100 / (ys * (100 - ys)))) = -7.7088853568966389; tolerance 1e-9.
        var fit = new SaturatingTrendModel(0, 100).Fit(new TimedSeries(Years, [20.0, 35, 52, 66, 78]));
        Assert.Equal(-7.7088853568966389, fit.LogLikelihood!.Value, 1e-9);
    }
}
