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
    public void Forecast_LongAnnual_IsHoldOutWeightedMeanOfThetaDampedSesWithDriftAndHolt()
    {
        // Annual data (no seasonal period): four components, each fitted through the public models. The weights
        // come from refitting on all but the last H = min(max(2, 4), 16 - 10) = 4 points: inverse mean squared
        // errors on those 4, normalised, shrunk toward 1/4 by H / (H + 1) = 0.8.
        var values = new double[] { 12, 15, 14, 18, 21, 20, 24, 27, 26, 30, 31, 35, 34, 38, 41, 40 };
        ForecastModel[] components =
        [
            ThetaModel.Default,
            ExponentialSmoothingModel.Damped,
            new ExponentialSmoothingModel(EtsTrend.Additive, beta: 0),
            ExponentialSmoothingModel.Holt,
        ];
        AssertHoldOutWeightedMean(TimedSeries.Regular(values, 1, 2008), components, 4);
    }

    [Fact]
    public void Forecast_LongQuarterlyNotSeasonal_LeavesHoltOut()
    {
        // Quarterly data without significant seasonality: Theta, damped trend and SES with drift only (Holt joins
        // only when the data have no seasonal period); hold-out H = min(max(8, 4), 20 - 10) = 8.
        var values = new double[] { 50, 52, 51, 55, 54, 57, 59, 58, 61, 60, 64, 63, 66, 65, 69, 70, 69, 73, 72, 75 };
        ForecastModel[] components =
        [
            ThetaModel.Default,
            ExponentialSmoothingModel.Damped,
            new ExponentialSmoothingModel(EtsTrend.Additive, beta: 0),
        ];
        AssertHoldOutWeightedMean(TimedSeries.Regular(values, 4, 2010), components, 8);
    }

    [Fact]
    public void Forecast_OneComponentFarBetterOnHoldOut_WeighsItMost()
    {
        // Up 4 a step for 15 points, then down 6 a step for 15: the trend models follow the local slope, but Theta
        // keeps half the global least-squares slope and its SES level lags, so at the origins 26, 22 and 18
        // (H = 4, all after the turn) its errors grow by about 6 a step (mean square in the hundreds, against
        // about 1 for the trend models) and its weight drops to the shrinkage floor (1 - 12/13) / 4 = 1/52
        // plus a small share.
        var values = Enumerable.Range(0, 30).Select(t => t < 15 ? 100.0 + (4 * t) + (t % 2) : 156.0 - (6 * (t - 14)) + (t % 2)).ToArray();
        var fit = AutoModel.Default.Fit(TimedSeries.Regular(values, 1, 1990));
        var thetaWeight = fit.Parameters.Single(p => p.Name == "theta.weight").Estimate;
        var weights = fit.Parameters.Where(p => p.Name.EndsWith(".weight", StringComparison.Ordinal)).Select(p => p.Estimate).ToArray();
        Assert.Equal(4, weights.Length);
        Assert.Equal(1, weights.Sum(), 12);
        Assert.InRange(thetaWeight, 1.0 / 52, 0.05);
        Assert.All(weights, w => Assert.True(w >= (1.0 / 52) - 1e-12));
    }

    [Fact]
    public void Forecast_LongerAnnual_WeightsAlsoUseTwoEarlierOriginsWithTheHoldOutParameters()
    {
        // n = 22, H = 4: the hold-out fit (first 18 points) forecasts points 19-22; origins 14 and 10 forecast
        // points 15-18 and 11-14 with the hold-out fit's smoothing parameters (initial states refitted). The
        // weights are the inverse mean squared errors over all 12 errors, shrunk toward 1/4 by 12 / 13.
        var values = new double[] { 12, 15, 14, 18, 21, 20, 24, 27, 26, 30, 31, 35, 34, 38, 41, 40, 37, 39, 36, 35, 33, 34 };
        var series = TimedSeries.Regular(values, 1, 2000);
        Func<FittedModel?, ForecastModel>[] components =
        [
            f => f is null ? ThetaModel.Default : new ThetaModel(alpha: P(f, "alpha")),
            f => f is null ? ExponentialSmoothingModel.Damped : new ExponentialSmoothingModel(EtsTrend.Damped, alpha: P(f, "alpha"), beta: P(f, "beta"), phi: P(f, "phi")),
            f => new ExponentialSmoothingModel(EtsTrend.Additive, alpha: f is null ? null : P(f, "alpha"), beta: 0),
            f => f is null ? ExponentialSmoothingModel.Holt : new ExponentialSmoothingModel(EtsTrend.Additive, alpha: P(f, "alpha"), beta: P(f, "beta")),
        ];
        var inverse = new double[components.Length];
        for (var i = 0; i < components.Length; i++)
        {
            var holdOutFit = components[i](null).Fit(Head(series, 18));
            var sse = SquaredErrors(holdOutFit, values, 18, 4);
            foreach (var origin in new[] { 14, 10 })
            {
                sse += SquaredErrors(components[i](holdOutFit).Fit(Head(series, origin)), values, origin, 4);
            }

            inverse[i] = 12 / sse;
        }

        var weights = inverse.Select(v => (12.0 / 13 * v / inverse.Sum()) + (1.0 / 13 / 4)).ToArray();
        var times = new[] { series.LastTime + 1, series.LastTime + 3 };
        var auto = AutoModel.Default.Forecast(series, times);
        var forecasts = components.Select(c => c(null).Forecast(series, times)).ToArray();
        for (var k = 0; k < times.Length; k++)
        {
            Assert.Equal(weights.Select((w, i) => w * forecasts[i][k].Mean).Sum(), auto[k].Mean, 9);
        }
    }

    private static double P(FittedModel fit, string name) => fit.Parameters.Single(p => p.Name == name).Estimate;

    private static TimedSeries Head(TimedSeries series, int count)
        => new(series.Times[..count], series.Values[..count], series.SeasonalPeriod);

    private static double SquaredErrors(FittedModel fit, double[] values, int origin, int horizon)
    {
        var times = Enumerable.Range(1, horizon).Select(h => fit.Series.LastTime + (h * fit.Series.Step)).ToArray();
        var f = fit.Forecast(times);
        return Enumerable.Range(0, horizon).Sum(h => Math.Pow(values[origin + h] - f[h].Mean, 2));
    }

    [Fact]
    public void Forecast_NoisyStartThenExactLine_StaysFiniteAndFollowsTheLine()
    {
        // 10 noisy points, then 20 on the exact line 100 + 2t: the trend components forecast the hold-out
        // (almost) exactly, so their mean squared errors are at or near 0 and the weights must stay finite.
        var values = Enumerable.Range(0, 30).Select(t => 100.0 + (2 * t) + (t < 10 ? (t % 2 == 0 ? 3 : -3) : 0)).ToArray();
        var series = TimedSeries.Regular(values, 1, 1990);
        var f = AutoModel.Default.Forecast(series, [series.LastTime + 1]);
        Assert.True(double.IsFinite(f[0].Mean) && double.IsFinite(f[0].StandardDeviation!.Value));
        Assert.InRange(f[0].Mean, 155, 161); // the line gives 160; Theta's low weight pulls at most a little.
    }

    [Fact]
    public void Forecast_TenPoints_NoHoldOutSoStudentTWithFourDegreesOfFreedom()
    {
        // n = 10 leaves no hold-out (H = min(4, 10 - 10) = 0): the scale rests on the prior alone, worth 4 errors,
        // so the predictive distribution is a Student-t with at most 4 degrees of freedom (at least 3).
        var values = new double[] { 10, 12, 11, 14, 13, 16, 15, 18, 17, 20 };
        var f = AutoModel.Default.Fit(TimedSeries.Regular(values, 1, 2000)).Forecast(2011.0);
        var t = Assert.IsType<StudentTForecast>(f);
        Assert.InRange(t.DegreesOfFreedom, 3, 4);
    }

    private static void AssertHoldOutWeightedMean(TimedSeries series, ForecastModel[] components, int holdOut)
    {
        var n = series.Count;
        var past = new TimedSeries(series.Times[..(n - holdOut)], series.Values[..(n - holdOut)], series.SeasonalPeriod);
        var pastTimes = series.Times[(n - holdOut)..].ToArray();
        var inverse = new double[components.Length];
        for (var i = 0; i < components.Length; i++)
        {
            var f = components[i].Forecast(past, pastTimes);
            double sse = 0;
            for (var h = 0; h < holdOut; h++)
            {
                sse += Math.Pow(series.Values[n - holdOut + h] - f[h].Mean, 2);
            }

            inverse[i] = holdOut / sse;
        }

        var lambda = holdOut / (holdOut + 1.0);
        var weights = inverse.Select(v => (lambda * v / inverse.Sum()) + ((1 - lambda) / components.Length)).ToArray();
        var step = 1.0 / series.SeasonalPeriod;
        var times = new[] { series.LastTime + step, series.LastTime + (4 * step) };
        var auto = AutoModel.Default.Forecast(series, times);
        var forecasts = components.Select(c => c.Forecast(series, times)).ToArray();
        for (var k = 0; k < times.Length; k++)
        {
            var expected = weights.Select((w, i) => w * forecasts[i][k].Mean).Sum();
            Assert.Equal(expected, auto[k].Mean, 9);

            // The spread is never below the weighted mean of the components' own variances.
            var within = weights.Select((w, i) => w * Math.Pow(forecasts[i][k].StandardDeviation!.Value, 2)).Sum();
            Assert.True(auto[k].StandardDeviation!.Value >= Math.Sqrt(within) * (1 - 1e-9));
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

    [Theory]
    [InlineData(0.001)]
    [InlineData(1000.0)]
    public void Forecast_SeriesInAnotherUnit_ScalesMeansAndIntervals(double unit)
    {
        // The forecast must not depend on the unit the indicator is recorded in: y × c gives c times the means and
        // bounds (tolerance 1e-6 relative). R's ets-based methods fail this on M3 data (benchmarks/r/unit-check.R).
        var series = TimedSeries.Regular(M3Samples.N647, 4, 1984);
        var other = TimedSeries.Regular(M3Samples.N647.Select(v => v * unit).ToArray(), 4, 1984);
        double[] times = [series.LastTime + 0.25, series.LastTime + 1, series.LastTime + 2];
        var f = AutoModel.Default.Forecast(series, times);
        var g = AutoModel.Default.Forecast(other, times);
        for (var h = 0; h < times.Length; h++)
        {
            Assert.Equal(1, g[h].Mean / (unit * f[h].Mean), 6);
            Assert.Equal(1, g[h].Interval(PredictionLevel.Eighty).Lower / (unit * f[h].Interval(PredictionLevel.Eighty).Lower), 6);
            Assert.Equal(1, g[h].Interval(PredictionLevel.NinetyFive).Upper / (unit * f[h].Interval(PredictionLevel.NinetyFive).Upper), 6);
        }
    }

    [Fact]
    public void Name_IsAuto() => Assert.Equal("auto", AutoModel.Default.Name);
}
