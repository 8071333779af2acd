using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

public class VivaGoalsScheduleTests
{
    private static readonly VivaGoalsSchedule Method = VivaGoalsSchedule.Instance;

    [Theory]
    // S10: expected 33 %; actual ≥ 33 % → On track, below → Behind. Start 0 at t 0, target 100 at 100, now t = 33 → E = 0.33.
    // Actual 33/100 and expected 33/100 are the same correctly rounded division, so the middle row is exactly on the cut-off.
    [InlineData(33, "On track", Status.Likely)]
    [InlineData(40, "On track", Status.Likely)]
    [InlineData(32.9, "Behind", Status.AtRisk)]
    public void Assess_S10_OnTrackAtOrAboveExpected(double latest, string category, Status status)
    {
        var v = Method.Assess(new ProgressInput(0, 0, 33, latest, 100, 100));
        Assert.Equal(0.33, v.ExpectedProgress!.Value, 12);
        Assert.Equal(category, v.Category);
        Assert.Equal(status, v.Status);
    }

    [Theory]
    // §1.10: A expected 60 %, actual 52.2 % → Behind; B 60 % vs 30 % → Behind; C 80 % vs 69.7 % → Behind.
    [InlineData('A', 0.6, 0.521739)]
    [InlineData('B', 0.6, 0.3)]
    [InlineData('C', 0.8, 0.696970)]
    public void Assess_Cases_Behind(char name, double expected, double actual)
    {
        var input = name switch { 'A' => ProgressCases.A, 'B' => ProgressCases.B, _ => ProgressCases.C };
        var v = Method.Assess(input);
        Assert.Equal(expected, v.ExpectedProgress!.Value, 6);
        Assert.Equal(actual, v.ActualProgress!.Value, 6);
        Assert.Equal("Behind", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void ExpectedProgress_S11MidApril_Half()
    {
        // S11: goal 1–30 April, on 15 April → 50 %: 15 of 30 days elapsed (start of 1 April = day 0, end of 15 April = day 15).
        Assert.Equal(0.5, VivaGoalsSchedule.ExpectedProgress(0, 15, 30), 12);
    }

    [Fact]
    public void ExpectedProgress_EndNotAfterStart_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => VivaGoalsSchedule.ExpectedProgress(5, 5, 5));

    [Theory]
    // Case A: expected 0.6, actual 0.521739 → 7.8 points behind: Behind with no allowed gap, On track with a 10-point gap.
    [InlineData(0.0, "Behind")]
    [InlineData(0.05, "Behind")]
    [InlineData(0.10, "On track")]
    public void Assess_AllowedGap_WidensOnTrack(double gap, string category)
        => Assert.Equal(category, new VivaGoalsSchedule(gap).Assess(ProgressCases.A).Category);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    public void Constructor_GapOutOfRange_Throws(double gap)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new VivaGoalsSchedule(gap));

    [Fact]
    public void Assess_PhasedMilestoneOnPlan_OnTrackWhereStraightLineIsBehind()
    {
        // Case B with a phased target of 45 in 2023: expected value at 2023 is 45, expected progress (45 − 30)/50 = 0.3 = actual → On track
        // (the straight line expects 0.6 and says Behind).
        var v = Method.Assess(ProgressCases.B, [2023.0], [45.0]);
        Assert.Equal(0.3, v.ExpectedProgress!.Value, 12);
        Assert.Equal("On track", v.Category);
        Assert.Equal("Behind", Method.Assess(ProgressCases.B).Category);
    }

    [Fact]
    public void Assess_PhasedBetweenMilestones_Interpolates()
    {
        // Milestone 40 in 2022, target 80 in 2025; at 2023 the expected value is 40 + 40·(1/3) = 53.333, progress 23.333/50 = 0.466667 > 0.3 → Behind.
        var v = Method.Assess(ProgressCases.B, [2022.0], [40.0]);
        Assert.Equal(0.466667, v.ExpectedProgress!.Value, 6);
        Assert.Equal("Behind", v.Category);
    }

    [Fact]
    public void Assess_NoMilestones_SameAsStraightLine()
        => Assert.Equal(Method.Assess(ProgressCases.A).ExpectedProgress, Method.Assess(ProgressCases.A, [], []).ExpectedProgress);

    [Theory]
    [InlineData(2019.0)]
    [InlineData(2025.0)]
    public void Assess_MilestoneOutsidePeriod_Throws(double time)
        => Assert.Throws<ArgumentException>(() => Method.Assess(ProgressCases.B, [time], [50.0]));

    [Fact]
    public void Assess_MilestoneLengthsDiffer_Throws()
        => Assert.Throws<ArgumentException>(() => Method.Assess(ProgressCases.B, [2022.0, 2023.0], [50.0]));
    [Fact]
    public void Assess_LatestValueIsItsOwnStart_NotAssessable()
    {
        // One value at mid-2024 and no baseline: no time has elapsed since the start and no progress made, so the
        // straight line says nothing (before this rule any value, 80% of a 100% target included, was "on track").
        var input = new ProgressInput(2024.5, 80, 2024.5, 80, 2026, 100);
        Assert.Equal(Status.NotAssessable, new VivaGoalsSchedule().Assess(input).Status);
        Assert.Equal(Status.NotAssessable, new EngagedlySchedule().Assess(input).Status);
    }

    [Fact]
    public void Assess_LatestValueIsItsOwnStartAndMeetsTarget_Done()
    {
        var input = new ProgressInput(2024.5, 100, 2024.5, 100, 2026, 100);
        Assert.Equal(Status.Done, new VivaGoalsSchedule().Assess(input).Status);
        Assert.Equal(Status.Done, new EngagedlySchedule().Assess(input).Status);
    }

    [Fact]
    public void AssessPhased_LatestValueIsItsOwnStart_NotAssessable()
    {
        // Same single value with a phased milestone of 90 at 2025.0: the piecewise line from (2024.5, 80) to
        // (2025, 90) expects (80 − 80)/(100 − 80) = 0 progress now, which any value would meet; not assessable as above.
        var input = new ProgressInput(2024.5, 80, 2024.5, 80, 2026, 100);
        Assert.Equal(Status.NotAssessable, new VivaGoalsSchedule().Assess(input, [2025.0], [90.0]).Status);
    }
}
