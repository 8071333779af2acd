using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>Laws every published method obeys through <see cref="IProgressMethod"/>.</summary>
public class ProgressMethodsTests
{
    public static TheoryData<string> Names => [.. Methods.Select(m => m.Name)];

    private static IProgressMethod[] Methods { get; } =
    [
        EurostatGrowthRatio.Instance, StatisticsCanadaProgress.Instance, UnsdProgressChart2022.Instance, UnsdProjection2023.Instance,
        new DestatisWeather(minimumPoints: 2), SdsnLinearRatio.Instance, VivaGoalsSchedule.Instance, EngagedlySchedule.Instance,
        ThresholdRules.ClearPoint, ThresholdRules.ServiceNow, ThresholdRules.GoogleOkr,
        new UnsdProgressChart2022(UnsdRateRatio.Aarrr), new UnsdProgressChart2022(UnsdRateRatio.CagrrAarrr),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_S14LatestAboveTarget_DoneUnderEveryMethod(string name)
    {
        // S14 (programme-facts.md): 50,350 digital-technology enterprises at mid-2024 against the 2024 plan of 48,000 → done, even with a single point.
        var method = Methods.Single(m => m.Name == name);
        var single = new ProgressInput(2024.5, 50_350, 2024.5, 50_350, 2025, 48_000);
        Assert.Equal(Status.Done, method.Assess(single).Status);
        Assert.Equal(Status.Done, SpiderImpactScore.Assess(single, 40_000).Status);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_DeadlinePassedNotMet_Missed(string name)
    {
        var method = Methods.Single(m => m.Name == name);
        Assert.Equal(Status.Missed, method.Assess(new ProgressInput(2020, 30, 2025, 70, 2025, 80)).Status);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_AnyMethod_VerdictCarriesMethodName(string name)
        => Assert.Equal(name, Methods.Single(m => m.Name == name).Assess(ProgressCases.B).Method);

    [Property(MaxTest = 200)]
    public bool Assess_ScalingAllValuesByPowerOfTwo_SameVerdictEveryMethod(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt target, int exponent, bool lowerIsBetter)
    {
        // 2^k scaling is exact in binary floating point, so every ratio is bit-identical and no method may depend on the unit.
        var c = Math.Pow(2, exponent % 16);
        var polarity = lowerIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        var a = new ProgressInput(2015, baseValue.Get, 2021, latest.Get, 2030, target.Get, polarity);
        var b = new ProgressInput(2015, c * baseValue.Get, 2021, c * latest.Get, 2030, c * target.Get, polarity);
        return Methods.All(m =>
        {
            var va = m.Assess(a);
            var vb = m.Assess(b);
            return va.Status == vb.Status && va.CategoryKey == vb.CategoryKey && va.Ratio == vb.Ratio;
        });
    }

    [Property(MaxTest = 200)]
    public bool Assess_RaisingLatestHigherIsBetter_NeverWorsensStatus(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt raise, FsCheck.PositiveInt target)
    {
        var low = new ProgressInput(2015, baseValue.Get, 2021, latest.Get, 2030, target.Get);
        var high = new ProgressInput(2015, baseValue.Get, 2021, latest.Get + raise.Get, 2030, target.Get);
        return Methods.All(m => StatusOrder.Rank(m.Assess(high).Status) >= StatusOrder.Rank(m.Assess(low).Status));
    }

    [Property(MaxTest = 200)]
    public bool Assess_LoweringLatestLowerIsBetter_NeverWorsensStatus(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt drop, FsCheck.PositiveInt target)
    {
        // Lower is better (a rank): a smaller latest value is progress. Values kept positive so growth rates are defined.
        var worse = new ProgressInput(2015, baseValue.Get, 2021, latest.Get + drop.Get, 2030, target.Get, Polarity.LowerIsBetter);
        var better = new ProgressInput(2015, baseValue.Get, 2021, latest.Get, 2030, target.Get, Polarity.LowerIsBetter);
        return Methods.All(m => StatusOrder.Rank(m.Assess(better).Status) >= StatusOrder.Rank(m.Assess(worse).Status));
    }

    [Property(MaxTest = 200)]
    public bool Assess_MirroringAValueAroundZero_SameVerdictForLinearMethods(FsCheck.PositiveInt baseValue, FsCheck.PositiveInt latest, FsCheck.PositiveInt target)
    {
        // Negating every value and flipping the polarity is the same problem for the methods built on differences.
        var up = new ProgressInput(2015, baseValue.Get, 2021, latest.Get, 2030, target.Get);
        var down = new ProgressInput(2015, -baseValue.Get, 2021, -latest.Get, 2030, -target.Get, Polarity.LowerIsBetter);
        IProgressMethod[] linear = [SdsnLinearRatio.Instance, VivaGoalsSchedule.Instance, EngagedlySchedule.Instance, new DestatisWeather(minimumPoints: 2)];
        return linear.All(m => m.Assess(up).CategoryKey == m.Assess(down).CategoryKey && m.Assess(up).Status == m.Assess(down).Status);
    }

    [Property(MaxTest = 500)]
    public bool Assess_AnyFiniteNumbers_NeverThrowsAndReturnsOnlyFiniteNumbers(
        FsCheck.NormalFloat a, FsCheck.NormalFloat b, FsCheck.NormalFloat c, FsCheck.NormalFloat y0, FsCheck.NormalFloat yt, FsCheck.NormalFloat yT, bool lowerIsBetter)
    {
        // Extreme magnitudes (up to ±1.8e308) overflow differences and powers; every method must still answer with a status
        // (MethodVerdict's constructor rejects NaN and infinity, so a leak would throw here).
        double[] t = [a.Get, b.Get, c.Get];
        Array.Sort(t);
        var input = new ProgressInput(t[0], y0.Get, t[1], yt.Get, t[2], yT.Get, lowerIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter);
        foreach (var m in PublishedMethods.All.Concat(Methods))
        {
            _ = m.Assess(input);
        }

        _ = EurostatGrowthRatio.Instance.AssessWithoutTarget(t[0], y0.Get, t[1], yt.Get);
        _ = StatisticsCanadaProgress.Instance.AssessWithoutTarget(t[0], y0.Get, t[1], yt.Get, Polarity.HigherIsBetter, yT.Get);
        _ = UnsdProjection2023.Instance.AssessWithoutTarget(t[0], y0.Get, t[1], yt.Get);
        _ = UnsdProgressChart2022.Instance.AssessWithoutTarget(t[0], y0.Get, t[1], yt.Get);
        return true;
    }

    [Theory]
    [InlineData(-1e308, 1e308, 1.7e308, 1e308, -1e308, 1e308)]
    [InlineData(0, 1e-300, 2e-300, 1e308, 1e-308, 5e-324)]
    [InlineData(-1.7e308, 0, 1.7e308, 5e-324, 1.7e308, -1.7e308)]
    [InlineData(2020, 2020, 2030, 1e-320, 1e308, 1)]
    public void Assess_ExtremeNumbers_AnswersWithoutThrowing(double t0, double t, double tT, double y0, double yt, double yT)
    {
        var input = new ProgressInput(t0, y0, t, yt, tT, yT);
        foreach (var m in PublishedMethods.All.Concat(Methods))
        {
            Assert.True(Enum.IsDefined(m.Assess(input).Status));
        }
    }
}
