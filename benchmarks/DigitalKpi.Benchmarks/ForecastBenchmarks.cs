using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Benchmarks;

/// <summary>
/// Each forecasting method through its public object path: fit a monthly series, forecast at a deadline a year
/// after the last point and read the probability of meeting an "at least" target. Holt's linear and the damped trend
/// methods need 5 points, so they run at 12 and 40 only.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private ForecastModel model = new NaiveModel();
    private TimedSeries series = SeriesFactory.MonthlySeries(1, 0);
    private double deadline;
    private double threshold;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "linear/12";

    public static IEnumerable<string> Cases()
    {
        string[] methods = ["naive", "drift", "linear", "log-linear", "saturating", "ets-ann", "ets-aan", "ets-aadn", "theta", "auto"];
        foreach (var method in methods)
        {
            foreach (var length in new[] { 4, 12, 40 })
            {
                if (method is "ets-aan" or "ets-aadn" && length < 5)
                {
                    continue;
                }

                yield return $"{method}/{length}";
            }
        }

        // Monthly auto combines from 10 + 3 * 24 = 82 points; shorter monthly series get Theta.
        yield return "auto/100";
    }

    public static ForecastModel Model(string method) => method switch
    {
        "naive" => new NaiveModel(),
        "drift" => new DriftModel(),
        "linear" => new LinearTrendModel(),
        "log-linear" => new LogLinearTrendModel(),
        "saturating" => new SaturatingTrendModel(0, 100),
        "ets-ann" => ExponentialSmoothingModel.Simple,
        "ets-aan" => ExponentialSmoothingModel.Holt,
        "ets-aadn" => ExponentialSmoothingModel.Damped,
        "theta" => ThetaModel.Default,
        "auto" => AutoModel.Default,
        _ => throw new ArgumentException($"Unknown method {method}.", nameof(method)),
    };

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split('/');
        model = Model(parts[0]);
        var length = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        series = SeriesFactory.MonthlySeries(length, length);
        deadline = series.LastTime + 1;
        threshold = series.Values[^1] + 10;
    }

    [Benchmark]
    public double FitForecastProbability() => model.Fit(series).Forecast(deadline).ProbabilityAtLeast(threshold);
}
