using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Targets;
using FsCheck.Xunit;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

public class AssessorTests
{
    private static readonly LocalDate AsOf = new(2024, 3, 1);

    /// <summary>A programme of <paramref name="count"/> targets on as many indicators, with varied series (rising, falling, flat, one point, none).</summary>
    private static Programme Portfolio(int count, int seed)
    {
        var random = new Random(seed);
        var indicators = new List<Indicator>();
        var observations = new List<Observation>();
        var targets = new List<Target>();
        for (var k = 0; k < count; k++)
        {
            var unit = (k % 3) switch { 0 => Unit.Percent, 1 => Unit.Count, _ => Unit.Rank };
            var indicator = new Indicator(new IndicatorId($"i{k}"), new LocalizedText("chỉ số", "indicator"), unit, Frequency.Year);
            indicators.Add(indicator);
            var points = k % 7;
            var level = unit == Unit.Percent ? 10 + random.Next(60) : 20 + random.Next(500);
            var step = random.Next(-5, 12);
            for (var i = 0; i < points; i++)
            {
                var v = Math.Max(1, level + (step * i) + random.Next(-3, 4));
                observations.Add(new Observation(indicator.Id, Nation, ReportingPeriod.Year(2017 + i), unit == Unit.Percent ? Math.Min(v, 100) : v));
            }

            var comparison = unit == Unit.Rank ? TargetComparison.AtMost : TargetComparison.AtLeast;
            var value = unit == Unit.Rank ? Math.Max(1, level - random.Next(0, 40)) : Math.Min(unit == Unit.Percent ? 100 : 1e6, level + random.Next(0, 60));
            targets.Add(new Target(new TargetId($"t{k}"), indicator.Id, Nation, comparison, value, ReportingPeriod.Year(2025 + (k % 3))));
        }

        return new Programme("portfolio", [NationScope()], indicators, observations, targets);
    }

    [Theory]
    [InlineData("probabilistic")]
    [InlineData("eurostat")]
    [InlineData("destatis")]
    [InlineData("clearpoint")]
    public void Assess_Parallel_SameAsSequentialInTargetOrder(string policy)
    {
        var p = Portfolio(60, 7);
        var sequential = Assessor.Assess(p, AsOf, Policies[policy], new AssessmentOptions(maxDegreeOfParallelism: 1));
        var parallel = Assessor.Assess(p, AsOf, Policies[policy], new AssessmentOptions(maxDegreeOfParallelism: 4));
        Assert.Equal(p.Targets.Length, parallel.Assessments.Length);
        for (var i = 0; i < p.Targets.Length; i++)
        {
            Assert.Same(p.Targets[i], parallel.Assessments[i].Target);
            Assert.Equal(sequential.Assessments[i].Status, parallel.Assessments[i].Status);
            Assert.Equal(sequential.Assessments[i].Evidence.Probability, parallel.Assessments[i].Evidence.Probability);
            Assert.Equal(sequential.Assessments[i].Evidence.Projected, parallel.Assessments[i].Evidence.Projected);
            Assert.Equal(sequential.Assessments[i].Explanation, parallel.Assessments[i].Explanation);
        }
    }

    // Law: whatever the seed, the parallel batch equals the one-by-one assessment of each target.
    [Property(MaxTest = 20)]
    public bool Assess_Batch_EqualsSingleTargetAssessments(int seed)
    {
        var p = Portfolio(21, seed);
        var batch = Assessor.Assess(p, AsOf);
        for (var i = 0; i < p.Targets.Length; i++)
        {
            var one = Assessor.Assess(p, p.Targets[i], AsOf);
            if (one.Status != batch.Assessments[i].Status || one.Evidence.Probability != batch.Assessments[i].Evidence.Probability)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Assess_Batch_ReportsProgressUpToTotal()
    {
        var p = Portfolio(30, 1);
        var reports = new System.Collections.Concurrent.ConcurrentBag<AssessmentProgress>();
        var sink = new Sink(reports);
        Assessor.Assess(p, AsOf, options: new AssessmentOptions(maxDegreeOfParallelism: 2, progress: sink));
        Assert.Equal(30, reports.Count);
        Assert.Contains(new AssessmentProgress(30, 30), reports);
        Assert.All(reports, r => Assert.Equal(30, r.Total));
    }

    [Fact]
    public void Assess_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Assessor.Assess(Portfolio(10, 1), AsOf, options: new AssessmentOptions(cancellationToken: cts.Token)));
    }

    [Fact]
    public void Assess_ObservationAfterAsOf_Ignored()
    {
        // 2024 ends 2024-12-31, after the as-of date 2024-03-01: its value 95 must not make the target done.
        var with = Yearly(Unit.Percent, 2021, [40, 50, 60, 95], TargetComparison.AtLeast, 80, 2025);
        var without = Yearly(Unit.Percent, 2021, [40, 50, 60], TargetComparison.AtLeast, 80, 2025);
        foreach (var policy in Policies.Values)
        {
            var a = AssessOnly(with, AsOf, policy);
            var b = AssessOnly(without, AsOf, policy);
            Assert.NotEqual(Status.Done, a.Status);
            Assert.Equal(b.Status, a.Status);
            Assert.Equal(60, a.Evidence.Latest!.Value.Value);
            Assert.Equal(b.Explanation, a.Explanation);
        }
    }

    [Fact]
    public void Assess_ModelThrows_NotAssessableWithReasonAndBatchKept()
    {
        var p = Portfolio(12, 3);
        var failing = new ProbabilisticPolicy(modelSelector: (indicator, _) => indicator.Unit == Unit.Count
            ? throw new ForecastException("the test model refuses counts")
            : ProbabilisticPolicy.DefaultModel(indicator, null!));
        var result = Assessor.Assess(p, AsOf, failing);
        Assert.Equal(12, result.Assessments.Length);
        var failed = result.Assessments.Where(a => a.Explanation.En!.Contains("the test model refuses counts", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, a => Assert.Equal(Status.NotAssessable, a.Status));
        Assert.All(failed, a => Assert.Equal(Unit.Count, p.GetIndicator(a.Target.IndicatorId).Unit));
        Assert.Contains(result.Assessments, a => a.Status is Status.Likely or Status.AtRisk);
    }

    [Fact]
    public void Assess_NullPolicy_UsesProbabilistic()
    {
        var result = Assessor.Assess(Portfolio(3, 1), AsOf);
        Assert.Equal("probabilistic", result.Policy);
        Assert.Equal(AsOf, result.AsOf);
    }

    [Fact]
    public void Assess_NullProgramme_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Assessor.Assess(null!, AsOf));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void AssessmentOptions_InvalidParallelism_Throws(int degree)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentOptions(degree));
    }

    private sealed class Sink(System.Collections.Concurrent.ConcurrentBag<AssessmentProgress> bag) : IProgress<AssessmentProgress>
    {
        public void Report(AssessmentProgress value) => bag.Add(value);
    }
}
