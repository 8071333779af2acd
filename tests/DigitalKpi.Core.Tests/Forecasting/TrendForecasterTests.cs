using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class TrendForecasterTests
{
    public static TheoryData<string> Models => ["linear", "log-linear", "saturating"];

    private static ForecastModel Model(string name) => name switch
    {
        "linear" => new LinearTrendModel(),
        "log-linear" => new LogLinearTrendModel(),
        _ => new SaturatingTrendModel(0, 100),
    };

    private static void Close(double expected, double actual, string what)
        => Assert.True(
            Math.Abs(expected - actual) <= 1e-12 * Math.Max(Math.Abs(expected), 1e-300),
            $"{what}: model path {expected:R}, span path {actual:R}");

    // The oracle here is the fitted-model path, itself checked against R's lm/predict.lm in LinearTrendModelTests and
    // TransformedTrendModelTests; the span path must give the same numbers for every length, including 1 and 2 points.
    [Theory]
    [MemberData(nameof(Models))]
    public void Project_RandomSeries_EqualsFitThenForecastTo1e12(string name)
    {
        var model = Model(name);
        var random = new Random(20261123);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = 1 + (trial % 40);
            var times = new double[n];
            var values = new double[n];
            var level = 5 + (90 * random.NextDouble());
            var slope = (random.NextDouble() - 0.3) * 8;
            for (var i = 0; i < n; i++)
            {
                times[i] = 2020 + (i / 12.0);
                values[i] = Math.Clamp(level + (slope * i / 12.0) + (random.NextDouble() * 6) - 3, 0.5, 99.5);
            }

            var deadline = 2020 + ((n + 1 + random.Next(24)) / 12.0);
            var threshold = 5 + (90 * random.NextDouble());
            var fitted = model.Fit(new TimedSeries(times, values)).Forecast(deadline);
            var interval = fitted.Interval(PredictionLevel.Eighty);
            var projection = TrendForecaster.Project(model, times, values, deadline);

            Close(fitted.Mean, projection.Mean, $"{name} n={n} mean");
            Close(fitted.Median, projection.Median, $"{name} n={n} median");
            Close(interval.Lower, projection.Lower80, $"{name} n={n} lower80");
            Close(interval.Upper, projection.Upper80, $"{name} n={n} upper80");
            Close(fitted.ProbabilityAtLeast(threshold), projection.ProbabilityAtLeast(threshold), $"{name} n={n} P(at least)");
            Close(fitted.ProbabilityAtMost(threshold), projection.ProbabilityAtMost(threshold), $"{name} n={n} P(at most)");
            Close(fitted.ProbabilityBetween(threshold - 5, threshold + 5), projection.ProbabilityBetween(threshold - 5, threshold + 5), $"{name} n={n} P(between)");
        }
    }

    // R: fit <- lm(y ~ t), t <- 2019:2023, y <- c(2.1, 3.9, 6.2, 7.8, 10.1)
    //    p <- predict(fit, data.frame(t = 2024), interval = "prediction", level = 0.8, se.fit = TRUE)
    //    → 11.99, [11.541784346605452, 12.438215653394112]; se <- sqrt(p$se.fit^2 + p$residual.scale^2)
    //    1 - pt((12 - p$fit[1]) / se, 3) = 0.4865739033993296; tolerance 1e-8.
    [Fact]
    public void Project_FiveYearlyPoints_MatchesRPredictLm()
    {
        var p = TrendForecaster.Project(new LinearTrendModel(), [2019.0, 2020, 2021, 2022, 2023], [2.1, 3.9, 6.2, 7.8, 10.1], 2024);
        Assert.Equal(11.99, p.Mean, 1e-9);
        Assert.Equal(11.541784346605452, p.Lower80, 1e-8);
        Assert.Equal(12.438215653394112, p.Upper80, 1e-8);
        Assert.Equal(3, p.DegreesOfFreedom);
        Assert.False(p.UsesReferenceVariance);
        Assert.Equal(0.4865739033993296, p.ProbabilityAtLeast(12), 1e-8);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Project_TwelvePointsAfterWarmUp_AllocatesNothing(string name)
    {
        var model = Model(name);
        double[] times = [.. Enumerable.Range(0, 12).Select(i => 2024 + (i / 12.0))];
        double[] values = [.. Enumerable.Range(0, 12).Select(i => 40 + (1.5 * i) + ((i % 3) - 1))];
        var warm = TrendForecaster.Project(model, times, values, 2026);
        _ = warm.ProbabilityAtLeast(60);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var projection = TrendForecaster.Project(model, times, values, 2026);
        var probability = projection.ProbabilityAtLeast(60);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(probability, 0, 1);
    }

    [Fact]
    public void Project_LongSeries_UsesPooledBufferAndStillEqualsModel()
    {
        double[] times = [.. Enumerable.Range(0, 400).Select(i => 2000 + (i / 12.0))];
        double[] values = [.. Enumerable.Range(0, 400).Select(i => 10 + (0.1 * i) + (i % 5))];
        var model = new LogLinearTrendModel();
        var fitted = model.Fit(new TimedSeries(times, values)).Forecast(2040);
        var projection = TrendForecaster.Project(model, times, values, 2040);
        Close(fitted.Median, projection.Median, "median");
        Close(fitted.ProbabilityAtLeast(60), projection.ProbabilityAtLeast(60), "P(at least)");
    }

    [Fact]
    public void Project_NullModel_Throws()
        => Assert.Throws<ArgumentNullException>(() => TrendForecaster.Project(null!, [1.0], [1.0], 2));

    [Fact]
    public void Project_NotATrendModel_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => TrendForecaster.Project(new NaiveModel(), [1.0], [1.0], 2));
        Assert.Contains("naive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_EmptySeries_ThrowsForecastException()
        => Assert.Throws<ForecastException>(() => TrendForecaster.Project(new LinearTrendModel(), [], [], 2));

    [Fact]
    public void Project_LengthsDiffer_Throws()
        => Assert.Throws<ArgumentException>(() => TrendForecaster.Project(new LinearTrendModel(), [1.0, 2], [1.0], 3));

    [Fact]
    public void Project_TimesNotIncreasing_Throws()
        => Assert.Throws<ArgumentException>(() => TrendForecaster.Project(new LinearTrendModel(), [2.0, 1], [1.0, 2], 3));

    [Theory]
    [InlineData(double.NaN, 1.0, 3.0)]
    [InlineData(1.0, double.PositiveInfinity, 3.0)]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(1.0, 1.0, 0.8)]
    [InlineData(1.0, 1.0, double.NaN)]
    public void Project_NonFiniteOrTimeNotAfterLast_Throws(double secondTime, double secondValue, double at)
        => Assert.Throws<ArgumentOutOfRangeException>(() => TrendForecaster.Project(new LinearTrendModel(), [0.5, secondTime], [1.0, secondValue], at));

    [Fact]
    public void Project_LogLinearNonPositive_ThrowsForecastException()
        => Assert.Throws<ForecastException>(() => TrendForecaster.Project(new LogLinearTrendModel(), [1.0, 2], [1.0, 0], 3));

    [Fact]
    public void ProbabilityBetween_UpperBelowLower_Throws()
    {
        var p = TrendForecaster.Project(new LinearTrendModel(), [1.0, 2, 3], [1.0, 2, 3.5], 4);
        Assert.Throws<ArgumentException>(() => p.ProbabilityBetween(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.Cdf(double.NaN));
    }

    [Fact]
    public void Equality_SameInputs_EqualAndDifferentTimes_NotEqual()
    {
        double[] t = [1.0, 2, 3];
        double[] y = [1.0, 2, 3.5];
        var a = TrendForecaster.Project(new LinearTrendModel(), t, y, 4);
        var b = TrendForecaster.Project(new LinearTrendModel(), t, y, 4);
        var c = TrendForecaster.Project(new LinearTrendModel(), t, y, 5);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals((object)c));
    }

    // Four noisy points give a Student-t projection with 2 degrees of freedom; 1e300 is about 1e299 scales above the
    // centre, where P(T ≥ t) < 1/(2t²) underflows: the chance of reaching it is 0, and of staying at most −1e300 also 0
    // (before the fix t² overflowed and both came back as 0.5).
    [Fact]
    public void Project_TargetFarBeyondTheCentre_HasProbabilityZero()
    {
        var p = TrendForecaster.Project(new LinearTrendModel(), [0, 1, 2, 3], [10, 12, 11, 14], 4);
        Assert.Equal(2, p.DegreesOfFreedom);
        Assert.Equal(0, p.ProbabilityAtLeast(1e300));
        Assert.Equal(0, p.ProbabilityAtMost(-1e300));
    }

    [Theory]
    [InlineData(1e200)]
    [InlineData(1e-300)]
    public void Project_ValueBeyondTheMagnitudes_RefusedAsFitIs(double value)
    {
        // The span path refuses what ForecastModel.Fit refuses (values neither 0 nor of magnitude 1e-100 to 1e100),
        // naming the values argument, instead of failing inside on an overflowing variance.
        var error = Assert.Throws<ForecastException>(() => TrendForecaster.Project(new LinearTrendModel(), [0, 1, 2], [1, value, 2], 3));
        Assert.Equal("values", error.ParamName);
        Assert.Throws<ForecastException>(() => new LinearTrendModel().Fit(TimedSeries.Regular([1, value, 2])));
    }
}
