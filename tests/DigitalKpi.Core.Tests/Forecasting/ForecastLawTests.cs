using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>Laws every model's forecasts obey, checked through the public API on generated series.</summary>
public class ForecastLawTests
{
    private static readonly ForecastModel[] AllModels =
    [
        new NaiveModel(),
        new DriftModel(),
        new LinearTrendModel(),
        new LogLinearTrendModel(),
        new SaturatingTrendModel(0, 100),
        ExponentialSmoothingModel.Simple,
        ExponentialSmoothingModel.Holt,
        ExponentialSmoothingModel.Damped,
        AutoExponentialSmoothingModel.Default,
        ThetaModel.Default,
        AutoModel.Default,
    ];

    private static readonly double[] Probabilities = [1e-9, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-9];

    private static readonly double[] Targets = [-1e300, -1e6, -100, -1, 0, 1, 20, 50, 80, 100, 1e6, 1e300];

    /// <summary>
    /// A positive noisy series between about 10 and 90 (so every model, log-linear and saturating included, accepts it),
    /// quarterly, of 1 to 30 points, from <paramref name="seed"/>.
    /// </summary>
    private static TimedSeries Series(int seed, int count, double scale = 1, double shift = 0)
    {
        var random = new Random(seed);
        var slope = (random.NextDouble() - 0.5) * 4;
        var noise = 0.5 + (random.NextDouble() * 5);
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            var v = 50 + (slope * i) + (noise * (random.NextDouble() - 0.5));
            y[i] = (Math.Clamp(v, 10, 90) * scale) + shift;
        }

        return TimedSeries.Regular(y, 4, 2020);
    }

    // Laws of one forecast distribution: quantiles finite and non-decreasing in p, Cdf the inverse of Quantile (where the
    // quantile is not rounded onto a bound), the 80% interval inside the 95% one with the median inside both, the chance of
    // reaching a target in [0, 1], non-increasing in the target over the whole double range and certain for −1e300 (a
    // heavy-tailed log-scale forecast may still reach 1e300 with a small chance), the saturating model
    // inside its bounds. Over every model, 1 to 30 points, horizons from a fraction of a step to 10 years.
    [Property(MaxTest = 150)]
    public bool Forecast_EveryModel_ObeysDistributionLaws(ushort seed, byte countSeed, byte modelSeed, byte horizonSeed)
    {
        var model = AllModels[modelSeed % AllModels.Length];
        var series = Series(seed, 1 + (countSeed % 30));
        if (series.Count < model.MinimumPoints)
        {
            return true;
        }

        var horizon = 0.05 + (horizonSeed / 25.5);
        var d = model.Fit(series).Forecast(series.LastTime + horizon);
        var ok = double.IsFinite(d.Mean) && double.IsFinite(d.Median)
            && (d.StandardDeviation is not { } sd || (double.IsFinite(sd) && sd >= 0));

        var previous = double.NegativeInfinity;
        foreach (var p in Probabilities)
        {
            var q = d.Quantile(p);
            ok &= double.IsFinite(q) && q >= previous;
            // Near the upper bound the distance 100 − q is held only to the spacing of doubles near 100 (1.4e-14): a quantile
            // 1e-11 below it (p = 0.999 of a 2-point saturating forecast 4 years out) reads back as p − 2e-7. Near 0 the
            // doubles are dense, so only the upper side is left out.
            var onBound = model is SaturatingTrendModel && (q <= 0 || q >= 100 - 1e-6);
            if (!onBound && p >= 0.001 && p <= 0.999)
            {
                ok &= Math.Abs(d.Cdf(q) - p) <= 1e-7;
            }

            previous = q;
        }

        var i80 = d.Interval(PredictionLevel.Eighty);
        var i95 = d.Interval(PredictionLevel.NinetyFive);
        ok &= i95.Lower <= i80.Lower && i80.Upper <= i95.Upper && i80.Width > 0 && i80.Contains(d.Median);

        var chance = 1.0;
        foreach (var x in Targets)
        {
            var atLeast = d.ProbabilityAtLeast(x);
            ok &= atLeast >= 0 && atLeast <= chance && Math.Abs(atLeast + d.ProbabilityAtMost(x) - 1) <= 1e-12;
            chance = atLeast;
        }

        ok &= d.ProbabilityAtLeast(-1e300) == 1;
        if (model is SaturatingTrendModel)
        {
            ok &= i95.Lower >= 0 && i95.Upper <= 100 && d.Mean > 0 && d.Mean < 100;
        }

        return ok;
    }

    // Scale equivariance: multiplying the series by 1000 multiplies the mean and every quantile by 1000 (the estimates
    // are location-scale equivariant and the short-series reference is a fraction of the level, so it scales too).
    [Property(MaxTest = 60)]
    public bool Forecast_SeriesTimesThousand_ScalesMeanAndQuantiles(ushort seed, byte countSeed, byte modelSeed, byte horizonSeed)
    {
        ForecastModel[] models = [new NaiveModel(), new DriftModel(), new LinearTrendModel(), ExponentialSmoothingModel.Simple, ExponentialSmoothingModel.Holt, AutoExponentialSmoothingModel.Default, ThetaModel.Default, AutoModel.Default];
        var model = models[modelSeed % models.Length];
        var count = Math.Max(4 + (countSeed % 27), model.MinimumPoints);
        var time = Series(seed, count).LastTime + 0.1 + (horizonSeed / 50.0);
        var a = model.Fit(Series(seed, count)).Forecast(time);
        var b = model.Fit(Series(seed, count, scale: 1000)).Forecast(time);
        var spread = a.Quantile(0.975) - a.Quantile(0.025);
        var ok = Math.Abs((b.Mean / 1000) - a.Mean) <= 1e-9 * Math.Abs(a.Mean);
        foreach (var p in Probabilities)
        {
            ok &= Math.Abs((b.Quantile(p) / 1000) - a.Quantile(p)) <= 1e-8 * spread;
        }

        return ok;
    }

    // Shift equivariance of the models linear in the data with an estimated variance: adding 1000 to every value adds
    // 1000 to the mean and every quantile and leaves the spread alone. Noisy series of 4 or more points, so the variance
    // is estimated from the residuals, not from the level-dependent short-series reference.
    [Property(MaxTest = 60)]
    public bool Forecast_SeriesPlusThousand_ShiftsMeanAndQuantiles(ushort seed, byte countSeed, byte modelSeed, byte horizonSeed)
    {
        ForecastModel[] models = [new NaiveModel(), new DriftModel(), new LinearTrendModel(), ThetaModel.Default];
        var model = models[modelSeed % models.Length];
        var count = 4 + (countSeed % 27);
        var time = Series(seed, count).LastTime + 0.1 + (horizonSeed / 50.0);
        var a = model.Fit(Series(seed, count)).Forecast(time);
        var b = model.Fit(Series(seed, count, shift: 1000)).Forecast(time);
        var ok = Math.Abs(b.Mean - 1000 - a.Mean) <= 1e-9 * 1000;
        foreach (var p in Probabilities)
        {
            ok &= Math.Abs(b.Quantile(p) - 1000 - a.Quantile(p)) <= 1e-9 * 1000;
        }

        return ok;
    }

    // One fitted model shared by many threads gives, at every time, exactly the forecast it gives on one thread.
    [Fact]
    public void Forecast_SharedFittedModelAcrossThreads_IsIdentical()
    {
        var series = Series(7, 24);
        var times = Enumerable.Range(1, 100).Select(i => series.LastTime + (i * 0.13)).ToArray();
        foreach (var model in AllModels)
        {
            var fitted = model.Fit(series);
            var serial = times.Select(t => Summary(fitted.Forecast(t))).ToArray();
            var parallel = new (double, double, double)[times.Length * 8];
            Parallel.For(0, parallel.Length, k => parallel[k] = Summary(fitted.Forecast(times[k % times.Length])));
            for (var k = 0; k < parallel.Length; k++)
            {
                Assert.Equal(serial[k % times.Length], parallel[k]);
            }
        }

        static (double, double, double) Summary(ForecastDistribution d) => (d.Mean, d.Quantile(0.9), d.Cdf(55));
    }

    public static TheoryData<string> GridModels => ["ses", "holt", "damped", "ets(A,A,A)", "ets", "theta"];

    // Exponential smoothing and Theta need a regular grid: an irregular series is refused with a ForecastException
    // that names the series and says why, never forecast as if it were regular.
    [Theory]
    [MemberData(nameof(GridModels))]
    public void Fit_IrregularSeriesForGridModel_ThrowsForecastException(string name)
    {
        var model = GridModel(name);
        double[] t = [0, 1, 2, 3.5, 4, 5, 6, 7, 8, 9, 10, 11];
        var series = new TimedSeries(t, t.Select(x => 10 + x).ToArray());
        var e = Assert.Throws<ForecastException>(() => model.Fit(series));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("equally spaced", e.Message, StringComparison.Ordinal);
    }

    // A forecast time must lie strictly after the last observation and be finite, for every model.
    [Theory]
    [InlineData(0.0)] // the last observation itself
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Forecast_TimeNotAfterLastObservation_Throws(double offset)
    {
        var series = Series(3, 12);
        foreach (var model in AllModels)
        {
            var fitted = model.Fit(series);
            Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast(series.LastTime + offset));
            Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast([series.LastTime + 1, series.LastTime + offset]));
        }
    }

    // Every model, continuous-time ones included, forecasts up to FittedModel.MaxYearsAhead (1,000,000 years) after the last
    // observation and refuses beyond it with an ArgumentOutOfRangeException on the time (before: the continuous-time models
    // went on until their spread overflowed, about 1e160 years out, and then threw about an internal "standardDeviation"
    // or "scale"). TrendForecaster.Project, the allocation-free path of the trend models, refuses the same times.
    [Fact]
    public void Forecast_BeyondMaximumYearsAhead_ThrowsArgumentOutOfRangeOnTheTime()
    {
        var series = Series(3, 12);
        foreach (var model in AllModels)
        {
            var fitted = model.Fit(series);
            foreach (var ahead in new[] { 1e6 + 1, 1e170, 1e300 })
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast(series.LastTime + ahead));
                Assert.Equal("time", e.ParamName);
                Assert.Contains("1,000,000 years", e.Message, StringComparison.Ordinal);
                Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast([series.LastTime + 1, series.LastTime + ahead]));
            }
        }

        foreach (var model in new ForecastModel[] { new LinearTrendModel(), new LogLinearTrendModel(), new SaturatingTrendModel(0, 100) })
        {
            var fitted = model.Fit(series);
            if (model is not LogLinearTrendModel)
            {
                // A log-linear forecast that far out leaves double's range unless the series barely grows; that
                // refusal is tested in TransformedTrendModelTests.
                Assert.True(double.IsFinite(fitted.Forecast(series.LastTime + 1e6).Mean));
            }

            var e = Assert.Throws<ArgumentOutOfRangeException>(() => TrendForecaster.Project(model, series.Times, series.Values, series.LastTime + 1e170));
            Assert.Equal("time", e.ParamName);
        }
    }

    public static TheoryData<string> AllGridModels => ["ses", "holt", "damped", "ets(A,A,A)", "ets", "theta", "auto"];

    // Models on a regular grid work in whole steps; a time a billion years out (a time passed in the wrong unit, such as
    // seconds) is refused as out of range instead of crashing (before the fix: OutOfMemoryException from a variance table
    // of one entry per step, IndexOutOfRangeException from an overflowing season index, or a horizon silently cut to
    // int.MaxValue steps).
    [Theory]
    [MemberData(nameof(AllGridModels))]
    public void Forecast_GridModelBeyondMaximumHorizon_ThrowsArgumentOutOfRange(string name)
    {
        var model = GridModel(name);
        var series = Series(5, 24);
        var fitted = model.Fit(series);
        Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast(series.LastTime + 1e9));
        Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast(series.LastTime + 1e12 + 0.1));
        Assert.True(double.IsFinite(fitted.Forecast(series.LastTime + 1000).Mean));
    }

    // 90,000 years of monthly data is within FittedModel.MaxYearsAhead but 1,080,000 steps, beyond the grid's 1,000,000:
    // the error names the argument the caller passed, "times" from the span overload as for its other time errors, "time"
    // from the single-time one (before the fix the span overload named "time", a parameter it does not have). The values
    // are off a straight line so that auto uses its Theta branch, not the continuous-time drift it keeps for exact lines.
    [Theory]
    [MemberData(nameof(AllGridModels))]
    public void Forecast_GridModelBeyondMaximumSteps_NamesTheCallersParameter(string name)
    {
        var series = TimedSeries.Regular(Enumerable.Range(0, 40).Select(i => 100.0 + i + (i * 7 % 5)).ToArray(), 12, 2020);
        var fitted = GridModel(name).Fit(series);
        var time = series.LastTime + 90_000;
        Assert.True(90_000 <= FittedModel.MaxYearsAhead && 90_000 * 12 > 1_000_000);
        var fromSpan = Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast([series.LastTime + 1, time]));
        Assert.Equal("times", fromSpan.ParamName);
        Assert.Contains("1000000 steps", fromSpan.Message, StringComparison.Ordinal);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => fitted.Forecast(time)).ParamName);
    }

    // Beyond the 64 steps kept in a table, simple exponential smoothing still has Var(y_{n+h}) = σ²(1 + α²(h − 1))
    // (FPP3 Table 8.8): with α fixed at 0.5, 4000 quarterly steps (1000 years) ahead the sd is σ·√(1 + 0.25·3999).
    [Fact]
    public void Forecast_SesThousandYearsAhead_HasClosedFormVariance()
    {
        var series = Series(11, 20);
        var fitted = new ExponentialSmoothingModel(alpha: 0.5).Fit(series);
        var d = fitted.Forecast(series.LastTime + 1000);
        var expected = Math.Sqrt(fitted.Sigma2 * (1 + (0.25 * 3999)));
        Assert.Equal(expected, d.StandardDeviation!.Value, expected * 1e-9);
    }

    // Values whose squares leave the range of double (about 1e±154) cannot give a variance: every model refuses them
    // with a ForecastException naming the series, as ForecastModel.Fit documents (before the fix: an
    // ArgumentOutOfRangeException about an internal "sigma2" or "standardError" at 1e200, and a zero standard
    // deviation refused by NormalForecast at 1e-300). At the accepted extremes 1e±100 every model forecasts finitely.
    [Theory]
    [InlineData(1e200, false)]
    [InlineData(-1e200, false)]
    [InlineData(1e-300, false)]
    [InlineData(1e98, true)] // values up to 9e99
    [InlineData(1e-100, true)] // values from 1e-99
    public void Fit_ExtremeMagnitudes_RefusedOrForecastFinitely(double scale, bool accepted)
    {
        var series = Series(9, 16, scale: scale);
        foreach (var model in AllModels.Where(m => m is not SaturatingTrendModel && (scale > 0 || m is not LogLinearTrendModel)))
        {
            if (!accepted)
            {
                Assert.Equal("series", Assert.Throws<ForecastException>(() => model.Fit(series)).ParamName);
                continue;
            }

            var d = model.Fit(series).Forecast(series.LastTime + 0.7);
            var i95 = d.Interval(PredictionLevel.NinetyFive);
            Assert.True(double.IsFinite(d.Mean) && i95.Width > 0 && double.IsFinite(i95.Width), model.Name);
        }
    }

    /// <summary>The grid model named in <see cref="GridModels"/> and <see cref="AllGridModels"/>.</summary>
    private static ForecastModel GridModel(string name) => name switch
    {
        "ses" => ExponentialSmoothingModel.Simple,
        "holt" => ExponentialSmoothingModel.Holt,
        "damped" => ExponentialSmoothingModel.Damped,
        "ets(A,A,A)" => new ExponentialSmoothingModel(EtsTrend.Additive, seasonal: true),
        "ets" => AutoExponentialSmoothingModel.Default,
        "theta" => ThetaModel.Default,
        "auto" => AutoModel.Default,
        _ => throw new ArgumentException($"No grid model named {name}.", nameof(name)),
    };
}
