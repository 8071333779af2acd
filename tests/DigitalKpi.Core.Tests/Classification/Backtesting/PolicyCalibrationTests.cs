using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Classification.Backtesting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Classification.Backtesting;

public class PolicyCalibrationTests
{
    private static readonly Target T = new(new TargetId("t"), new IndicatorId("i"), new ScopeId("VN"), TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025));

    private static BacktestCase Case(Status status, double? p, bool met) => new(T, new LocalDate(2024, 6, 30), status, p, met);

    private static BacktestCase[] HandCases() =>
    [
        Case(Status.Likely, 0.9, true),
        Case(Status.Likely, 0.7, false),
        Case(Status.AtRisk, 0.2, false),
        Case(Status.Likely, 0.6, true),
        Case(Status.Done, 1, true),               // a rule, not a forecast: not scored
        Case(Status.NotAssessable, null, false),  // no probability: not scored
    ];

    [Fact]
    public void Constructor_HandCases_BrierAndSkillByHand()
    {
        // scored: (0.9-1)² + (0.7-0)² + (0.2-0)² + (0.6-1)² = 0.01 + 0.49 + 0.04 + 0.16 = 0.70; BS = 0.70 / 4 = 0.175
        // base rate 2/4 = 0.5, BS_ref = 0.5 × 0.5 = 0.25, skill = 1 - 0.175 / 0.25 = 0.3
        var c = new PolicyCalibration("probabilistic", HandCases());
        Assert.Equal(4, c.ScoredCount);
        Assert.Equal(0.175, c.BrierScore!.Value, 12);
        Assert.Equal(0.5, c.BaseRate!.Value, 12);
        Assert.Equal(0.3, c.BrierSkillScore!.Value, 12);
        Assert.Equal(6, c.Cases.Length);
    }

    [Fact]
    public void Constructor_HandCases_StatusTable()
    {
        var c = new PolicyCalibration("probabilistic", HandCases());
        Assert.Equal([Status.Done, Status.Likely, Status.AtRisk, Status.Missed, Status.NotAssessable], c.ByStatus.Select(r => r.Status));
        Assert.Equal((3, 2), (c.For(Status.Likely).Count, c.For(Status.Likely).MetCount));
        Assert.Equal(2.0 / 3, c.For(Status.Likely).MetShare!.Value, 12);
        Assert.Equal(0, c.For(Status.AtRisk).MetShare);
        Assert.Equal(1, c.For(Status.Done).MetShare);
        Assert.Null(c.For(Status.Missed).MetShare);
        Assert.Equal(1, c.For(Status.NotAssessable).Count);
    }

    [Fact]
    public void Constructor_HandCases_ReliabilityBins()
    {
        var c = new PolicyCalibration("probabilistic", HandCases());
        Assert.Equal(10, c.Bins.Length);
        Assert.Equal([0, 0, 1, 0, 0, 0, 1, 1, 0, 1], c.Bins.Select(b => b.Count));
        Assert.Equal(0.2, c.Bins[2].MeanProbability!.Value, 12);
        Assert.Equal(0, c.Bins[2].ObservedFrequency);
        Assert.Equal(1, c.Bins[6].ObservedFrequency);
        Assert.Equal(0, c.Bins[7].ObservedFrequency);
        Assert.Null(c.Bins[0].MeanProbability);
        Assert.Equal((0.9, 1.0), (c.Bins[9].Lower, c.Bins[9].Upper));
    }

    [Fact]
    public void Constructor_TwoBins_BoundaryAndOneGoUp()
    {
        // 0.5 opens the upper bin [0.5, 1]; 1 falls in the last bin; 0.3 in [0, 0.5)
        var c = new PolicyCalibration("p", [Case(Status.Likely, 0.5, true), Case(Status.Likely, 1, true), Case(Status.AtRisk, 0.3, true)], binCount: 2);
        Assert.Equal([1, 2], c.Bins.Select(b => b.Count));
        Assert.Equal(0.75, c.Bins[1].MeanProbability!.Value, 12);

        // every scored case met: base rate 1, BS_ref = 0 -> no skill score; BS = (0.25 + 0 + 0.49) / 3
        Assert.Null(c.BrierSkillScore);
        Assert.Equal(0.74 / 3, c.BrierScore!.Value, 12);
    }

    [Fact]
    public void Constructor_NoProbabilities_NoScores()
    {
        var c = new PolicyCalibration("growth-ratio", [Case(Status.Likely, null, true), Case(Status.AtRisk, null, false)]);
        Assert.Equal(0, c.ScoredCount);
        Assert.Null(c.BrierScore);
        Assert.Null(c.BaseRate);
        Assert.All(c.Bins, b => Assert.Equal(0, b.Count));
        Assert.Equal(1, c.For(Status.Likely).MetShare);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Constructor_InvalidBinCount_Throws(int bins)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyCalibration("p", [], bins));

    [Fact]
    public void Case_InvalidProbability_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Case(Status.Likely, 1.5, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusCalibration(Status.Likely, 2, 3));
        Assert.Throws<ArgumentNullException>(() => new PolicyCalibration("p", [null!]));
    }
}
