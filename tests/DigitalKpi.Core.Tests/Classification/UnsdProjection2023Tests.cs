using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class UnsdProjection2023Tests
{
    private static readonly UnsdProjection2023 Method = UnsdProjection2023.Instance;

    [Fact]
    public void Assess_CaseA_Band2()
    {
        // §1.10 A: ŷ2025 = 0.6962, P = 0.940 → band 2 (acceleration needed).
        var v = Method.Assess(ProgressCases.A);
        Assert.Equal(0.696238, v.ProjectedValue!.Value, 6);
        Assert.Equal(0.940167, v.Ratio!.Value, 6);
        Assert.Equal("Reasonable progress, acceleration needed", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_CaseB_Band2()
    {
        // §1.10 B: ŷ = 58.97, P = 0.579.
        var v = Method.Assess(ProgressCases.B);
        Assert.Equal(58.966681, v.ProjectedValue!.Value, 5);
        Assert.Equal(0.579334, v.Ratio!.Value, 6);
        Assert.Equal("unsd2023.accelerationNeeded", v.CategoryKey);
    }

    [Fact]
    public void Assess_CaseC_MetBandAlthoughProjectionMisses()
    {
        // §1.10 C: ŷ = 52.07 < 53 yet P = 0.972 ≥ 0.95 → "met or on the way" → likely.
        var v = Method.Assess(ProgressCases.C);
        Assert.Equal(52.068860, v.ProjectedValue!.Value, 5);
        Assert.True(v.ProjectedValue < 53);
        Assert.Equal(0.971784, v.Ratio!.Value, 6);
        Assert.Equal("Target met or on the way", v.Category);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Theory]
    [InlineData(0.95, "unsd2023.onTheWay")]
    [InlineData(0.9499999999999999, "unsd2023.onTheWay")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.949999999, "unsd2023.accelerationNeeded")]
    [InlineData(0.1, "unsd2023.accelerationNeeded")]
    [InlineData(0.09999999999999999, "unsd2023.accelerationNeeded")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.099999999, "unsd2023.stagnationOrRegression")]
    public void Band_Cutoffs_InclusiveAtLowerEnd(double p, string key)
        => Assert.Equal(key, UnsdProjection2023.Band(p).Key);

    [Theory]
    // Eustat: within 1 percentage point of a 100 % target = met (inclusive); only when the natural limit is 100 and the target equals it.
    [InlineData(99.0, 100.0, Status.Done)]
    [InlineData(98.9, 100.0, Status.Likely)]
    [InlineData(99.0, null, Status.Likely)]
    public void Assess_PercentTargetAtLimit_OnePointTolerance(double latest, double? limit, Status status)
    {
        // 60 → latest over 5 years, target 100 in 2030: the projection overshoots, so not-met rows are likely.
        var v = Method.Assess(new ProgressInput(2015, 60, 2020, latest, 2030, 100, naturalLimit: limit));
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void Assess_LowerIsBetter_SignedDistances()
    {
        // 40 → 30 (2020→2023), target 20 in 2025: CAGR = 0.75^(1/3) − 1 = −0.091440; ŷ = 30·0.908560² = 24.764454;
        // P = (24.764454 − 40)/(20 − 40) = 0.761777 → acceleration needed (Python: 30*(0.75**(1/3))**2).
        var v = Method.Assess(new ProgressInput(2020, 40, 2023, 30, 2025, 20, Polarity.LowerIsBetter));
        Assert.Equal(24.764454, v.ProjectedValue!.Value, 6);
        Assert.Equal(0.761777, v.Ratio!.Value, 6);
        Assert.Equal("unsd2023.accelerationNeeded", v.CategoryKey);
    }

    [Theory]
    [InlineData(102.5, "unsd2023.onTheWay", Status.Likely)]
    [InlineData(101, "unsd2023.accelerationNeeded", Status.AtRisk)]
    [InlineData(100.4, "unsd2023.stagnationOrRegression", Status.AtRisk)]
    public void AssessWithoutTarget_Rate_TwoAndHalfPercentBands(double latest, string key, Status status)
    {
        var v = Method.AssessWithoutTarget(2020, 100, 2021, latest);
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }
}
