using DigitalKpi.Core.Forecasting;
using FsCheck.Xunit;
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

    [Theory]
    [InlineData(1, 30)] // annual, long enough for the combination
    [InlineData(4, 12)] // quarterly, in Theta's range
    [InlineData(12, 90)] // monthly, long enough for the combination
    public void Forecast_ExactLine_ContinuesTheLineWithTheReferenceSpread(int frequency, int n)
    {
        // y = 10 + 2i at i = 0..n-1, one value every 1/frequency years: k steps after the last value the line is at
        // 10 + 2(n - 1 + k). (Theta would add half the slope a step; the combination has no errors to weigh.) The random
        // walk with drift through it leaves no error, so the spread is the reference one: sigma = 0.1 * mean|y| =
        // 0.1 * (10 + (n - 1)) per sqrt(year), variance sigma^2 (h + h^2 / span) at h years, span = (n - 1) / frequency years.
        var y = Enumerable.Range(0, n).Select(i => 10 + (2.0 * i)).ToArray();
        var series = TimedSeries.Regular(y, frequency, 2000);
        var fit = AutoModel.Default.Fit(series);
        Assert.True(fit.UsesReferenceVariance);
        var sigma = 0.1 * (10 + (n - 1));
        var span = (n - 1) / (double)frequency;
        foreach (var k in new[] { 1, 4, 8 })
        {
            var h = k / (double)frequency;
            var f = fit.Forecast(series.LastTime + h);
            Assert.Equal(10 + (2.0 * (n - 1 + k)), f.Median, 1e-9);
            Assert.Equal(sigma * Math.Sqrt(h + (h * h / span)), f.StandardDeviation!.Value, 1e-9);
        }
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
    public void Forecast_AnnualShorterThan22_IsRandomWalkWithDrift()
    {
        // Non-seasonal and n = 16 < 22: the random walk with drift (R's rwf(drift = TRUE)): drift (40 - 12) / 15,
        // sigma^2 the variance of the 15 changes (divisor n - 2), scale_h = sigma sqrt(h (1 + h / 15)) as rwf's sd,
        // but Student-t with 14 degrees of freedom (the exact predictive with sigma estimated) instead of rwf's normal.
        var values = new double[] { 12, 15, 14, 18, 21, 20, 24, 27, 26, 30, 31, 35, 34, 38, 41, 40 };
        var changes = values.Skip(1).Zip(values, (a, b) => a - b).ToArray();
        var drift = 28.0 / 15;
        var sigma2 = changes.Sum(d => (d - drift) * (d - drift)) / 14;
        var f = AutoModel.Default.Forecast(TimedSeries.Regular(values, 1, 2008), [2024.0, 2027.0]);
        Assert.Equal(40 + drift, f[0].Mean, 9);
        Assert.Equal(40 + (4 * drift), f[1].Mean, 9);
        var t90 = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 14, 0.9);
        Assert.Equal(40 + drift + (t90 * Math.Sqrt(sigma2 * (1 + (1.0 / 15)))), f[0].Quantile(0.9), 9);
        Assert.Equal(40 + (4 * drift) + (t90 * Math.Sqrt(sigma2 * 4 * (1 + (4.0 / 15)))), f[1].Quantile(0.9), 9);
    }

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    public void Fit_Annual_CombinesFrom22Points(int n, bool combined)
    {
        // 22 = 10 points before the earliest of three origins plus three hold-out windows of 4.
        var values = Enumerable.Range(0, n).Select(t => 100 + (2.0 * t) + (t % 3 == 0 ? 4 : -1)).ToArray();
        var names = AutoModel.Default.Fit(TimedSeries.Regular(values, 1, 1990)).Parameters.Select(p => p.Name).ToArray();
        Assert.Equal(combined, names.Contains("rwdrift.weight"));
        Assert.Equal(!combined, names.SequenceEqual(["drift"]));
    }

    [Fact]
    public void Forecast_OneComponentFarBetterOnHoldOut_WeighsItMost()
    {
        // Up 4 a step for 15 points, then down 6 a step for 15: the trend models follow the local slope, but Theta
        // keeps half the global least-squares slope and its SES level lags, so at the origins 26, 22 and 18
        // (H = 4, all after the turn) its errors grow by about 6 a step (mean square in the hundreds, against
        // about 1 for the trend models) and its weight drops to the shrinkage floor (1 - 12/13) / 5 = 1/65
        // plus a small share. (The random walk with drift, whose drift is the mean change of all 29, fares as badly.)
        var values = Enumerable.Range(0, 30).Select(t => t < 15 ? 100.0 + (4 * t) + (t % 2) : 156.0 - (6 * (t - 14)) + (t % 2)).ToArray();
        var fit = AutoModel.Default.Fit(TimedSeries.Regular(values, 1, 1990));
        var thetaWeight = fit.Parameters.Single(p => p.Name == "theta.weight").Estimate;
        var weights = fit.Parameters.Where(p => p.Name.EndsWith(".weight", StringComparison.Ordinal)).Select(p => p.Estimate).ToArray();
        Assert.Equal(5, weights.Length);
        Assert.Equal(1, weights.Sum(), 12);
        Assert.InRange(thetaWeight, 1.0 / 65, 0.05);
        Assert.InRange(fit.Parameters.Single(p => p.Name == "rwdrift.weight").Estimate, 1.0 / 65, 0.05);
        Assert.All(weights, w => Assert.True(w >= (1.0 / 65) - 1e-12));
    }

    [Fact]
    public void Forecast_Annual22_IsRollingOriginWeightedMeanOfFiveComponents()
    {
        // n = 22, H = 4: each component, refitted whole on the first 18, 14 and 10 points, forecasts points 19-22,
        // 15-18 and 11-14. The weights are the inverse mean squared errors over all 12 errors, shrunk toward 1/5
        // by 12 / 13.
        var values = new double[] { 12, 15, 14, 18, 21, 20, 24, 27, 26, 30, 31, 35, 34, 38, 41, 40, 37, 39, 36, 35, 33, 34 };
        ForecastModel[] components =
        [
            ThetaModel.Default,
            ExponentialSmoothingModel.Damped,
            new ExponentialSmoothingModel(EtsTrend.Additive, beta: 0),
            ExponentialSmoothingModel.Holt,
            new DriftModel(),
        ];
        AssertRollingOriginWeightedMean(TimedSeries.Regular(values, 1, 2000), components, 4);
    }

    [Fact]
    public void Forecast_Quarterly34NotSeasonal_ThreeComponentsWithoutHoltOrRandomWalk()
    {
        // Quarterly data without significant seasonality at any origin (a trend plus Gaussian noise, sd 2),
        // n = 34 = 10 + 3 * 8: Theta, damped trend and SES with drift only (Holt and the random walk with drift join
        // only when the data have no seasonal period); H = max(8, 4) = 8, origins 26, 18 and 10, 24 errors, shrunk toward 1/3 by 24 / 25.
        var values = new double[]
        {
            50.2, 53.3, 49.7, 54.4, 52.7, 53.5, 58.6, 55.9, 56.3, 58.7, 60.3, 58.7, 60.8, 58.5, 60.5, 61.1, 60.1, 60.6,
            61.1, 64.7, 65.7, 66.2, 67.7, 65.7, 69.0, 70.5, 72.3, 69.9, 71.6, 69.2, 73.0, 70.4, 72.8, 78.6,
        };
        ForecastModel[] components = [ThetaModel.Default, ExponentialSmoothingModel.Damped, new ExponentialSmoothingModel(EtsTrend.Additive, beta: 0)];
        AssertRollingOriginWeightedMean(TimedSeries.Regular(values, 4, 2000), components, 8);
    }

    [Theory]
    [InlineData(0.0, 8, 1, 4.0)]
    [InlineData(0.0, 40, 1, 4.0)]
    [InlineData(0.5, 40, 1, 4.0)]
    [InlineData(0.0, 24, 4, 4.0)]
    [InlineData(0.5, 24, 4, 7.0)]
    public void Forecast_SimulatedLocalLinearTrends_IntervalsCoverNearNominal(double trendNoise, int length, int frequency, double tolerance)
    {
        // 400 series from a local linear trend (level noise sd 1, slope noise sd trendNoise, start slope 1;
        // trendNoise 0 is the random walk with drift), times seasonal factors 1.04, 0.97, 1.02, 0.97 when quarterly,
        // each forecast 6 steps and scored on 6 more simulated points: annual 8 points (the random walk with drift,
        // whose Student-t predictive is exact here; rwf's normal would hold about 75.5% and 90%), annual 40 points
        // (the combination) and quarterly 24 (Theta). Calibrated intervals hold about 80% and 95% of the 2,400 outcomes; a tolerance of
        // 4 points is about 3 standard errors for outcomes clustered by series. A wandering slope at 24 quarterly
        // points is the hard case: Theta's drift is fixed, and its one forecast origin (16 points, 8 errors) is
        // little evidence to widen the intervals, so that case is allowed 7. (Counting the 12 rolling-origin
        // errors of the combination as 12 independent ones, with a normal-shaped predictive, held only 72-74% and
        // 89-91% at 40 annual points; R's thetaf intervals, which the Theta branch had, held 70% and 58% at 80%
        // for the two quarterly cases.)
        double[] seasonal = frequency == 4 ? [1.04, 0.97, 1.02, 0.97] : [1.0];
        var random = new Random(20261123);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        int inside80 = 0, inside95 = 0, count = 0;
        for (var s = 0; s < 400; s++)
        {
            var values = new double[length + 6];
            double level = 100, slope = 1;
            for (var t = 0; t < values.Length; t++)
            {
                slope += trendNoise * Normal();
                level += slope + Normal();
                values[t] = level * seasonal[t % frequency];
            }

            var series = TimedSeries.Regular(values[..length], frequency, 1980);
            var forecasts = AutoModel.Default.Forecast(series, [.. Enumerable.Range(1, 6).Select(h => series.LastTime + (h * series.Step))]);
            for (var h = 0; h < 6; h++)
            {
                var p = forecasts[h].Cdf(values[length + h]);
                inside80 += p is >= 0.1 and <= 0.9 ? 1 : 0;
                inside95 += p is >= 0.025 and <= 0.975 ? 1 : 0;
                count++;
            }
        }

        Assert.Equal(80, 100.0 * inside80 / count, tolerance);
        Assert.Equal(95, 100.0 * inside95 / count, tolerance);
    }

    [Fact]
    public void Fit_Quarterly33_IsThetaWithRollingOriginIntervals()
    {
        // One point short of 10 + 3 * 8: Theta's point forecasts. Its intervals are calibrated at the origins 25 and 17
        // (9 would leave fewer than 10 points): Theta refitted on each head forecasts the next 8 points; the root mean
        // square of the 16 standardised errors, counted as the independent errors they are worth (errors sharing
        // innovations with c_j = alpha) and pooled with a prior 1 worth 4, rescales the standard errors, and the
        // predictive is Student-t with that many plus 4 degrees of freedom. The standard errors are thetaf's with
        // sigma^2 times the estimation variance of SES with drift's initial level and drift (drift's share halved) added.
        var values = Enumerable.Range(0, 33).Select(t => 50 + (1.5 * t) + (t % 3 == 0 ? 2 : -1) + (t % 5 == 0 ? 1.5 : 0)).ToArray();
        var series = TimedSeries.Regular(values, 4, 2000);
        double sumZ2 = 0, independent = 0;
        foreach (var origin in new[] { 25, 17 })
        {
            var head = Head(series, origin);
            var fit = ThetaModel.Default.Fit(head);
            var alpha = fit.Parameters.Single(p => p.Name == "alpha").Estimate;
            var f = fit.Forecast([.. Enumerable.Range(1, 8).Select(h => head.LastTime + (h * 0.25))]);
            var sigma2 = Math.Pow(f[0].StandardDeviation!.Value, 2); // thetaf's h = 1 standard error is sigma
            sumZ2 += Enumerable.Range(0, 8).Sum(h =>
                Math.Pow(values[origin + h] - f[h].Mean, 2) / (Math.Pow(f[h].StandardDeviation!.Value, 2) + (sigma2 * ThetaEstimationVariance(alpha, origin, h + 1))));
            independent += RollingOrigin.IndependentErrors([1, .. Enumerable.Repeat(alpha, 7)]);
        }

        var scale = Math.Sqrt(((sumZ2 / 16 * independent) + 4) / (independent + 4));
        var df = independent + 4;
        var steps = new[] { 1, 8 };
        var times = steps.Select(h => series.LastTime + (h * 0.25)).ToArray();
        var auto = AutoModel.Default.Forecast(series, times);
        var thetaFit = ThetaModel.Default.Fit(series);
        var theta = thetaFit.Forecast(times);
        var fullAlpha = thetaFit.Parameters.Single(p => p.Name == "alpha").Estimate;
        var fullSigma2 = Math.Pow(theta[0].StandardDeviation!.Value, 2);
        Assert.NotEqual(1, scale, 2);
        for (var k = 0; k < times.Length; k++)
        {
            Assert.Equal(theta[k].Mean, auto[k].Mean, 12);
            var sd = scale * Math.Sqrt(Math.Pow(theta[k].StandardDeviation!.Value, 2) + (fullSigma2 * ThetaEstimationVariance(fullAlpha, 33, steps[k])));
            Assert.Equal(theta[k].Mean + (sd * MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.9)), auto[k].Quantile(0.9), 9);
            Assert.Equal(theta[k].Mean + (sd * MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.025)), auto[k].Quantile(0.025), 9);
        }
    }

    [Fact]
    public void Forecast_Quarterly6_ThetaWithEstimationVarianceAndFourDegreesOfFreedom()
    {
        // Six quarterly points: no origin leaves 10 points, so the scale is the prior's 1 and the predictive is
        // Student-t with 4 degrees of freedom around thetaf's mean, its variance thetaf's plus sigma^2 times the
        // estimation variance of the initial level and half the drift (the seasonality test needs n > 2m: none).
        double[] values = [120, 126, 123, 131, 129, 136];
        var series = TimedSeries.Regular(values, 4, 2020);
        var times = new[] { series.LastTime + 0.25, series.LastTime + 1.5 };
        int[] steps = [1, 6];
        var thetaFit = ThetaModel.Default.Fit(series);
        var theta = thetaFit.Forecast(times);
        var alpha = thetaFit.Parameters.Single(p => p.Name == "alpha").Estimate;
        var sigma2 = Math.Pow(theta[0].StandardDeviation!.Value, 2);
        var auto = AutoModel.Default.Forecast(series, times);
        for (var k = 0; k < times.Length; k++)
        {
            var sd = Math.Sqrt(Math.Pow(theta[k].StandardDeviation!.Value, 2) + (sigma2 * ThetaEstimationVariance(alpha, 6, steps[k])));
            Assert.Equal(theta[k].Mean, auto[k].Mean, 12);
            Assert.Equal(theta[k].Mean + (sd * MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 4, 0.9)), auto[k].Quantile(0.9), 9);
            Assert.True(auto[k].Quantile(0.9) - auto[k].Mean > theta[k].Quantile(0.9) - theta[k].Mean);
        }
    }

    /// <summary>
    /// g'(C'C)^-1 g for SES with drift at a fixed alpha over n points, written out: with initial level l0 and drift b
    /// the one-step errors are e_t = y_t - (l_{t-1} + b), l_t = l_{t-1} + b + alpha e_t, affine in (l0, b) with
    /// columns -C the errors of a unit l0 or b on zero data; the h-step forecast l_n + h b has gradient
    /// (dl_n/dl0, (dl_n/db + h) / 2), the drift's part halved as Theta's drift is half a slope.
    /// </summary>
    private static double ThetaEstimationVariance(double alpha, int n, int h)
    {
        var c = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, 2);
        var gradient = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(2);
        for (var state = 0; state < 2; state++)
        {
            double level = state == 0 ? 1 : 0, drift = state == 1 ? 1 : 0;
            for (var t = 0; t < n; t++)
            {
                var e = -(level + drift);
                c[t, state] = e;
                level += drift + (alpha * e);
            }

            gradient[state] = state == 0 ? level : (level + (h * drift)) / 2;
        }

        return gradient * (c.TransposeThisAndMultiply(c)).Inverse() * gradient;
    }

    // Law: for any regular series of 1-100 points (annual, quarterly or monthly; a trend, a level shift, noise of any
    // size, a run of zeros or a constant stretch), auto's forecasts are finite and its 80% interval lies strictly
    // inside its 95% interval with positive width, on every branch (drift, calibrated Theta, combination).
    [Property(MaxTest = 300)]
    public bool Forecast_AnyRegularSeries_FiniteNestedPositiveWidthIntervals(int seed, byte lengthSeed, byte shape)
    {
        var random = new Random(seed);
        var n = 1 + (lengthSeed % 100);
        var frequency = (shape % 3) switch { 0 => 1, 1 => 4, _ => 12 };
        var scale = Math.Pow(10, (shape / 3 % 7) - 2);
        var values = new double[n];
        for (var t = 0; t < n; t++)
        {
            var noise = (random.NextDouble() - 0.5) * scale;
            values[t] = (shape / 21 % 4) switch
            {
                0 => 100 + t + noise,
                1 => (t < n / 2 ? 50 : 80) + noise,
                2 => t % 7 < 3 ? 0 : 10 + noise,
                _ => t < n / 2 ? 5 : 5 + noise,
            };
        }

        var series = TimedSeries.Regular(values, frequency, 2000);
        var step = 1.0 / frequency;
        var forecasts = AutoModel.Default.Forecast(series, [series.LastTime + step, series.LastTime + (8 * step), series.LastTime + (30 * step)]);
        return forecasts.All(f =>
        {
            var i80 = f.Interval(PredictionLevel.Eighty);
            var i95 = f.Interval(PredictionLevel.NinetyFive);
            return double.IsFinite(f.Mean) && double.IsFinite(i95.Lower) && double.IsFinite(i95.Upper)
                && i80.Width > 0 && i95.Lower < i80.Lower && i80.Upper < i95.Upper;
        });
    }

    private static void AssertRollingOriginWeightedMean(TimedSeries series, ForecastModel[] components, int horizon)
    {
        var values = series.Values.ToArray();
        var n = values.Length;
        var inverse = new double[components.Length];
        for (var i = 0; i < components.Length; i++)
        {
            double sse = 0;
            foreach (var origin in new[] { n - horizon, n - (2 * horizon), n - (3 * horizon) })
            {
                sse += SquaredErrors(components[i].Fit(Head(series, origin)), values, origin, horizon);
            }

            inverse[i] = 1 / sse;
        }

        var errors = 3.0 * horizon;
        var lambda = errors / (errors + 1);
        var weights = inverse.Select(v => (lambda * v / inverse.Sum()) + ((1 - lambda) / components.Length)).ToArray();
        var times = new[] { series.LastTime + series.Step, series.LastTime + (3 * series.Step) };
        var auto = AutoModel.Default.Forecast(series, times);
        var forecasts = components.Select(c => c.Forecast(series, times)).ToArray();
        for (var k = 0; k < times.Length; k++)
        {
            Assert.Equal(weights.Select((w, i) => w * forecasts[i][k].Mean).Sum(), auto[k].Mean, 9);
        }
    }

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
