using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Benchmarks;

/// <summary>
/// The trend models' hot path for assessing many targets: <see cref="TrendForecaster.Project"/> on spans (fit,
/// forecast to the deadline, 80% interval, mean, P(meet)) against the object path
/// <c>Fit(series).Forecast(deadline)</c> with the same reads. Target: under 1 µs and 0 B for 12 points.
/// </summary>
[MemoryDiagnoser]
public class TrendHotPathBenchmarks
{
    private ForecastModel model = new LinearTrendModel();
    private double[] times = [];
    private double[] values = [];
    private TimedSeries series = SeriesFactory.MonthlySeries(1, 0);
    private double deadline;
    private double threshold;

    [Params("linear", "log-linear", "saturating")]
    public string Method { get; set; } = "linear";

    [Params(4, 12, 40)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        model = ForecastBenchmarks.Model(Method);
        (times, values) = SeriesFactory.Monthly(Length, Length);
        series = new TimedSeries(times, values, 12);
        deadline = times[^1] + 1;
        threshold = values[^1] + 10;
    }

    [Benchmark(Baseline = true)]
    public double ObjectPath()
    {
        var forecast = model.Fit(series).Forecast(deadline);
        var interval = forecast.Interval(PredictionLevel.Eighty);
        return forecast.Mean + interval.Lower + interval.Upper + forecast.ProbabilityAtLeast(threshold);
    }

    [Benchmark]
    public double SpanPath()
    {
        var projection = TrendForecaster.Project(model, times, values, deadline);
        return projection.Mean + projection.Lower80 + projection.Upper80 + projection.ProbabilityAtLeast(threshold);
    }
}
