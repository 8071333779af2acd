using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Forecasting;

public class ExponentialSmoothingModelTests
{
    private static TimedSeries N647 => TimedSeries.Regular(M3Samples.N647, 4, 1984);

    private static double[] Quarters(TimedSeries s, int h)
        => Enumerable.Range(1, h).Select(k => s.LastTime + (k / 4.0)).ToArray();

    [Fact]
    public void Forecast_FixedSesSimple_MatchesRSesMeansAndBounds()
    {
        // R 4.2.2, forecast 8.20, tolerance 1e-6 absolute:
        //   s <- ses(ts(N647, frequency = 4, start = c(1984, 1)), h = 4, alpha = 0.3, initial = "simple")
        //   s$mean 3428.9875425343 (flat)
        //   s$lower 80%: 3173.35537787678 3162.09972727822 3151.29993341780 3140.90472357157
        //   s$lower 95%: 3038.03188418290 3020.81785207615 3004.30099268791 2988.40289115371
        //   s$upper 80%: 3684.61970719182 3695.87535779038 3706.67515165080 3717.07036149703
        //   s$upper 95%: 3819.94320088570 3837.15723299245 3853.67409238069 3869.57219391490
        var series = N647;
        var model = new ExponentialSmoothingModel(EtsTrend.None, alpha: 0.3, initialLevel: M3Samples.N647[0]);
        AssertMatchesR(
            model.Forecast(series, Quarters(series, 4)),
            [3428.9875425343, 3428.9875425343, 3428.9875425343, 3428.9875425343],
            [3173.35537787678, 3162.09972727822, 3151.29993341780, 3140.90472357157],
            [3684.61970719182, 3695.87535779038, 3706.67515165080, 3717.07036149703],
            [3038.03188418290, 3020.81785207615, 3004.30099268791, 2988.40289115371],
            [3819.94320088570, 3837.15723299245, 3853.67409238069, 3869.57219391490]);
    }

    [Fact]
    public void Forecast_FixedHoltSimpleAlphaOne_MatchesRHoltMeansAndBounds()
    {
        // R 4.2.2, forecast 8.20, tolerance 1e-6 absolute:
        //   h <- holt(ts(N647, frequency = 4, start = c(1984, 1)), h = 4, alpha = 1, beta = 0.2, initial = "simple")
        //   h$mean 3712.84248763706 3796.28497527412 3879.72746291119 3963.16995054825
        //   h$lower 80%: 3622.20315422730 3654.70181039653 3689.60079316639 3724.04696592252
        //   h$lower 95%: 3574.22158946794 3579.75221027426 3588.95381382904 3597.46290422819
        //   h$upper 80%: 3803.48182104682 3937.86814015172 4069.85413265598 4202.29293517398
        //   h$upper 95%: 3851.46338580619 4012.81774027399 4170.50111199334 4328.87699686831
        //   h$model$SSE 180079.275874357, h$model$sigma2 = SSE / 36 (nothing estimated)
        // R's beta is HoltWinters' beta*, the smoothing of level changes; the state-space beta is alpha * beta*, the
        // same at alpha = 1. (At other alphas forecast 8.20 puts beta* into the interval formula as if it were the
        // state-space beta, so its intervals disagree with the model it fitted; see EtsEngineTests.)
        var series = N647;
        var y = M3Samples.N647;
        var model = new ExponentialSmoothingModel(EtsTrend.Additive, alpha: 1, beta: 0.2, initialLevel: y[0], initialTrend: y[1] - y[0]);
        var fit = model.Fit(series);
        Assert.Equal(180079.275874357 / 36, fit.Sigma2, 1e-6);
        AssertMatchesR(
            fit.Forecast(Quarters(series, 4)),
            [3712.84248763706, 3796.28497527412, 3879.72746291119, 3963.16995054825],
            [3622.20315422730, 3654.70181039653, 3689.60079316639, 3724.04696592252],
            [3803.48182104682, 3937.86814015172, 4069.85413265598, 4202.29293517398],
            [3574.22158946794, 3579.75221027426, 3588.95381382904, 3597.46290422819],
            [3851.46338580619, 4012.81774027399, 4170.50111199334, 4328.87699686831]);
    }

    [Theory]
    // R 4.2.2, forecast 8.20: fit <- ets(ts(y, frequency = 4, start = ...), model = "ANN" / "AAN", damped = FALSE / TRUE);
    // fit$loglik. R reports -n/2 log(SSE) up to a constant; ours is the full Gaussian log-likelihood, which adds
    // -n/2 (log(2 pi / n) + 1). Our initial states are solved exactly, so ours may only be higher; 1e-3 relative.
    [InlineData("N647", EtsTrend.None, -225.835893922121)]
    [InlineData("N647", EtsTrend.Additive, -213.268688941846)]
    [InlineData("N647", EtsTrend.Damped, -213.512812880637)]
    [InlineData("N867", EtsTrend.None, -208.468303277089)]
    [InlineData("N867", EtsTrend.Damped, -205.658484851710)]
    public void Fit_Estimated_LogLikelihoodMatchesREts(string name, EtsTrend trend, double rLogLik)
    {
        var (values, start) = name == "N647" ? (M3Samples.N647, 1984) : (M3Samples.N867, 1985);
        var fit = new ExponentialSmoothingModel(trend).Fit(TimedSeries.Regular(values, 4, start));
        var ours = RLikelihood.OnRScale(fit.LogLikelihood!.Value, values.Length);
        Assert.True(ours >= rLogLik - 1e-6, $"ours {ours} below R {rLogLik}");
        AssertRelative(rLogLik, ours, 1e-3);
    }

    [Fact]
    public void Fit_HoltOnN867_ReachesTheExactMaximumAboveREts()
    {
        // R's ets(ts(N867, frequency = 4, start = c(1985, 1)), model = "AAN", damped = FALSE)$loglik = -205.852907208477
        // (alpha 2.949e-4, beta 2.949e-4: its Nelder-Mead over alpha, beta, l0, b0 stops short). The maximum itself,
        // computed in R with the initial states solved by least squares for each (alpha, beta) and optim from 20 starts
        // (reltol 1e-12), is -205.571669232669 at alpha = beta = 1e-4, the lower bounds; ours must reach it (1e-6 relative).
        var fit = ExponentialSmoothingModel.Holt.Fit(TimedSeries.Regular(M3Samples.N867, 4, 1985));
        var ours = RLikelihood.OnRScale(fit.LogLikelihood!.Value, M3Samples.N867.Length);
        Assert.True(ours > -205.852907208477);
        AssertRelative(-205.571669232669, ours, 1e-6);
    }

    [Fact]
    public void Fit_DampedOnN1005_FindsTheBasinRFinds()
    {
        // R 4.2.2, forecast 8.20: ets(ts(N1005, frequency = 4, start = c(1980, 1)), model = "AAN", damped = TRUE)
        //   $loglik -257.073223094182 at alpha 0.9999, beta 0.9999, phi 0.8303 (SSE 118794.04). A search from R's starting
        //   values alone stops near beta 1e-4, phi 0.98 with 1.81 times that SSE; the likelihood has two basins.
        // Ours must reach at least R's likelihood (R reports -n/2 log(SSE) up to a constant; ours adds -n/2 (log(2 pi / n) + 1)).
        var fit = ExponentialSmoothingModel.Damped.Fit(TimedSeries.Regular(M3Samples.N1005, 4, 1980));
        var ours = RLikelihood.OnRScale(fit.LogLikelihood!.Value, M3Samples.N1005.Length);
        Assert.True(ours >= -257.073223094182 - 1e-6, $"ours {ours} below R's -257.073223094182");
        Assert.True(fit.Parameters.Single(p => p.Name == "phi").Estimate < 0.9, "phi should be in R's basin near 0.83");
    }

    [Fact]
    public void Fit_DampedOnN1404_FindsRsDeterministicTrend()
    {
        // R 4.2.2, forecast 8.20: ets(ts(N1404, frequency = 12, start = c(1990, 1)), model = "AAN", damped = TRUE)
        //   $loglik -463.209353548 at alpha 1e-4, beta 1e-4, phi 0.963361: both smoothing parameters at their lower
        //   bound, a damped line with almost no updating. A search over alpha >= 0.3 only stops near alpha = beta = 0.04,
        //   phi 0.88 with 1.05 times R's SSE.
        var fit = ExponentialSmoothingModel.Damped.Fit(TimedSeries.Regular(M3Samples.N1404, 12, 1990));
        var ours = RLikelihood.OnRScale(fit.LogLikelihood!.Value, M3Samples.N1404.Length);
        Assert.True(ours >= -463.209353548 - 1e-6, $"ours {ours} below R's -463.209353548");
    }

    [Fact]
    public void Fit_Damped_ReportsParametersLikelihoodAndAicc()
    {
        var fit = ExponentialSmoothingModel.Damped.Fit(N647);
        Assert.Equal(["alpha", "beta", "phi", "level0", "trend0"], fit.Parameters.Select(p => p.Name));
        Assert.NotNull(fit.LogLikelihood);

        // AICc by hand from the log-likelihood: k = 5 estimated + sigma = 6, n = 36.
        var k = 6.0;
        Assert.Equal((-2 * fit.LogLikelihood!.Value) + (2 * k) + (2 * k * (k + 1) / (36 - k - 1)), fit.Aicc!.Value, 9);
        Assert.Equal(36 - 5, fit.DegreesOfFreedom);
        Assert.Equal(36, fit.Residuals.Length);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(1000.0)]
    [InlineData(1e6)]
    public void Fit_DampedInAnotherUnit_SameSmoothingParametersAndScaledForecasts(double unit)
    {
        // Maximum likelihood is equivariant to the unit: y × c gives the same alpha, beta, phi and c times the
        // initial states and forecasts (tolerance 1e-6 relative). R's holt(damped = TRUE) is not: its Nelder–Mead
        // steps every parameter by 10% of the initial level at the start, so on the M3 "other" set 113 of 174 series
        // move phi or beta by more than 0.01 when given in thousands (benchmarks/r/damped-compare.R).
        var fit = ExponentialSmoothingModel.Damped.Fit(N647);
        var other = TimedSeries.Regular(M3Samples.N647.Select(v => v * unit).ToArray(), 4, 1984);
        var scaled = ExponentialSmoothingModel.Damped.Fit(other);
        for (var i = 0; i < fit.Parameters.Length; i++)
        {
            var c = fit.Parameters[i].Name is "level0" or "trend0" ? unit : 1;
            AssertRelative(c * fit.Parameters[i].Estimate, scaled.Parameters[i].Estimate, 1e-6);
        }

        var f = fit.Forecast(Quarters(N647, 8));
        var g = scaled.Forecast(Quarters(other, 8));
        for (var h = 0; h < 8; h++)
        {
            AssertRelative(unit * f[h].Mean, g[h].Mean, 1e-6);
            AssertRelative(unit * f[h].Interval(PredictionLevel.NinetyFive).Lower, g[h].Interval(PredictionLevel.NinetyFive).Lower, 1e-6);
        }
    }

    [Fact]
    public void Fit_IrregularSeries_ThrowsForecastException()
    {
        var series = new TimedSeries([2020, 2021, 2023, 2024], [1, 2, 3, 4]);
        Assert.Throws<ForecastException>(() => ExponentialSmoothingModel.Simple.Fit(series));
    }

    [Fact]
    public void Fit_TooShortForHolt_ThrowsForecastException()
    {
        var series = TimedSeries.Regular([1.0, 2, 3, 4], 1, 2020);
        Assert.Throws<ForecastException>(() => ExponentialSmoothingModel.Holt.Fit(series));
    }

    [Fact]
    public void Fit_SeasonalWithoutPeriod_ThrowsForecastException()
    {
        var series = TimedSeries.Regular(M3Samples.N647, 1, 1984);
        Assert.Throws<ForecastException>(() => new ExponentialSmoothingModel(EtsTrend.Additive, seasonal: true).Fit(series));
    }

    [Theory]
    [InlineData(-0.1, null)]
    [InlineData(1.1, null)]
    [InlineData(null, 1.5)]
    [InlineData(null, double.NaN)]
    public void Constructor_SmoothingOutOfRange_Throws(double? alpha, double? beta)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialSmoothingModel(EtsTrend.Additive, alpha: alpha, beta: beta));
    }

    [Theory]
    [InlineData(EtsTrend.Additive, false, 0.0)]
    [InlineData(EtsTrend.Damped, false, 5e-5)]
    [InlineData(EtsTrend.None, true, 1.0)]
    [InlineData(EtsTrend.Additive, true, 0.99995)]
    [InlineData(EtsTrend.None, true, 0.9999)]
    public void Constructor_FixedAlphaLeavingNoRoomForAnEstimatedParameter_ThrowsOnAlpha(EtsTrend trend, bool seasonal, double alpha)
    {
        // Beta is estimated in [1e-4, alpha] and gamma in [1e-4, 1 - alpha] (R's usual region): alpha below 1e-4
        // empties beta's range, 1 - alpha below 1e-4 gamma's (1 - 0.9999 is 9.9999999999989e-5 in double).
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialSmoothingModel(trend, seasonal, alpha: alpha));
        Assert.Equal("alpha", error.ParamName);
        Assert.Contains(seasonal && alpha > 0.5 ? "gamma" : "beta", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EtsTrend.Additive, false, 1e-4)]
    [InlineData(EtsTrend.None, true, 0.9998)]
    [InlineData(EtsTrend.None, false, 0.0)]
    public void Fit_FixedAlphaAtTheEdgeOfTheRegion_KeepsTheEstimatesInside(EtsTrend trend, bool seasonal, double alpha)
    {
        // At the edge the estimated parameter's range is one point (beta = 1e-4 = alpha) or narrow (gamma in
        // [1e-4, 2e-4]); without a trend or season, alpha = 0 bounds nothing.
        var values = Enumerable.Range(0, 16).Select(i => 10.0 + (i % 4) + (i * 3 % 7)).ToArray();
        var fit = new ExponentialSmoothingModel(trend, seasonal, alpha: alpha).Fit(TimedSeries.Regular(values, 4, 2000));
        var estimates = fit.Parameters.ToDictionary(p => p.Name, p => p.Estimate);
        if (trend != EtsTrend.None)
        {
            Assert.InRange(estimates["beta"], 1e-4, alpha);
        }

        if (seasonal)
        {
            Assert.InRange(estimates["gamma"], 1e-4, 1 - alpha);
        }

        Assert.Equal(alpha, estimates["alpha"]);
    }

    [Theory]
    [InlineData(EtsTrend.None, false, "ses")]
    [InlineData(EtsTrend.Additive, false, "holt")]
    [InlineData(EtsTrend.Damped, false, "damped")]
    [InlineData(EtsTrend.Damped, true, "ets(A,Ad,A)")]
    public void Name_ByShape_IsDocumented(EtsTrend trend, bool seasonal, string name)
        => Assert.Equal(name, new ExponentialSmoothingModel(trend, seasonal).Name);

    [Fact]
    public void Forecast_ConstantSeries_UsesReferenceSpread()
    {
        // A constant series fits perfectly (sigma^2 = 0); the 10%-a-year reference gives sd 0.1 * 50 * sqrt(1 year) = 5 one year ahead.
        var series = TimedSeries.Regular(Enumerable.Repeat(50.0, 8).ToArray(), 1, 2015);
        var fit = ExponentialSmoothingModel.Simple.Fit(series);
        Assert.True(fit.UsesReferenceVariance);
        var f = fit.Forecast(series.LastTime + 1);
        Assert.Equal(50, f.Mean, 9);
        Assert.Equal(5, f.StandardDeviation!.Value, 9);
    }

    [Fact]
    public void Forecast_OneQuarterlyPointEverythingFixed_StepsAQuarter()
    {
        // One quarterly value, 100 in 2024 Q1, Holt with alpha 0.5, beta 0.1, level0 90, trend0 2 (nothing estimated, so
        // sigma^2 = SSE / 1). By hand: one-step error 100 - (90 + 2) = 8, sigma^2 = 64; level 92 + 0.5 * 8 = 96, trend
        // 2 + 0.1 * 8 = 2.8. The grid's step is a quarter (1 / the seasonal period), so 2024.25 is one step ahead:
        // mean 96 + 2.8 = 98.8, sd 8; 2025.0 is four steps: mean 96 + 4 * 2.8 = 107.2, variance 64 (1 + sum_{j=1..3} (0.5 + 0.1 j)^2)
        // = 64 (1 + 0.36 + 0.49 + 0.64) = 159.36.
        var series = TimedSeries.Regular([100.0], 4, 2024);
        var model = new ExponentialSmoothingModel(EtsTrend.Additive, alpha: 0.5, beta: 0.1, initialLevel: 90, initialTrend: 2);
        var fit = model.Fit(series);
        var oneStep = fit.Forecast(2024.25);
        var fourSteps = fit.Forecast(2025.0);
        Assert.Equal(98.8, oneStep.Mean, 1e-9);
        Assert.Equal(8, oneStep.StandardDeviation!.Value, 1e-9);
        Assert.Equal(107.2, fourSteps.Mean, 1e-9);
        Assert.Equal(Math.Sqrt(159.36), fourSteps.StandardDeviation!.Value, 1e-9);
    }

    [Fact]
    public void Forecast_BetweenGridTimes_InterpolatesMean()
    {
        // Holt with everything fixed on y = 1, 2, ..., 6 (level 0, slope 1 before the first point) forecasts 7, 8, ...;
        // half-way between the first and second step the mean is 7.5.
        var series = TimedSeries.Regular([1.0, 2, 3, 4, 5, 6], 1, 2019);
        var model = new ExponentialSmoothingModel(EtsTrend.Additive, alpha: 0.5, beta: 0.1, initialLevel: 0, initialTrend: 1);
        var fit = model.Fit(series);
        Assert.Equal(7, fit.Forecast(series.LastTime + 1).Mean, 9);
        Assert.Equal(7.5, fit.Forecast(series.LastTime + 1.5).Mean, 9);
    }

    [Property]
    public bool Forecast_IntervalsWidenWithHorizon(FsCheck.NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var values = Enumerable.Range(0, 20).Select(i => 100 + i + (10 * random.NextDouble())).ToArray();
        var series = TimedSeries.Regular(values, 1, 2000);
        var forecasts = ExponentialSmoothingModel.Damped.Fit(series).Forecast([series.LastTime + 1, series.LastTime + 2, series.LastTime + 5]);
        var widths = forecasts.Select(f => f.Interval(PredictionLevel.NinetyFive).Width).ToArray();
        return widths[0] <= widths[1] && widths[1] <= widths[2];
    }

    private static void AssertMatchesR(
        IReadOnlyList<ForecastDistribution> forecasts, double[] mean, double[] lower80, double[] upper80, double[] lower95, double[] upper95)
    {
        Assert.Equal(mean.Length, forecasts.Count);
        for (var h = 0; h < mean.Length; h++)
        {
            var eighty = forecasts[h].Interval(PredictionLevel.Eighty);
            var ninetyFive = forecasts[h].Interval(PredictionLevel.NinetyFive);
            Assert.Equal(mean[h], forecasts[h].Mean, 1e-6);
            Assert.Equal(lower80[h], eighty.Lower, 1e-6);
            Assert.Equal(upper80[h], eighty.Upper, 1e-6);
            Assert.Equal(lower95[h], ninetyFive.Lower, 1e-6);
            Assert.Equal(upper95[h], ninetyFive.Upper, 1e-6);
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
        => Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, actual {actual:R}");
}
