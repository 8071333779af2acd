using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

public class EngagedlyScheduleTests
{
    private static readonly EngagedlySchedule Method = EngagedlySchedule.Instance;

    [Theory]
    // §1.10: gap A 60 − 52.17 = 7.83 pts → On Track; B 60 − 30 = 30 → Behind; C 80 − 69.70 = 10.30 → On Track.
    [InlineData('A', 7.826087, "On Track", Status.Likely)]
    [InlineData('B', 30, "Behind", Status.AtRisk)]
    [InlineData('C', 10.303030, "On Track", Status.Likely)]
    public void Assess_Cases_GapBandsMatchMethods(char name, double gap, string category, Status status)
    {
        var input = name switch { 'A' => ProgressCases.A, 'B' => ProgressCases.B, _ => ProgressCases.C };
        var v = Method.Assess(input);
        Assert.Equal(gap, v.Score!.Value, 5);
        Assert.Equal(category, v.Category);
        Assert.Equal(status, v.Status);
    }

    [Theory]
    [InlineData(16.5, "engagedly.onTrack")]
    [InlineData(16.500000000000004, "engagedly.onTrack")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(16.500000001, "engagedly.behind")]
    [InlineData(33, "engagedly.behind")]
    [InlineData(33.00000000000001, "engagedly.behind")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(33.000000001, "engagedly.atRisk")]
    [InlineData(-20, "engagedly.onTrack")]
    public void Band_Cutoffs_UpperEndInclusive(double gap, string key)
        => Assert.Equal(key, EngagedlySchedule.Band(gap).Key);

    [Fact]
    public void Assess_S11HalfwayWithHalfDone_OnTrackZeroGap()
    {
        // S11: 1–30 April, on 15 April expected 50 %; actual 50 of 100 → gap 0.
        var v = Method.Assess(new ProgressInput(0, 0, 15, 50, 30, 100));
        Assert.Equal(0.5, v.ExpectedProgress!.Value, 12);
        Assert.Equal(0, v.Score!.Value, 12);
        Assert.Equal("engagedly.onTrack", v.CategoryKey);
    }

    [Fact]
    public void Assess_Met_Achieved()
    {
        var v = Method.Assess(new ProgressInput(0, 0, 15, 100, 30, 100));
        Assert.Equal("Achieved", v.Category);
        Assert.Equal(Status.Done, v.Status);
    }

    [Fact]
    public void Assess_AfterDueDateNotMet_Missed()
    {
        var v = Method.Assess(new ProgressInput(0, 0, 15, 90, 30, 100, asOfTime: 31));
        Assert.Equal(Status.Missed, v.Status);
    }
}
