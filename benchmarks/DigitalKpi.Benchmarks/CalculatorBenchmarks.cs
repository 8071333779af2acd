using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Benchmarks;

/// <summary>The report figures for every target of a programme: attainment, progress from baseline, required growth, a composite index.</summary>
[MemoryDiagnoser]
public class CalculatorBenchmarks
{
    private double[] baseline = [];
    private double[] latest = [];
    private double[] target = [];
    private double[] weights = [];

    [Params(62, 10_000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(62);
        baseline = new double[Targets];
        latest = new double[Targets];
        target = new double[Targets];
        weights = new double[Targets];
        for (var i = 0; i < Targets; i++)
        {
            baseline[i] = 10 + (20 * random.NextDouble());
            latest[i] = baseline[i] + (30 * random.NextDouble());
            target[i] = latest[i] + (30 * random.NextDouble());
            weights[i] = 1 + random.Next(3);
        }
    }

    [Benchmark]
    public double Attainment()
    {
        double sum = 0;
        for (var i = 0; i < latest.Length; i++)
        {
            sum += Core.Calculators.Attainment.Percent(latest[i], target[i], Polarity.HigherIsBetter);
        }

        return sum;
    }

    [Benchmark]
    public double ProgressFromBaseline()
    {
        double sum = 0;
        for (var i = 0; i < latest.Length; i++)
        {
            sum += Progress.Percent(baseline[i], latest[i], target[i], Polarity.HigherIsBetter);
        }

        return sum;
    }

    [Benchmark]
    public double RequiredCagr()
    {
        double sum = 0;
        for (var i = 0; i < latest.Length; i++)
        {
            sum += Growth.RequiredCagr(latest[i], target[i], 1.5).Percent;
        }

        return sum;
    }

    [Benchmark]
    public double CompositeIndex()
    {
        var scores = latest.AsSpan();
        return Core.Calculators.CompositeIndex.WeightedArithmetic(scores, weights) + Core.Calculators.CompositeIndex.WeightedGeometric(scores, weights);
    }
}
