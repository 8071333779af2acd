using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Classification.Backtesting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Classification.Backtesting;

public class BacktestTests
{
    private static readonly ScopeId Vn = new("VN");

    private static Indicator Ind(string id) => new(new IndicatorId(id), new LocalizedText(null, id), Unit.Count, Frequency.Year);

    private static IEnumerable<Observation> Yearly(string id, int firstYear, params double[] values)
        => values.Select((v, i) => new Observation(new IndicatorId(id), Vn, ReportingPeriod.Year(firstYear + i), v));

    private static Target Tgt(string id, int deadline, double value = 50)
        => new(new TargetId(id), new IndicatorId(id), Vn, TargetComparison.AtLeast, value, ReportingPeriod.Year(deadline));

    // rising: met in 2024 (52 ≥ 50); flat: not met in 2024 (12); pending: deadline 2025 and no 2025 value (unknown);
    // early: 60 in 2022, nothing later -> met by the 2024 deadline.
    private static Programme Make() => new(
        "backtest",
        [new Scope(Vn, new LocalizedText("Việt Nam", null), ScopeLevel.Nation)],
        [Ind("rising"), Ind("flat"), Ind("pending"), Ind("early")],
        [
            .. Yearly("rising", 2020, 10, 21, 29, 41, 52),
            .. Yearly("flat", 2020, 10, 11, 9, 10, 12),
            .. Yearly("pending", 2020, 10, 12, 14, 16),
            .. Yearly("early", 2022, 60),
        ],
        [Tgt("rising", 2024), Tgt("flat", 2024), Tgt("pending", 2025), Tgt("early", 2024)]);

    private static readonly LocalDate[] Dates = [new(2023, 12, 31), new(2021, 12, 31), new(2022, 12, 31), new(2030, 1, 1), new(2022, 12, 31)];

    [Fact]
    public void Outcome_KnownAndUnknownTargets()
    {
        var p = Make();
        Assert.True(Backtest.Outcome(p, p.GetTarget(new TargetId("rising"))));
        Assert.False(Backtest.Outcome(p, p.GetTarget(new TargetId("flat"))));
        Assert.Null(Backtest.Outcome(p, p.GetTarget(new TargetId("pending"))));
        Assert.True(Backtest.Outcome(p, p.GetTarget(new TargetId("early"))));
    }

    [Fact]
    public void Run_Dates_AssessesEveryResolvedTargetBeforeItsDeadline()
    {
        var p = Make();
        var report = Backtest.Run(p, [ProbabilisticPolicy.Default, AssessmentPolicy.FromName("growth-ratio")], Dates, options: new AssessmentOptions(maxDegreeOfParallelism: 1));
        Assert.Equal([new LocalDate(2021, 12, 31), new LocalDate(2022, 12, 31), new LocalDate(2023, 12, 31), new LocalDate(2030, 1, 1)], report.AsOfDates.ToArray());
        Assert.Equal(["pending"], report.Unresolved.Select(t => t.Id.Value));
        Assert.Equal(["probabilistic", "growth-ratio"], report.Policies.Select(c => c.Policy));

        // 3 resolved targets × 3 dates before their deadline (2030-01-01 is after every deadline)
        var prob = report.For("probabilistic");
        Assert.Equal(9, prob.Cases.Length);
        Assert.All(prob.Cases, c => Assert.True(c.AsOf < c.Target.Deadline.End));

        // early: nothing reported by 2021-12-31 -> not assessable; 60 ≥ 50 from 2022 -> done, and it was met
        var early = prob.Cases.Where(c => c.Target.Id.Value == "early").ToArray();
        Assert.Equal([Status.NotAssessable, Status.Done, Status.Done], early.Select(c => c.Status));
        Assert.Equal(2, prob.For(Status.Done).Count);
        Assert.Equal(1, prob.For(Status.Done).MetShare);

        // flat: 10, 11, 9, 10 against 50 -> at risk every time, and it was not met
        Assert.All(prob.Cases.Where(c => c.Target.Id.Value == "flat"), c => Assert.Equal((Status.AtRisk, false), (c.Status, c.Met)));
        Assert.All(prob.Cases.Where(c => c.Target.Id.Value == "rising"), c => Assert.True(c.Met));

        // the Brier score is the mean squared error of the scored cases' probabilities (recomputed here independently)
        var scored = prob.Cases.Where(c => c.Probability is not null && c.Status != Status.Done).ToArray();
        Assert.Equal(scored.Length, prob.ScoredCount);
        Assert.True(scored.Length >= 3);
        Assert.Equal(scored.Average(c => Math.Pow(c.Probability!.Value - (c.Met ? 1 : 0), 2)), prob.BrierScore!.Value, 12);

        // growth-ratio gives no probabilities: only its status table
        var growth = report.For("GROWTH-RATIO");
        Assert.Equal(9, growth.Cases.Length);
        Assert.Null(growth.BrierScore);
        Assert.Throws<KeyNotFoundException>(() => report.For("nope"));
    }

    [Fact]
    public void Run_Parallel_SameAsSequential()
    {
        var p = Make();
        var one = Backtest.Run(p, [ProbabilisticPolicy.Default], Dates, options: new AssessmentOptions(maxDegreeOfParallelism: 1));
        var many = Backtest.Run(p, [ProbabilisticPolicy.Default], Dates);
        Assert.Equal(one.Policies[0].Cases.Select(c => (c.Target.Id, c.AsOf, c.Status, c.Probability)), many.Policies[0].Cases.Select(c => (c.Target.Id, c.AsOf, c.Status, c.Probability)));
    }

    [Fact]
    public void Run_PeriodEnds_UsesEachTargetsOwnReportingDates()
    {
        // rising and flat: 2020..2023 ends (the 2024 value ends on the deadline's last day); early: 2022 only -> 4 + 4 + 1
        var report = Backtest.Run(Make(), [ProbabilisticPolicy.Default]);
        Assert.Empty(report.AsOfDates);
        var cases = report.Policies[0].Cases;
        Assert.Equal(9, cases.Length);
        Assert.Equal(
            [new LocalDate(2020, 12, 31), new LocalDate(2021, 12, 31), new LocalDate(2022, 12, 31), new LocalDate(2023, 12, 31)],
            cases.Where(c => c.Target.Id.Value == "rising").Select(c => c.AsOf));
    }

    [Fact]
    public void Run_InvalidArguments_Throw()
    {
        var p = Make();
        Assert.Throws<ArgumentException>(() => Backtest.Run(p, [], Dates));
        Assert.Throws<ArgumentException>(() => Backtest.Run(p, [ProbabilisticPolicy.Default], Array.Empty<LocalDate>()));
        Assert.Throws<ArgumentNullException>(() => Backtest.Run(p, [null!], Dates));
        Assert.Throws<ArgumentNullException>(() => Backtest.Run(null!, [ProbabilisticPolicy.Default]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Backtest.Run(p, [ProbabilisticPolicy.Default], Dates, binCount: 0));
    }
}
