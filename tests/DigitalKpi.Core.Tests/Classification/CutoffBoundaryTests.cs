using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>
/// Values that lie exactly on an inclusive (or exclusive) cut-off by hand but land a few ulps off it in floating
/// point must fall in the band METHODS.md gives for the cut-off itself. Every expected band below is worked out
/// by hand from the method's formula in METHODS.md; the comments give the arithmetic.
/// </summary>
public class CutoffBoundaryTests
{
    [Fact]
    public void Engagedly_GapExactlyOnTrackCutoff_IsOnTrack()
    {
        // E = (2024 − 2020)/(2030 − 2020) = 0.4; A = 23.5/100 = 0.235; G = 100·(0.4 − 0.235) = 16.5 ≤ 16.5 → On Track, likely.
        var v = EngagedlySchedule.Instance.Assess(new ProgressInput(2020, 0, 2024, 23.5, 2030, 100));
        Assert.Equal("engagedly.onTrack", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void Sdsn_RatioExactlyOne_IsOnTrack()
    {
        // observed (0.16 − 0.01)/3 = 0.05 per year; required (0.26 − 0.01)/5 = 0.05 per year; ratio 1 ≥ 1 → on track, likely.
        var v = SdsnLinearRatio.Instance.Assess(new ProgressInput(2020, 0.01, 2023, 0.16, 2025, 0.26));
        Assert.Equal("sdsn.onTrack", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void Sdsn_RatioExactlyHalf_IsModeratelyImproving()
    {
        // observed 0.15/3 = 0.05 per year; required (0.51 − 0.01)/5 = 0.1 per year; ratio 0.5 ≥ 0.5 → moderately improving.
        var v = SdsnLinearRatio.Instance.Assess(new ProgressInput(2020, 0.01, 2023, 0.16, 2025, 0.51));
        Assert.Equal("sdsn.moderatelyImproving", v.CategoryKey);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Theory]
    [InlineData(0.72, 0.8, "servicenow.green", Status.Likely)] // 0.72/0.8 = 90 % ≥ 90 → Green
    [InlineData(0.3, 0.4, "servicenow.yellow", Status.AtRisk)] // 0.3/0.4 = 75 % ≥ 75 → Yellow
    public void ServiceNow_ProgressExactlyOnCutoff_TakesUpperBand(double latest, double target, string key, Status status)
    {
        var v = ThresholdRules.ServiceNow.Assess(new ProgressInput(2020, 0, 2023, latest, 2025, target));
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void GoogleOkr_ProgressExactlyPointSeven_IsGreen()
    {
        // (0.24 − 0.03)/(0.33 − 0.03) = 0.21/0.30 = 0.7 ≥ 0.7 → green, likely.
        var v = ThresholdRules.GoogleOkr.Assess(new ProgressInput(2020, 0.03, 2023, 0.24, 2025, 0.33));
        Assert.Equal("okr.green", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void VivaGoals_ActualExactlyExpectedLessGap_IsOnTrack()
    {
        // E = 0.39, g = 0.1, A = 0.29 = E − g, and A ≥ E − g is inclusive → On track, likely.
        var v = new VivaGoalsSchedule(0.1).Assess(new ProgressInput(0, 0, 0.39, 0.29, 1, 1));
        Assert.Equal("viva.onTrack", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    /// <summary>y0 = 1 at 0, yt = 1.095 at 1, yT = 1.21 at 2: CAGR_a = 0.095, CAGR_r = √1.21 − 1 = 0.1, R = 0.95 exactly.</summary>
    private static readonly ProgressInput RatioAtNinetyFive = new(0, 1, 1, 1.095, 2, 1.21);

    [Fact]
    public void Eurostat_RatioExactlyNinetyFive_IsSignificant()
    {
        var v = EurostatGrowthRatio.Instance.Assess(RatioAtNinetyFive);
        Assert.Equal("eurostat.significant", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void StatisticsCanada_RatioExactlyNinetyFive_IsOnTrack()
    {
        var v = StatisticsCanadaProgress.Instance.Assess(RatioAtNinetyFive);
        Assert.Equal("statcan.onTrack", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void Unsd2022_RatioExactlyNinetyFive_IsOnTrack()
    {
        var v = UnsdProgressChart2022.Instance.Assess(RatioAtNinetyFive);
        Assert.Equal("unsd2022.onTrack", v.CategoryKey);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Theory]
    [InlineData(1.2, 5.4)] // CAGR_a = 0.2, ŷ = 1.2·1.2 = 1.44, P = 0.44/4.4 = 0.1
    [InlineData(1.03, 1.609)] // CAGR_a = 0.03, ŷ = 1.03·1.03 = 1.0609, P = 0.0609/0.609 = 0.1
    public void Unsd2023_ProjectedProgressExactlyTenPercent_IsAccelerationNeeded(double latest, double target)
    {
        var v = UnsdProjection2023.Instance.Assess(new ProgressInput(0, 1, 1, latest, 2, target));
        Assert.Equal("unsd2023.accelerationNeeded", v.CategoryKey);
    }

    [Fact]
    public void Destatis_ShortfallExactlyFivePercent_IsPartlyCloudyNotSun()
    {
        // b = 1.33 per year, ŷ = 1.33 + 1.33 = 2.66, s = (2.73 − 2.66)/(2.73 − 1.33) = 0.07/1.4 = 0.05; sun needs s < 5 %.
        var v = new DestatisWeather(2, 6).Assess(new ProgressInput(0, 0, 1, 1.33, 2, 2.73));
        Assert.Equal("destatis.partlyCloudy", v.CategoryKey);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Destatis_ShortfallExactlyTwentyPercent_IsPartlyCloudy()
    {
        // b = 0.12 per year, ŷ = 0.24, s = (0.27 − 0.24)/(0.27 − 0.12) = 0.03/0.15 = 0.2 ≤ 20 % → partly cloudy.
        var v = new DestatisWeather(2, 6).Assess(new ProgressInput(0, 0, 1, 0.12, 2, 0.27));
        Assert.Equal("destatis.partlyCloudy", v.CategoryKey);
    }

    [Theory]
    [InlineData(0.72, 0.8, TrafficLight.Green)] // 90 %
    [InlineData(0.3, 0.4, TrafficLight.Yellow)] // 75 %
    public void ServiceNowTargetStatus_LatestWinsExactlyOnCutoff_TakesUpperColour(double actual, double planned, TrafficLight expected)
        => Assert.Equal(expected, ServiceNowTargetStatus.LatestWins([planned], [actual]));

    [Theory]
    [InlineData(ThresholdComparison.AtLeast, true)]
    [InlineData(ThresholdComparison.GreaterThan, false)]
    [InlineData(ThresholdComparison.AtMost, true)]
    [InlineData(ThresholdComparison.LessThan, false)]
    public void ThresholdRule_Matches_ComputedValueOnThresholdCountsAsOnIt(ThresholdComparison comparison, bool expected)
    {
        // 0.1 + 0.2 is 0.30000000000000004 in binary; by hand it is 0.3, on the threshold.
        var rule = new ThresholdRule(ThresholdMeasure.Progress, comparison, 0.3, Status.Likely, "x");
        Assert.Equal(expected, rule.Matches(0.1 + 0.2));
    }
}
