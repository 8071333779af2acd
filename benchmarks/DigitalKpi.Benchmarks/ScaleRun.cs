using System.Diagnostics;
using System.Globalization;
using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Benchmarks;

/// <summary>
/// The million-target timing outside BenchmarkDotNet (one long run, not a micro-benchmark): N synthetic targets
/// with 12 monthly points each, each projected by the linear trend to its deadline and its probability of
/// meeting the target read, in parallel over all cores; prints targets, seconds and targets per second.
/// Usage: <c>--scale [targets]</c>.
/// </summary>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        const int Points = 12;
        var times = new double[count * Points];
        var values = new double[count * Points];
        var thresholds = new double[count];
        for (var k = 0; k < count; k++)
        {
            var (t, y) = SeriesFactory.Monthly(Points, k);
            t.CopyTo(times, k * Points);
            y.CopyTo(values, k * Points);
            thresholds[k] = y[^1] + 10;
        }

        var model = new LinearTrendModel();
        var probabilities = new double[count];
        var deadline = 2024 + (Points / 12.0) + 1;
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, count, k =>
            {
                var projection = TrendForecaster.Project(model, times.AsSpan(k * Points, Points), values.AsSpan(k * Points, Points), deadline);
                probabilities[k] = projection.ProbabilityAtLeast(thresholds[k]);
            });
            clock.Stop();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round + 1}: {count} targets x {Points} points, linear trend, span path: {clock.Elapsed.TotalSeconds:F3} s ({count / clock.Elapsed.TotalSeconds:F0} targets/s), mean P = {probabilities.Average():F4}"));
        }

        return 0;
    }
}
