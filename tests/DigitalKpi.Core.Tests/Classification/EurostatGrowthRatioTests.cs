using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Classification;

public class EurostatGrowthRatioTests
{
    private static readonly EurostatGrowthRatio Method = EurostatGrowthRatio.Instance;

    [Fact]
    public void Assess_CaseA_ModerateJustBelow095()
    {
        // METHODS.md §1.10 A: CAGR_a 7.722 %, CAGR_r 8.144 %, R = 0.948 → moderate (hand: see ProgressCases).
        var v = Method.Assess(ProgressCases.A);
        Assert.Equal(0.077217, v.ActualRate!.Value, 6);
        Assert.Equal(0.081442, v.RequiredRate!.Value, 6);
        Assert.Equal(0.948121, v.Ratio!.Value, 6);
        Assert.Equal("Moderate progress towards the EU target", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseB_Moderate()
    {
        // §1.10 B: CAGR_a 14.47 %, CAGR_r 21.67 %, R = 0.668 → moderate.
        var v = Method.Assess(ProgressCases.B);
        Assert.Equal(0.144714, v.ActualRate!.Value, 6);
        Assert.Equal(0.216729, v.RequiredRate!.Value, 6);
        Assert.Equal(0.667721, v.Ratio!.Value, 6);
        Assert.Equal("eurostat.moderate", v.CategoryKey);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseC_SignificantAndLikely()
    {
        // §1.10 C: R = 0.980 → significant progress → likely.
        var v = Method.Assess(ProgressCases.C);
        Assert.Equal(0.980018, v.Ratio!.Value, 6);
        Assert.Equal("Significant progress towards the EU target", v.Category);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Theory]
    // y0 = 1 at t0 = 0, yt at t = 1, target 4 at T = 2: CAGR_r = 4^(1/2) − 1 = 1, so R = yt − 1.
    // 1.95 − 1 is exactly the double 0.95 (0.95's last mantissa bit is 0), so the middle row sits on the cut-off.
    [InlineData(1.949, "eurostat.moderate", Status.AtRisk)]
    [InlineData(1.95, "eurostat.significant", Status.Likely)]
    [InlineData(1.951, "eurostat.significant", Status.Likely)]
    [InlineData(1.599, "eurostat.insufficient", Status.AtRisk)]
    [InlineData(1.601, "eurostat.moderate", Status.AtRisk)]
    [InlineData(0.999, "eurostat.movingAway", Status.AtRisk)]
    [InlineData(1.0, "eurostat.insufficient", Status.AtRisk)]
    [InlineData(1.001, "eurostat.insufficient", Status.AtRisk)]
    public void Assess_AroundCutoffs_LowerEndInclusive(double latest, string key, Status status)
    {
        var v = Method.Assess(new ProgressInput(0, 1, 1, latest, 2, 4));
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Theory]
    [InlineData(0.95, "eurostat.significant")]
    [InlineData(0.9499999999999999, "eurostat.significant")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.949999999, "eurostat.moderate")]
    [InlineData(0.6, "eurostat.moderate")]
    [InlineData(0.5999999999999999, "eurostat.moderate")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.599999999, "eurostat.insufficient")]
    [InlineData(0.0, "eurostat.insufficient")]
    [InlineData(-1e-12, "eurostat.movingAway")]
    public void Band_ExactCutoffs_InclusiveAtLowerEnd(double r, string key)
        => Assert.Equal(key, EurostatGrowthRatio.Band(r).Key);

    [Fact]
    public void Assess_RankFallingTowardsTarget_UsesDirection()
    {
        // Rank 40 (2020) → 30 (2023), target 20 in 2025, lower is better.
        // CAGR_a = 0.75^(1/3) − 1 = −0.0914397; CAGR_r = 0.5^(1/5) − 1 = −0.1294494; R = (−1)(−0.0914397)/0.1294494 = 0.706374 (Python).
        var v = Method.Assess(new ProgressInput(2020, 40, 2023, 30, 2025, 20, Polarity.LowerIsBetter));
        Assert.Equal(0.706374, v.Ratio!.Value, 6);
        Assert.Equal("eurostat.moderate", v.CategoryKey);
    }

    [Fact]
    public void Assess_BaseAlreadyAtTargetThenWorse_MovingAway()
    {
        // Base equals target (CAGR_r = 0, R undefined) and the latest value fell below it.
        var v = Method.Assess(new ProgressInput(2020, 50, 2023, 45, 2025, 50));
        Assert.Equal("eurostat.movingAway", v.CategoryKey);
        Assert.Null(v.Ratio);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_ZeroBase_NotAssessable()
    {
        var v = Method.Assess(new ProgressInput(2020, 0, 2023, 10, 2025, 20));
        Assert.Equal(Status.NotAssessable, v.Status);
        Assert.Null(v.ActualRate);
    }

    [Fact]
    public void Assess_DeadlinePassedShort_Missed()
    {
        var v = Method.Assess(new ProgressInput(2020, 30, 2023, 45, 2025, 80, asOfTime: 2025));
        Assert.Equal(Status.Missed, v.Status);
        Assert.Equal("eurostat.moderate", v.CategoryKey);
    }

    [Fact]
    public void Assess_AchievedWithSlowRate_DoneKeepsBand()
    {
        // 90 → 91 over 3 years with target 90.5 by 2030: met already; R = (91/90)^(1/3)−1 / ((90.5/90)^(1/10)−1) = 0.003690/0.000554 = 6.66 > 0.95.
        var v = Method.Assess(new ProgressInput(2020, 90, 2023, 91, 2030, 90.5));
        Assert.Equal(Status.Done, v.Status);
        Assert.Equal("eurostat.significant", v.CategoryKey);
    }

    [Theory]
    // S-style no-target bands: d·CAGR over one year equals the relative change.
    [InlineData(100, 102, Polarity.HigherIsBetter, "eurostat.noTarget.significantProgress", Status.Likely)]
    [InlineData(100, 100.5, Polarity.HigherIsBetter, "eurostat.noTarget.moderateProgress", Status.AtRisk)]
    [InlineData(100, 99.5, Polarity.HigherIsBetter, "eurostat.noTarget.moderateMovementAway", Status.AtRisk)]
    [InlineData(100, 97, Polarity.HigherIsBetter, "eurostat.noTarget.significantMovementAway", Status.AtRisk)]
    [InlineData(100, 97, Polarity.LowerIsBetter, "eurostat.noTarget.significantProgress", Status.Likely)]
    public void AssessWithoutTarget_Rate_BandsByDirection(double y0, double yt, Polarity polarity, string key, Status status)
    {
        var v = Method.AssessWithoutTarget(2020, y0, 2021, yt, polarity);
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Property(MaxTest = 300)]
    public bool Assess_RaisingLatestHigherIsBetter_NeverWorsens(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt raise, FsCheck.PositiveInt target)
    {
        var low = Method.Assess(new ProgressInput(2020, baseValue.Get, 2023, latest.Get, 2030, target.Get));
        var high = Method.Assess(new ProgressInput(2020, baseValue.Get, 2023, latest.Get + raise.Get, 2030, target.Get));
        return StatusOrder.Rank(high.Status) >= StatusOrder.Rank(low.Status)
            && (low.Ratio is null || high.Ratio is null || high.Ratio >= low.Ratio);
    }

    [Property(MaxTest = 300)]
    public bool Assess_ScalingAllValuesByPowerOfTwo_SameVerdict(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt target, int exponent)
    {
        // Multiplying by 2^k is exact in binary floating point, so every ratio is bit-identical.
        var c = Math.Pow(2, exponent % 20);
        var a = Method.Assess(new ProgressInput(2020, baseValue.Get, 2023, latest.Get, 2030, target.Get));
        var b = Method.Assess(new ProgressInput(2020, c * baseValue.Get, 2023, c * latest.Get, 2030, c * target.Get));
        return a.Status == b.Status && a.CategoryKey == b.CategoryKey && a.Ratio == b.Ratio;
    }

    [Property(MaxTest = 300)]
    public bool Assess_ScalingByAnyPositiveFactor_SameRatio(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt target, FsCheck.PositiveInt factor)
    {
        var c = factor.Get / 7.0;
        var a = Method.Assess(new ProgressInput(2020, baseValue.Get, 2023, latest.Get, 2030, target.Get));
        var b = Method.Assess(new ProgressInput(2020, c * baseValue.Get, 2023, c * latest.Get, 2030, c * target.Get));
        return (a.Ratio is null && b.Ratio is null) || Math.Abs(a.Ratio!.Value - b.Ratio!.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Ratio.Value));
    }

    [Theory]
    // Series 2005 = 30, 2008 = 40, 2013 = 45, 2018 = 50, 2023 = 60; target 80 in 2030 (Python):
    // short term (5 y, base 2018 = 50): CAGR_a = 1.2^(1/5) − 1 = 0.037137, CAGR_r = 1.6^(1/12) − 1 = 0.039944, R = 0.929731 → moderate;
    // long term (15 y, base 2008 = 40): CAGR_a = 1.5^(1/15) − 1 = 0.027400, CAGR_r = 2^(1/22) − 1 = 0.032008, R = 0.856018 → moderate.
    [InlineData(EurostatGrowthRatio.ShortTermYears, 0.929731)]
    [InlineData(EurostatGrowthRatio.LongTermYears, 0.856018)]
    public void AssessOverWindow_Window_BaseIsFirstPointInside(double years, double r)
    {
        var series = new TimedSeries([2005, 2008, 2013, 2018, 2023], [30, 40, 45, 50, 60]);
        var v = Method.AssessOverWindow(ProgressInput.FromSeries(series, 2030, 80), years);
        Assert.Equal(r, v.Ratio!.Value, 6);
        Assert.Equal("eurostat.moderate", v.CategoryKey);
    }

    [Fact]
    public void AssessOverWindow_NoSeries_Throws()
        => Assert.Throws<ArgumentException>(() => Method.AssessOverWindow(ProgressCases.A, 5));

    [Theory]
    // Between target 40–60 (2025), 2020 → 2023 (Python):
    // above the band 90 → 70: effective "at most 60", d = −1: CAGR_a = (7/9)^(1/3) − 1 = −0.080359, CAGR_r = (2/3)^(1/5) − 1 = −0.077892, R = 1.031666;
    // below the band 20 → 30: effective "at least 40", d = +1: CAGR_a = 1.5^(1/3) − 1 = 0.144714, CAGR_r = 2^(1/5) − 1 = 0.148698, R = 0.973207.
    [InlineData(90, 70, 1.031666)]
    [InlineData(20, 30, 0.973207)]
    public void Assess_BetweenTarget_TowardsNearestEnd(double y0, double yt, double r)
    {
        var v = Method.Assess(new ProgressInput(2020, y0, 2023, yt, 2025, 40, upperTargetValue: 60));
        Assert.Equal(r, v.Ratio!.Value, 6);
        Assert.Equal(Status.Likely, v.Status);
    }
}
