using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Benchmarks;

/// <summary>One target (a percentage with 12 monthly points, deadline 2026) assessed by each policy; the explanation is written on first read, so it is not included.</summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 1, 15);
    private Programme programme = ProgrammeFactory.Build(1);
    private Target target = ProgrammeFactory.Build(1).Targets[0];
    private AssessmentPolicy policy = ProbabilisticPolicy.Default;

    [ParamsSource(nameof(Policies))]
    public string Policy { get; set; } = ProbabilisticPolicy.PolicyName;

    public static IEnumerable<string> Policies() => AssessmentPolicy.Names;

    [GlobalSetup]
    public void Setup()
    {
        programme = ProgrammeFactory.Build(62);
        target = programme.Targets[0];
        policy = AssessmentPolicy.FromName(Policy);
    }

    [Benchmark]
    public Assessment AssessOneTarget() => Assessor.Assess(programme, target, AsOf, policy);
}
