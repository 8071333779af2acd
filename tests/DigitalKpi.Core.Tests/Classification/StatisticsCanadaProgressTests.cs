using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class StatisticsCanadaProgressTests
{
    private static readonly StatisticsCanadaProgress Method = StatisticsCanadaProgress.Instance;

    [Fact]
    public void AssessWithoutTarget_S1NegativeDirectionRising_Deterioration()
    {
        // S1 (sdg-build PR #318 asset): 2020 = 100, 2021 = 120, no target, direction negative.
        // CAGR = 120/100 − 1 = +0.20; sign flipped → −0.20 → Deterioration; score max(125·(−0.2) − 2.5, −5) = −5.
        var v = Method.AssessWithoutTarget(2020, 100, 2021, 120, Polarity.LowerIsBetter);
        Assert.Equal(0.20, v.ActualRate!.Value, 12);
        Assert.Equal(-0.20, v.Ratio!.Value, 12);
        Assert.Equal("Deterioration", v.Category);
        Assert.Equal(-5, v.Score);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Theory]
    // S2: the score line through (−0.6, −5), (0, −2.5), (0.6, 0), (0.95, 2.5), (1.3, 5), clamped.
    [InlineData(-0.6, -5)]
    [InlineData(0, -2.5)]
    [InlineData(0.6, 0)]
    [InlineData(0.95, 2.5)]
    [InlineData(1.3, 5)]
    [InlineData(-2, -5)]
    [InlineData(3, 5)]
    // Between the knots it equals the older code's lines: 4.1667·0.3 − 2.5 = −1.25; 7.1429·1.1 − 4.2857 = 3.5715.
    [InlineData(0.3, -1.25)]
    [InlineData(1.1, 3.5714)]
    public void Score_S2Knots_MatchPublishedLine(double ratio, double expected)
        => Assert.Equal(expected, StatisticsCanadaProgress.Score(ratio), 3);

    [Theory]
    // S3: old no-target score clamp(250·CAGR, −5, 5): 1 % → 2.5, 2 % → 5, −3 % → −7.5 → −5.
    [InlineData(0.01, 2.5)]
    [InlineData(0.02, 5)]
    [InlineData(-0.03, -5)]
    public void LegacyNoTargetScore_S3_ClampedAt250TimesRate(double rate, double expected)
        => Assert.Equal(expected, StatisticsCanadaProgress.LegacyNoTargetScore(rate), 12);

    [Fact]
    public void Assess_CaseA_AccelerationNeeded()
    {
        // §1.10 A: R = 0.948121 (Eurostat "moderate" = StatCan "acceleration needed"); score (0.948121 − 0.6)·2.5/0.35 = 2.486581.
        var v = Method.Assess(ProgressCases.A);
        Assert.Equal(0.948121, v.Ratio!.Value, 6);
        Assert.Equal("Progress made but acceleration needed", v.Category);
        Assert.Equal(2.486581, v.Score!.Value, 5);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseB_AccelerationNeeded()
    {
        // §1.10 B: R = 0.667721; score (0.667721 − 0.6)·2.5/0.35 = 0.483720.
        var v = Method.Assess(ProgressCases.B);
        Assert.Equal("statcan.accelerationNeeded", v.CategoryKey);
        Assert.Equal(0.483720, v.Score!.Value, 5);
    }

    [Fact]
    public void Assess_CaseC_OnTrackLikely()
    {
        // §1.10 C: R = 0.980018 → On track; score (0.980018 − 0.6)·2.5/0.35 = 2.714413.
        var v = Method.Assess(ProgressCases.C);
        Assert.Equal("On track", v.Category);
        Assert.Equal(2.714413, v.Score!.Value, 5);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void Assess_LatestMeetsTarget_TargetAchievedScoreFive()
    {
        var v = Method.Assess(new ProgressInput(2015, 10, 2020, 12, 2030, 11));
        Assert.Equal("Target achieved", v.Category);
        Assert.Equal(5, v.Score);
        Assert.Equal(Status.Done, v.Status);
    }

    [Fact]
    public void Assess_ZeroBase_SubstitutesOneThousandth()
    {
        // Base 0 → 0.001. CAGR_a = (2/0.001)^(1/5) − 1 = 2000^0.2 − 1 = 3.573051; CAGR_r = (10/0.001)^(1/15) − 1 = 10000^(1/15) − 1 = 0.847850;
        // R = 4.214249 → On track (Python) (the doc warns the substitution moves results a lot).
        var v = Method.Assess(new ProgressInput(2015, 0, 2020, 2, 2030, 10));
        Assert.Equal(3.573051, v.ActualRate!.Value, 5);
        Assert.Equal(4.214249, v.Ratio!.Value, 5);
        Assert.Equal(0.847850, v.RequiredRate!.Value, 5);
        Assert.Equal("statcan.onTrack", v.CategoryKey);
    }

    [Fact]
    public void Assess_BaseEqualsTargetThenWorse_DeteriorationScoreMinusFive()
    {
        var v = Method.Assess(new ProgressInput(2015, 50, 2020, 45, 2030, 50));
        Assert.Equal("Deterioration", v.Category);
        Assert.Equal(-5, v.Score);
        Assert.Null(v.Ratio);
    }

    [Fact]
    public void Assess_OppositeSigns_UnableToAssess()
    {
        var v = Method.Assess(new ProgressInput(2015, -5, 2020, 5, 2030, 10));
        Assert.Equal("Unable to assess", v.Category);
        Assert.Equal(Status.NotAssessable, v.Status);
    }

    [Fact]
    public void Assess_AllNegativeHigherIsBetterImproving_PositiveRatio()
    {
        // −10 → −5 over 5 years, target −2 by 2030: CAGR_a = 0.5^(1/5) − 1 = −0.129449, CAGR_r = 0.2^(1/15) − 1 = −0.101740;
        // R = s·d·CAGR_a/|CAGR_r| = (−1)(+1)(−0.129449)/0.101740 = 1.272354 → On track (Python).
        var v = Method.Assess(new ProgressInput(2015, -10, 2020, -5, 2030, -2));
        Assert.Equal(1.272354, v.Ratio!.Value, 5);
        Assert.Equal("statcan.onTrack", v.CategoryKey);
    }

    [Theory]
    [InlineData(0.95, "statcan.onTrack")]
    [InlineData(0.9499999999999999, "statcan.onTrack")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.949999999, "statcan.accelerationNeeded")]
    [InlineData(0.6, "statcan.accelerationNeeded")]
    [InlineData(0.5999999999999999, "statcan.accelerationNeeded")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.599999999, "statcan.limitedProgress")]
    [InlineData(0.0, "statcan.limitedProgress")]
    [InlineData(-1e-12, "statcan.deterioration")]
    public void Band_WithTargetCutoffs_InclusiveAtLowerEnd(double r, string key)
        => Assert.Equal(key, StatisticsCanadaProgress.Band(r, 0.95, 0.6, 0).Key);

    [Theory]
    // C = 1 − (b/L)^4.44 below the limit, mirrored above it; 1 from 2L on. Python: 1 − 0.5**4.44 = 0.953929; 1 − 0.9**4.44 = 0.373622.
    [InlineData(0, 100, 1)]
    [InlineData(50, 100, 0.953929)]
    [InlineData(150, 100, 0.953929)]
    [InlineData(90, 100, 0.373622)]
    [InlineData(100, 100, 0)]
    [InlineData(250, 100, 1)]
    public void ScalingFactor_BaseNearLimit_ShrinksToZeroAtLimit(double b, double limit, double expected)
        => Assert.Equal(expected, StatisticsCanadaProgress.ScalingFactor(b, limit), 6);

    [Fact]
    public void AssessWithoutTarget_NearLimit_ScaledCutoffsMakeItOnTrack()
    {
        // 90 → 95 over 5 years, limit 100: CAGR = (95/90)^(1/5) − 1 = 0.010872; C = 0.373622, On track needs 1.5 %·C = 0.005604 → On track,
        // score min(500·0.010872/0.373622 − 5, 5) = 5. Without the limit: 0.5 % ≤ 1.0872 % < 1.5 % → acceleration needed, score 250·0.010872 − 1.25 = 1.468.
        var near = Method.AssessWithoutTarget(2015, 90, 2020, 95, Polarity.HigherIsBetter, 100);
        var free = Method.AssessWithoutTarget(2015, 90, 2020, 95);
        Assert.Equal("statcan.onTrack", near.CategoryKey);
        Assert.Equal(5, near.Score!.Value, 9);
        Assert.Equal("statcan.accelerationNeeded", free.CategoryKey);
        Assert.Equal(1.468, free.Score!.Value, 3);
    }

    [Fact]
    public void AssessWithoutTarget_AtLimitHolding_OnTrackFive()
    {
        // y0 = limit → C = 0: any CAGR ≥ 0 is On track (+5).
        var v = Method.AssessWithoutTarget(2015, 100, 2020, 100, Polarity.HigherIsBetter, 100);
        Assert.Equal("statcan.onTrack", v.CategoryKey);
        Assert.Equal(5, v.Score);
    }

    [Theory]
    // Current Open SDG no-target score line (C = 1): (−2 %, −5), (0, −2.5), (0.5 %, 0), (1.5 %, 2.5), (2 %, 5), clamped.
    // One-year windows from 100, so CAGR = yt/100 − 1 up to rounding; 1.0 % lies halfway between 0.5 % and 1.5 % → 1.25.
    [InlineData(98, -5)]
    [InlineData(100, -2.5)]
    [InlineData(100.5, 0)]
    [InlineData(101, 1.25)]
    [InlineData(101.5, 2.5)]
    [InlineData(102, 5)]
    [InlineData(110, 5)]
    [InlineData(90, -5)]
    public void AssessWithoutTarget_Rate_ScoreOnCurrentLine(double latest, double score)
        => Assert.Equal(score, StatisticsCanadaProgress.Instance.AssessWithoutTarget(2020, 100, 2021, latest).Score!.Value, 9);
}
