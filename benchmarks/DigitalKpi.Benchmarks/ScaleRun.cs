using System.Diagnostics;
using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Benchmarks;

/// <summary>
/// The million-target timing outside BenchmarkDotNet (one long run, not a micro-benchmark): N synthetic targets
/// with 12 monthly points each, each projected by the linear trend to its deadline and its probability of
/// meeting the target read, in parallel over all cores; prints targets, seconds and targets per second.
/// With <c>--assessor</c> the same count goes through <c>Assessor.Assess</c> on a programme read from a workbook
/// (evidence and vi/en explanations included) with a Stopwatch breakdown of one target's path.
/// The assessor runs three rounds (the first pays for the JIT), each after a full collection.
/// Usage: <c>--scale [targets] [--assessor]</c>.
/// </summary>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        if (args.Contains("--assessor"))
        {
            return AssessorRun(count);
        }

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

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static int AssessorRun(int count)
    {
        var asOf = new LocalDate(2025, 1, 15);
        var clock = Stopwatch.StartNew();
        var programme = ProgrammeFactory.Build(count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built and read a workbook of {count} targets, {programme.Observations.Length} observations: {clock.Elapsed.TotalSeconds:F1} s"));
        var policy = ProbabilisticPolicy.Default;
        for (var round = 0; round < 3; round++)
        {
            // Each round starts from a collected heap, so it does not pay for the previous round's million results.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu0 = Cpu();
            var (bytes0, pause0) = (GC.GetTotalAllocatedBytes(precise: false), GC.GetTotalPauseDuration());
            var gcs0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            clock.Restart();
            var result = Assessor.Assess(programme, asOf, policy);
            var all = clock.Elapsed.TotalSeconds;
            var cpu = (Cpu() - cpu0).TotalSeconds;
            var perTarget = (GC.GetTotalAllocatedBytes(precise: false) - bytes0) / (double)count;
            var pause = (GC.GetTotalPauseDuration() - pause0).TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round + 1}: Assessor.Assess: wall {all:F2} s, CPU {cpu:F2} s, allocated {perTarget:F0} B/target, GC pause {pause:F2} s, collections gen0/1/2 {GC.CollectionCount(0) - gcs0.Item1}/{GC.CollectionCount(1) - gcs0.Item2}/{GC.CollectionCount(2) - gcs0.Item3}"));
            var targets = programme.Targets;
            var sample = Math.Min(targets.Length, 20_000);
            var series = new IndicatorSeries[sample];
            var cpuClock = Cpu();
            for (var i = 0; i < sample; i++)
            {
                series[i] = programme.GetSeries(targets[i].IndicatorId, targets[i].ScopeId, asOf);
            }

            var getSeries = (Cpu() - cpuClock).TotalMilliseconds * 1000 / sample;
            cpuClock = Cpu();
            var timed = new TimedSeries[sample];
            for (var i = 0; i < sample; i++)
            {
                timed[i] = series[i].ToTimedSeries();
            }

            var toTimed = (Cpu() - cpuClock).TotalMilliseconds * 1000 / sample;
            cpuClock = Cpu();
            double sink = 0;
            for (var i = 0; i < sample; i++)
            {
                var model = ProbabilisticPolicy.DefaultModel(series[i].Indicator, timed[i]);
                var forecast = model.Fit(timed[i]).Forecast(2027.0);
                sink += forecast.ProbabilityAtLeast(targets[i].Value) + forecast.Mean + forecast.Interval(PredictionLevel.Eighty).Lower;
            }

            var objectPath = (Cpu() - cpuClock).TotalMilliseconds * 1000 / sample;
            cpuClock = Cpu();
            for (var i = 0; i < sample; i++)
            {
                var model = ProbabilisticPolicy.DefaultModel(series[i].Indicator, timed[i]);
                var p = TrendForecaster.Project(model, timed[i].Times, timed[i].Values, 2027.0);
                sink += p.ProbabilityAtLeast(targets[i].Value) + p.Mean + p.Lower80;
            }

            var spanPath = (Cpu() - cpuClock).TotalMilliseconds * 1000 / sample;
            cpuClock = Cpu();
            for (var i = 0; i < sample; i++)
            {
                sink += policy.Assess(targets[i], series[i], asOf).Evidence.Probability ?? 0;
            }

            var assessOne = (Cpu() - cpuClock).TotalMilliseconds * 1000 / sample;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round + 1}: Assessor.Assess of {count} targets on all cores: {all:F2} s ({count / all:F0} targets/s); one core, CPU per target: GetSeries {getSeries:F2} us, policy.Assess {assessOne:F2} us (of which ToTimedSeries {toTimed:F2} us, model Fit+Forecast+P+interval {objectPath:F2} us; span path would be {spanPath:F2} us); statuses {string.Join(" ", result.Assessments.GroupBy(a => a.Status).Select(g => $"{g.Key}={g.Count()}"))} {(sink == 42 ? "!" : string.Empty)}"));
        }

        return 0;
    }
}
