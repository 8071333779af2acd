using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>
/// Every public model with 1, 2 and 3 points, and on constant series: a documented refusal below the model's
/// minimum, otherwise a forecast whose intervals are nested, widen with the horizon and never have zero width.
/// </summary>
public class ShortSeriesTests
{
    /// <summary>z such that P(Z ≤ z) = 0.9: the 80% interval of a normal is median ± z·sd.</summary>
    private const double Z80 = 1.2815515655446004;

    /// <summary>t such that P(T ≤ t) = 0.9 for Student-t with 1 degree of freedom (Cauchy): tan(0.4π).</summary>
    private static readonly double T1At80 = Math.Tan(0.4 * Math.PI);

    /// <summary>Models that work on the regular grid, also run on quarterly series.</summary>
    private static readonly string[] GridModels =
    [
        "ses", "holt", "damped", "ets(A,N,A)", "ets(A,A,A)", "ets(A,Ad,A)",
        "ses fixed", "holt fixed", "damped fixed", "ets(A,N,A) fixed", "ets(A,A,A) fixed", "ets(A,Ad,A) fixed",
        "ets", "theta", "theta fixed", "auto",
    ];

    /// <summary>Every public model: the continuous-time ones, then the grid ones.</summary>
    private static readonly string[] AllModels = ["naive", "drift", "linear", "log-linear", "saturating", .. GridModels];

    private static readonly double[] ShortValues = [42, 47, 55];

    public static TheoryData<string, int, int> ShortCases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var (name, frequency) in Frequencies())
        {
            foreach (var n in new[] { 1, 2, 3 })
            {
                data.Add(name, frequency, n);
            }
        }

        return data;
    }

    public static TheoryData<string, int, int> ConstantCases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var (name, frequency) in Frequencies())
        {
            foreach (var n in new[] { 2, 3, 8, 30 })
            {
                if (Refusal(name, frequency, n) is null)
                {
                    data.Add(name, frequency, n);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// Values 42, 47, 55 from 2021 (yearly) and what the models' remarks say they do with them, computed by hand.
    /// Columns: model, frequency, points, years ahead of the last point, median, 80% lower and upper bound.
    /// r = 0.1 is <see cref="ShortSeriesPolicy.Default"/>; ȳ is the mean absolute value of the points used.
    /// </summary>
    public static TheoryData<string, int, int, double, double, double, double> DocumentedCases()
    {
        var data = new TheoryData<string, int, int, double, double, double, double>();
        void Normal(string name, int frequency, int n, double ahead, double median, double sd)
            => data.Add(name, frequency, n, ahead, median, median - (Z80 * sd), median + (Z80 * sd));
        void Cauchy(string name, int n, double ahead, double median, double scale)
            => data.Add(name, 1, n, ahead, median, median - (T1At80 * scale), median + (T1At80 * scale));

        // 1 point (42): flat at 42, sd r·ȳ·√(years ahead) = 4.2·√Δ (naive, drift, linear, auto).
        Normal("naive", 1, 1, 1, 42, 4.2);
        Normal("naive", 1, 1, 4, 42, 8.4);
        Normal("drift", 1, 1, 1, 42, 4.2);
        Normal("linear", 1, 1, 2, 42, 4.2 * Math.Sqrt(2));
        Normal("auto", 1, 1, 1, 42, 4.2);
        Normal("auto", 4, 1, 0.25, 42, 4.2 * 0.5); // per √year: a quarter ahead is half a year's sd

        // Naive, 2 points: σ² from the single change, 5² per year; 3 points: σ² = (5² + 8²)/2 = 44.5, two years ahead 89.
        Normal("naive", 1, 2, 1, 47, 5);
        Normal("naive", 1, 3, 2, 55, Math.Sqrt(89));

        // Drift, 2 points: slope 5 a year, reference σ = r·ȳ = 0.1·44.5 = 4.45; sd = σ·√(Δ(1 + Δ/T)) with Δ = T = 1.
        Normal("drift", 1, 2, 1, 52, 4.45 * Math.Sqrt(2));
        Normal("auto", 1, 2, 1, 52, 4.45 * Math.Sqrt(2)); // auto is the drift method here, normal with the reference
        // Drift, 3 points: slope 13/2 = 6.5, changes 5 and 8 deviate by ∓1.5: σ² = 4.5/(3 − 2); T = 2: sd = √(4.5·1.5).
        Normal("drift", 1, 3, 1, 61.5, Math.Sqrt(4.5 * 1.5));
        // auto: the same location and scale, Student-t with n − 2 = 1 degree of freedom.
        Cauchy("auto", 3, 1, 61.5, Math.Sqrt(4.5 * 1.5));

        // Linear, 2 points: the line through both reaches 52 in 2023; reference s = 4.45 and leverage
        // 1 + 1/n + (t − t̄)²/Sxx = 1 + 1/2 + 1.5²/0.5 = 6.
        Normal("linear", 1, 2, 1, 52, 4.45 * Math.Sqrt(6));
        // Linear, 3 points: slope 6.5, ȳ = 48 at t̄ = 2022, so 61 in 2024; residuals 0.5, −1, 0.5: s² = 1.5/1;
        // leverage 1 + 1/3 + 2²/2 = 10/3: Student-t with 1 degree of freedom, scale √(1.5·10/3) = √5.
        Cauchy("linear", 3, 1, 61, Math.Sqrt(5));

        // Log-linear: 1 point — log-scale sd r·√Δ = 0.1; 2 points — growth 47/42 a year, log-scale sd 0.1·√6.
        data.Add("log-linear", 1, 1, 1, 42, 42 * Math.Exp(-Z80 * 0.1), 42 * Math.Exp(Z80 * 0.1));
        var logMedian = 47.0 * 47 / 42;
        data.Add("log-linear", 1, 2, 1, logMedian, logMedian * Math.Exp(-Z80 * 0.1 * Math.Sqrt(6)), logMedian * Math.Exp(Z80 * 0.1 * Math.Sqrt(6)));

        // Saturating (0, 100): logit-scale sd 4·r·√Δ = 0.4 for 1 point; 2 points — the logit line through both,
        // logit(p) = 2·logit(0.47) − logit(0.42) in 2023, sd 0.4·√6.
        data.Add("saturating", 1, 1, 1, 42, 100 * InverseLogit(Logit(0.42) - (Z80 * 0.4)), 100 * InverseLogit(Logit(0.42) + (Z80 * 0.4)));
        var z = (2 * Logit(0.47)) - Logit(0.42);
        var zs = Z80 * 0.4 * Math.Sqrt(6);
        data.Add("saturating", 1, 2, 1, 100 * InverseLogit(z), 100 * InverseLogit(z - zs), 100 * InverseLogit(z + zs));

        // SES with alpha 0.5 and level 40 fixed (nothing estimated: σ² = SSE/n): errors 2, 6, 11 and levels 41, 44, 49.5;
        // σ² = 4/1, 40/2, 161/3; two steps ahead the variance is σ²(1 + α²).
        Normal("ses fixed", 1, 1, 1, 41, 2);
        Normal("ses fixed", 1, 2, 1, 44, Math.Sqrt(20));
        Normal("ses fixed", 1, 3, 2, 49.5, Math.Sqrt(161.0 / 3 * 1.25));
        // Holt with alpha 0.5, beta 0.1, level 40, slope 5 fixed: forecast 45, error −3, level 43.5, slope 4.7: 48.2, σ = 3.
        Normal("holt fixed", 1, 1, 1, 48.2, 3);
        // Damped, also phi 0.9: forecast 40 + 4.5 = 44.5, error −2.5, level 43.25, slope 4.5 − 0.25 = 4.25:
        // 43.25 + 0.9·4.25 = 47.075, σ = 2.5.
        Normal("damped fixed", 1, 1, 1, 47.075, 2.5);
        // Theta with alpha 0.5 and level 40 fixed, 3 points: the SES levels above end at 49.5 with σ² = 161/3; the
        // least-squares slope of 42, 47, 55 is 6.5 a step, so one step ahead 49.5 + 6.5/2 · (1 − 0.5³)/0.5 = 55.1875.
        Normal("theta fixed", 1, 3, 1, 55.1875, Math.Sqrt(161.0 / 3));
        return data;
    }

    [Theory]
    [MemberData(nameof(ShortCases))]
    public void Fit_OneToThreePoints_RefusedBelowMinimumElseNestedIntervalsWideningWithHorizon(string name, int frequency, int n)
    {
        var model = Model(name);
        var series = TimedSeries.Regular(ShortValues.AsSpan(0, n), frequency, 2021);

        if (Refusal(name, frequency, n) is { } needed)
        {
            var e = Assert.Throws<ForecastException>(() => model.Fit(series));
            Assert.Equal("series", e.ParamName);
            Assert.Contains(needed, e.Message, StringComparison.Ordinal);
            return;
        }

        var fit = model.Fit(series);
        Assert.Equal(n, fit.N);
        AssertWideningIntervals(fit.Forecast(Times(series, frequency)));
    }

    [Theory]
    [MemberData(nameof(DocumentedCases))]
    public void Forecast_OneToThreePoints_MedianAnd80PercentBoundsAsDocumented(
        string name, int frequency, int n, double ahead, double median, double lower80, double upper80)
    {
        var series = TimedSeries.Regular(ShortValues.AsSpan(0, n), frequency, 2021);

        var f = Model(name).Fit(series).Forecast(series.LastTime + ahead);

        var i80 = f.Interval(PredictionLevel.Eighty);
        Assert.Equal(median, f.Median, 1e-9 * Math.Abs(median));
        Assert.Equal(lower80, i80.Lower, 1e-9 * Math.Abs(median));
        Assert.Equal(upper80, i80.Upper, 1e-9 * Math.Abs(median));
    }

    [Theory]
    [MemberData(nameof(ConstantCases))]
    public void Forecast_ConstantSeries_FlatAtTheValueWithPositiveWidthAndReferenceVariance(string name, int frequency, int n)
    {
        var series = TimedSeries.Regular(Enumerable.Repeat(50.0, n).ToArray(), frequency, 2021);
        var isFixed = name.EndsWith(" fixed", StringComparison.Ordinal);

        var fit = Model(name).Fit(series);

        // A model that estimates its level from the data fits a constant series perfectly (σ² = 0), so its spread must
        // come from the reference; a fixed initial level of 40 leaves errors, hence an estimated σ² and no flat forecast.
        Assert.Equal(!isFixed, fit.UsesReferenceVariance);
        foreach (var f in fit.Forecast([series.LastTime + (1.0 / frequency), series.LastTime + 3]))
        {
            Assert.True(f.Interval(PredictionLevel.Eighty).Width > 0, $"80% interval of zero width at {f.Time}");
            Assert.True(f.Interval(PredictionLevel.NinetyFive).Width > 0, $"95% interval of zero width at {f.Time}");
            if (!isFixed)
            {
                // The back-transformed means of log-linear and saturating exceed or differ from the median by design.
                var centre = name is "log-linear" or "saturating" ? f.Median : f.Mean;
                Assert.Equal(50, centre, 50 * 1e-9);
            }
        }
    }

    /// <summary>The model named in <see cref="AllModels"/>: default settings, or every parameter and initial state fixed.</summary>
    private static ForecastModel Model(string name) => name switch
    {
        "naive" => new NaiveModel(),
        "drift" => new DriftModel(),
        "linear" => new LinearTrendModel(),
        "log-linear" => new LogLinearTrendModel(),
        "saturating" => new SaturatingTrendModel(0, 100),
        "ses" => ExponentialSmoothingModel.Simple,
        "holt" => ExponentialSmoothingModel.Holt,
        "damped" => ExponentialSmoothingModel.Damped,
        "ets(A,N,A)" => new ExponentialSmoothingModel(EtsTrend.None, seasonal: true),
        "ets(A,A,A)" => new ExponentialSmoothingModel(EtsTrend.Additive, seasonal: true),
        "ets(A,Ad,A)" => new ExponentialSmoothingModel(EtsTrend.Damped, seasonal: true),
        "ses fixed" => Fixed(EtsTrend.None, false),
        "holt fixed" => Fixed(EtsTrend.Additive, false),
        "damped fixed" => Fixed(EtsTrend.Damped, false),
        "ets(A,N,A) fixed" => Fixed(EtsTrend.None, true),
        "ets(A,A,A) fixed" => Fixed(EtsTrend.Additive, true),
        "ets(A,Ad,A) fixed" => Fixed(EtsTrend.Damped, true),
        "ets" => AutoExponentialSmoothingModel.Default,
        "theta" => ThetaModel.Default,
        "theta fixed" => new ThetaModel(alpha: 0.5, initialLevel: 40),
        "auto" => AutoModel.Default,
        _ => throw new ArgumentException($"No model named {name}.", nameof(name)),
    };

    /// <summary>Every parameter and initial state the constructor accepts fixed (the seasonal states cannot be: m − 1 stay estimated).</summary>
    private static ExponentialSmoothingModel Fixed(EtsTrend trend, bool seasonal)
        => new(trend, seasonal, alpha: 0.5, beta: 0.1, gamma: 0.1, phi: 0.9, initialLevel: 40, initialTrend: 5);

    /// <summary>
    /// The stable part of the message with which a model refuses n points of a series with this frequency, or null
    /// when it accepts them: below <see cref="ForecastModel.MinimumPoints"/> (ForecastModel.Fit's message), then for the
    /// seasonal forms a seasonal period of 2 to 24 and "two seasonal cycles and one more than its parameters"
    /// (ExponentialSmoothingModel's remarks): on quarterly data 8, and 3 + 5 + 1 = 9 for ets(A,A,A), 3 + 6 + 1 = 10 for ets(A,Ad,A).
    /// </summary>
    private static string? Refusal(string name, int frequency, int n)
    {
        var model = Model(name);
        if (n < model.MinimumPoints)
        {
            return $"The {model.Name} model needs at least {model.MinimumPoints} observation(s); the series has {n}.";
        }

        if (model is not ExponentialSmoothingModel { Seasonal: true })
        {
            return null;
        }

        if (frequency == 1)
        {
            return $"The {model.Name} model needs a seasonal period from 2 to 24; the series has 1.";
        }

        var needed = name switch
        {
            "ets(A,A,A)" => 9,
            "ets(A,Ad,A)" => 10,
            _ => 8,
        };
        return n < needed ? $"The {model.Name} model needs at least {needed} observations (two seasonal cycles and one more than its parameters); the series has {n}." : null;
    }

    /// <summary>Each model with the frequencies it is tested on: yearly, and quarterly for the grid models; the seasonal forms quarterly only on constant series.</summary>
    private static IEnumerable<(string Name, int Frequency)> Frequencies()
    {
        foreach (var name in AllModels)
        {
            yield return (name, 1);
            if (GridModels.Contains(name))
            {
                yield return (name, 4);
            }
        }
    }

    /// <summary>Forecast times half a step, one step, 3 years and 9 years after the last point.</summary>
    private static double[] Times(TimedSeries series, int frequency)
    {
        var step = 1.0 / frequency;
        return [series.LastTime + (step / 2), series.LastTime + step, series.LastTime + 3, series.LastTime + 9];
    }

    private static void AssertWideningIntervals(IEnumerable<ForecastDistribution> forecasts)
    {
        double previousWidth = 0;
        foreach (var f in forecasts)
        {
            var i80 = f.Interval(PredictionLevel.Eighty);
            var i95 = f.Interval(PredictionLevel.NinetyFive);
            Assert.True(i80.Width > 0, $"80% interval of zero width at {f.Time}");
            Assert.True(i95.Lower < i80.Lower && i80.Upper < i95.Upper, $"80% not inside 95% at {f.Time}");
            Assert.True(i95.Width > previousWidth, $"95% interval does not widen at {f.Time}");
            Assert.True(double.IsFinite(f.Mean) && double.IsFinite(f.Median));
            previousWidth = i95.Width;
        }
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double InverseLogit(double z) => 1 / (1 + Math.Exp(-z));
}
