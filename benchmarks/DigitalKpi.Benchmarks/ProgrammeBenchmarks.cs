using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Programmes;
using NodaTime;

namespace DigitalKpi.Benchmarks;

/// <summary>A whole programme assessed end to end by the probabilistic policy (trend models, 12 points per target): on all cores and on one.</summary>
[MemoryDiagnoser]
public class ProgrammeBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 1, 15);
    private static readonly AssessmentOptions Sequential = new(maxDegreeOfParallelism: 1);
    private Programme programme = ProgrammeFactory.Build(1);

    [Params(62, 10_000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup() => programme = ProgrammeFactory.Build(Targets);

    [Benchmark(Baseline = true)]
    public ProgrammeAssessment AllCores() => Assessor.Assess(programme, AsOf, ProbabilisticPolicy.Default);

    [Benchmark]
    public ProgrammeAssessment OneCore() => Assessor.Assess(programme, AsOf, ProbabilisticPolicy.Default, Sequential);
}
