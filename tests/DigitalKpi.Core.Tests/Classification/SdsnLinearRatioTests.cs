using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class SdsnLinearRatioTests
{
    private static readonly SdsnLinearRatio Method = SdsnLinearRatio.Instance;

    [Fact]
    public void Assess_CaseA_ModeratelyImproving()
    {
        // §1.10 A: 0.040/yr vs 0.046 needed = 0.870.
        var v = Method.Assess(ProgressCases.A);
        Assert.Equal(0.869565, v.Ratio!.Value, 6);
        Assert.Equal(0.046, v.RequiredRate!.Value, 12);
        Assert.Equal("Score moderately improving, insufficient to attain goal", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseBExactlyHalf_ModeratelyImprovingInclusive()
    {
        // §1.10 B: 15/3 = 5 pts/yr vs 50/5 = 10 pts/yr = 0.500 exactly (both divisions exact) → inclusive ≥ 50 % → moderately improving.
        var v = Method.Assess(ProgressCases.B);
        Assert.Equal(0.5, v.Ratio);
        Assert.Equal("sdsn.moderatelyImproving", v.CategoryKey);
    }

    [Fact]
    public void Assess_CaseC_ModeratelyImproving()
    {
        // §1.10 C: 5.75 vs 6.6 /yr = 0.871.
        var v = Method.Assess(ProgressCases.C);
        Assert.Equal(0.871212, v.Ratio!.Value, 6);
        Assert.Equal("sdsn.moderatelyImproving", v.CategoryKey);
    }

    [Theory]
    // y0 = 0 at 0, target 100 at 10 → 10 pts/yr needed; observed yt/5 per year at t = 5: every ratio below is exact.
    [InlineData(50, "sdsn.onTrack", Status.Likely)]
    [InlineData(49.9, "sdsn.moderatelyImproving", Status.AtRisk)]
    [InlineData(25, "sdsn.moderatelyImproving", Status.AtRisk)]
    [InlineData(24.9, "sdsn.stagnating", Status.AtRisk)]
    [InlineData(0, "sdsn.stagnating", Status.AtRisk)]
    [InlineData(-0.1, "sdsn.decreasing", Status.AtRisk)]
    public void Assess_Cutoffs_InclusiveAtLowerEnd(double latest, string key, Status status)
    {
        var v = Method.Assess(new ProgressInput(0, 0, 5, latest, 10, 100));
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void Assess_RankImproving_PositiveRatio()
    {
        // Rank 60 → 50 over 2 years (−5/yr), target 30 in 8 years (−30/8 = −3.75/yr): ratio 1.333 → on track.
        var v = Method.Assess(new ProgressInput(2020, 60, 2022, 50, 2028, 30, Polarity.LowerIsBetter));
        Assert.Equal(5.0 / 3.75, v.Ratio!.Value, 12);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Fact]
    public void Assess_SinglePoint_InformationUnavailable()
    {
        var v = Method.Assess(new ProgressInput(2023, 10, 2023, 10, 2025, 20));
        Assert.Equal("sdsn.unavailable", v.CategoryKey);
        Assert.Equal(Status.NotAssessable, v.Status);
    }
}
