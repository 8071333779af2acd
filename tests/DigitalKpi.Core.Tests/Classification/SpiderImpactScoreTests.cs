using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class SpiderImpactScoreTests
{
    [Theory]
    // S8: goal 700, red flag 500 → 0 at 300, 3.3 at 500, 6.6 at 700, 10 at 900; clamped outside; 600 is halfway: 4.95.
    [InlineData(300, 0)]
    [InlineData(500, 3.3)]
    [InlineData(700, 6.6)]
    [InlineData(900, 10)]
    [InlineData(100, 0)]
    [InlineData(1000, 10)]
    [InlineData(600, 4.95)]
    public void Score_S8_PiecewiseLinearZeroToTen(double actual, double score)
        => Assert.Equal(score, SpiderImpactScore.Score(actual, 700, 500), 12);

    [Theory]
    // Lower is better (reversed thresholds): goal 10 days, red flag 20 → 30 days scores 0, 20 → 3.3, 10 → 6.6, 0 → 10.
    [InlineData(30, 0)]
    [InlineData(20, 3.3)]
    [InlineData(10, 6.6)]
    [InlineData(0, 10)]
    public void Score_GoalBelowRedFlag_ReversedScale(double actual, double score)
        => Assert.Equal(score, SpiderImpactScore.Score(actual, 10, 20), 12);

    [Theory]
    [InlineData(3.3, TrafficLight.Yellow)]
    [InlineData(3.2999, TrafficLight.Red)]
    [InlineData(6.6, TrafficLight.Green)]
    [InlineData(6.5999, TrafficLight.Yellow)]
    public void Colour_Score_LowerEndsInclusive(double score, TrafficLight colour)
        => Assert.Equal(colour, SpiderImpactScore.Colour(score));

    [Fact]
    public void RatioOfSums_S9_FourOf104()
    {
        // S9: Jan 2 of 4, Feb 2 of 100 → 4/104 = 0.0385 (not 0.52 by summing ratios, nor 0.26 by averaging them).
        Assert.Equal(4.0 / 104, SpiderImpactScore.RatioOfSums([2.0, 2.0], [4.0, 100.0]), 12);
    }

    [Theory]
    [InlineData(700, Status.Done, "Green")]
    [InlineData(600, Status.Likely, "Yellow")]
    [InlineData(450, Status.AtRisk, "Red")]
    public void Assess_TargetAsGoal_YellowIsLikely(double latest, Status status, string label)
    {
        var v = SpiderImpactScore.Assess(new ProgressInput(2020, 400, 2023, latest, 2025, 700), 500);
        Assert.Equal(status, v.Status);
        Assert.Equal(label, v.Category);
    }

    [Fact]
    public void Assess_RankAfterDeadline_MissedWithScore()
    {
        var v = SpiderImpactScore.Assess(new ProgressInput(2020, 30, 2025, 15, 2025, 10, Polarity.LowerIsBetter), 20);
        Assert.Equal(Status.Missed, v.Status);
        Assert.Equal(4.95, v.Score!.Value, 12);
    }
}
