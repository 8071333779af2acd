using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class UnsdProgressChart2022Tests
{
    private static readonly UnsdProgressChart2022 Method = UnsdProgressChart2022.Instance;

    [Theory]
    // §1.10: CR equals Eurostat's R here (base short of target). A 0.948 and B 0.668 fall in 0.5–0.95 "fair"; C 0.980 is on track.
    [InlineData('A', 0.948121, "unsd2022.fair", Status.AtRisk)]
    [InlineData('B', 0.667721, "unsd2022.fair", Status.AtRisk)]
    [InlineData('C', 0.980018, "unsd2022.onTrack", Status.Likely)]
    public void Assess_Cases_MatchMethodsDerivedVectors(char name, double cr, string key, Status status)
    {
        var input = name switch { 'A' => ProgressCases.A, 'B' => ProgressCases.B, _ => ProgressCases.C };
        var v = Method.Assess(input);
        Assert.Equal(cr, v.Ratio!.Value, 6);
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }

    [Theory]
    [InlineData(0.95, "unsd2022.onTrack")]
    [InlineData(0.9499999999999999, "unsd2022.onTrack")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.949999999, "unsd2022.fair")]
    [InlineData(0.5, "unsd2022.fair")]
    [InlineData(0.49999999999999994, "unsd2022.fair")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.499999999, "unsd2022.limited")]
    [InlineData(-0.1, "unsd2022.limited")]
    [InlineData(-0.10000000000000002, "unsd2022.limited")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(-0.100000001, "unsd2022.deterioration")]
    public void Band_Cutoffs_InclusiveAtLowerEnd(double cr, string key)
        => Assert.Equal(key, UnsdProgressChart2022.Band(cr).Key);

    [Theory]
    // Achieved within 0.05 %: yt/yT > 0.9995 (exclusive). 99.96/100 = 0.9996 → achieved; 99.95/100 = 0.9995 → not (exclusive, as coded).
    [InlineData(99.96, true)]
    [InlineData(99.95, false)]
    [InlineData(99.9, false)]
    public void IsAchieved_IncreasingWithin005Percent_ExclusiveTolerance(double latest, bool achieved)
        => Assert.Equal(achieved, UnsdProgressChart2022.IsAchieved(new ProgressInput(2015, 50, 2020, latest, 2030, 100)));

    [Theory]
    // Decreasing: yT/yt > 0.9995: 10/10.004 = 0.99960 → achieved; 10/10.01 = 0.99900 → not; a value of 0 meets a decreasing target.
    [InlineData(10.004, true)]
    [InlineData(10.01, false)]
    [InlineData(0, true)]
    public void IsAchieved_DecreasingWithin005Percent_ExclusiveTolerance(double latest, bool achieved)
        => Assert.Equal(achieved, UnsdProgressChart2022.IsAchieved(new ProgressInput(2015, 20, 2020, latest, 2030, 10, Polarity.LowerIsBetter)));

    [Fact]
    public void Assess_WithinToleranceBelowTarget_Done()
    {
        var v = Method.Assess(new ProgressInput(2015, 50, 2020, 99.96, 2030, 100));
        Assert.Equal(Status.Done, v.Status);
        Assert.Equal("Target achieved", v.Category);
    }

    [Fact]
    public void Assess_BaseMetTargetThenWorsened_Deterioration()
    {
        // Base 120 already beyond target 100; latest 90 moved the wrong way → Deterioration.
        var v = Method.Assess(new ProgressInput(2015, 120, 2020, 90, 2030, 100));
        Assert.Equal("Deterioration", v.Category);
        Assert.Equal(Status.AtRisk, v.Status);
    }

    [Fact]
    public void Assess_BaseEqualsTargetHeld_Achieved()
    {
        // CAGR_r = 0 and holding → Target achieved.
        var v = Method.Assess(new ProgressInput(2015, 100, 2020, 100, 2030, 100));
        Assert.Equal(Status.Done, v.Status);
    }

    [Theory]
    // Mortality-type series, lower is better: 100 (2015) → 80 (2020), target 50 in 2030.
    // AARR observed ln(100/80)/5 = 0.0446287, required ln(2)/15 = 0.0462098, ratio 0.965784 (Python math.log):
    // "AARRR" (on track needs ≥ 1) → fair; "CAGRR+AARRR" (0.95) → on track. CAGRR: (0.8^0.2 − 1)/(0.5^(1/15) − 1) = 0.966542 → on track.
    [InlineData(UnsdRateRatio.Aarrr, 0.965784, "unsd2022.fair", "unsd-2022-aarrr")]
    [InlineData(UnsdRateRatio.CagrrAarrr, 0.965784, "unsd2022.onTrack", "unsd-2022-cagrr-aarrr")]
    [InlineData(UnsdRateRatio.Cagrr, 0.966542, "unsd2022.onTrack", "unsd-2022")]
    public void Assess_MortalitySeries_RateRatioVariants(UnsdRateRatio kind, double ratio, string key, string name)
    {
        var method = new UnsdProgressChart2022(kind);
        var v = method.Assess(new ProgressInput(2015, 100, 2020, 80, 2030, 50, Polarity.LowerIsBetter));
        Assert.Equal(ratio, v.Ratio!.Value, 6);
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(name, v.Method);
    }

    [Fact]
    public void Assess_AarrVariantObservedRates_PositiveForReduction()
    {
        var v = new UnsdProgressChart2022(UnsdRateRatio.Aarrr).Assess(new ProgressInput(2015, 100, 2020, 80, 2030, 50, Polarity.LowerIsBetter));
        Assert.Equal(0.0446287, v.ActualRate!.Value, 7);
        Assert.Equal(0.0462098, v.RequiredRate!.Value, 7);
    }

    [Theory]
    [InlineData(1.0, "unsd2022.onTrack")]
    [InlineData(0.9999999999999999, "unsd2022.onTrack")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(0.999999999, "unsd2022.fair")]
    [InlineData(-0.5, "unsd2022.limited")]
    [InlineData(-0.5000000000000001, "unsd2022.limited")] // a few ulps from the cut-off: on it (1e-12 relative)
    [InlineData(-0.500000001, "unsd2022.deterioration")]
    public void AarrBand_Cutoffs_InclusiveAtLowerEnd(double r, string key)
        => Assert.Equal(key, UnsdProgressChart2022.AarrBand(r).Key);

    [Fact]
    public void Constructor_UndefinedRatio_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new UnsdProgressChart2022((UnsdRateRatio)7));

    [Theory]
    // UNDP CAGRLimit [0.01, 0.005, −0.01] over one year (rate = relative change), mirrored when lower is better.
    [InlineData(101, Polarity.HigherIsBetter, "unsd2022.onTrack", Status.Likely)]
    [InlineData(100.7, Polarity.HigherIsBetter, "unsd2022.fair", Status.AtRisk)]
    [InlineData(100, Polarity.HigherIsBetter, "unsd2022.limited", Status.AtRisk)]
    [InlineData(98, Polarity.HigherIsBetter, "unsd2022.deterioration", Status.AtRisk)]
    [InlineData(98, Polarity.LowerIsBetter, "unsd2022.onTrack", Status.Likely)]
    public void AssessWithoutTarget_UndpLimits_LowerEndsInclusive(double latest, Polarity polarity, string key, Status status)
    {
        var v = Method.AssessWithoutTarget(2020, 100, 2021, latest, polarity);
        Assert.Equal(key, v.CategoryKey);
        Assert.Equal(status, v.Status);
    }
}
