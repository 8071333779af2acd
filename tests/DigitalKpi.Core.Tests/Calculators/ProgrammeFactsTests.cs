using System.Globalization;
using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using NodaTime;

namespace DigitalKpi.Core.Tests.Calculators;

/// <summary>
/// Reproduces every derived figure listed at the end of data/programme-facts.md through the public API, as a
/// user of the library would write it. Expected values are computed by hand in the comments.
/// </summary>
public class ProgrammeFactsTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void DigitalTechnologyEnterprises_50350Of48000_Attainment104Point9()
    {
        // 50,350 / 48,000 = 1.048958... -> 104.8958 % -> 104.9 % at one decimal
        var attainment = Attainment.Percent(latest: 50_350, target: 48_000, Polarity.HigherIsBetter);
        Assert.Equal(104.8958333, attainment, 6);
        Assert.Equal("104.9", attainment.ToString("0.0", Invariant));
    }

    [Fact]
    public void EssentialServicesOnline_43Of53_81Point1()
    {
        // 43 / 53 = 0.811320... -> 81.13 % -> 81.1 % at one decimal; also the attainment of the 2024 plan of 53
        var share = Shares.PercentOf(43, 53);
        Assert.Equal(81.13207547, share, 6);
        Assert.Equal("81.1", share.ToString("0.0", Invariant));
        Assert.Equal(share, Attainment.Percent(43, 53, Polarity.HigherIsBetter));
    }

    [Fact]
    public void ProgrammeGoals_18_27_17Of62_SharesAddingTo100_29_43Point5_27Point5()
    {
        // Exact shares: 18/62 = 29.032 %, 27/62 = 43.548 %, 17/62 = 27.419 % (sum 100, but naive one-decimal rounding
        // gives 29.0 + 43.5 + 27.4 = 99.9). Largest remainder at a step of 0.5 points: in half points
        // 58.065, 87.097, 54.839 -> floors 58, 87, 54 = 199 of 200; the missing half point goes to the largest
        // remainder (0.839, the at-risk goals) -> 58, 87, 55 half points = 29 / 43.5 / 27.5, the published figures.
        var shares = Shares.RoundedToHundred([18, 27, 17], step: 0.5);
        Assert.Equal([29.0, 43.5, 27.5], shares);
        Assert.Equal(100, shares.Sum());
    }

    [Fact]
    public void PlanTasks2023_102Of126_81()
    {
        // 102 / 126 = 0.809524 -> 80.95 % -> 81 % whole
        var share = Shares.PercentOf(102, 126);
        Assert.Equal(80.952381, share, 5);
        Assert.Equal("81", share.ToString("0", Invariant));
    }

    [Fact]
    public void ProceduresSimplified_388Of1146_34()
    {
        // 388 / 1,146 = 0.338569 -> 33.86 % -> 34 % whole
        var share = Shares.PercentOf(388, 1_146);
        Assert.Equal(33.856894, share, 5);
        Assert.Equal("34", share.ToString("0", Invariant));
    }

    [Fact]
    public void UnitsWithUnifiedProcedureSystem_77Of83_92Point77()
    {
        // 77 / 83 = 0.927711 -> 92.771 % -> 92.77 % at two decimals
        var share = Shares.PercentOf(77, 83);
        Assert.Equal(92.771084, share, 5);
        Assert.Equal("92.77", share.ToString("0.00", Invariant));
    }

    [Fact]
    public void DossiersFullyOnline_17To42Percent_Plus25PointsAndTimes2Point47()
    {
        // 42 - 17 = 25 percentage points; 42 / 17 = 2.470588 -> x2.47; relative change 1.470588 -> +147.06 %
        var points = Change.Points(from: 17, to: 42);
        var multiplier = Change.Multiplier(from: 17, to: 42);
        var percent = Change.Percent(from: 17, to: 42);

        Assert.Equal(new PercentagePointChange(25), points);
        Assert.Equal("+25 pp", points.ToString());
        Assert.Equal("×2.47", multiplier.ToString());
        Assert.Equal("+147.06%", percent.ToString("0.00", Invariant));
        Assert.Equal(percent.Percent, multiplier.ToPercentChange().Percent, 9);
    }

    [Fact]
    public void DossiersFullyOnline_UnderViVN_SameTextInvariantAndCommaWhenAsked()
    {
        var vi = new CultureInfo("vi-VN");
        Assert.Equal("+25 pp", CultureScope.Run("vi-VN", () => Change.Points(17, 42).ToString()));
        Assert.Equal("×2.47", CultureScope.Run("vi-VN", () => Change.Multiplier(17, 42).ToString()));
        Assert.Equal("×2,47", Change.Multiplier(17, 42).ToString(null, vi));
        Assert.Equal("+147,06%", Change.Percent(17, 42).ToString("0.00", vi));
    }

    [Fact]
    public void DigitalTransformationIndex_0Point48To0Point71InTwoYears_Cagr21Point6()
    {
        // (0.71 / 0.48)^(1/2) - 1 = sqrt(1.479167) - 1 = 1.216210 - 1 -> 21.62 % a year -> 21.6 %
        var perYear = Growth.Cagr(startValue: 0.48, endValue: 0.71, years: 2);
        Assert.Equal(21.621, perYear.Percent, 3);
        Assert.Equal("+21.6%", perYear.ToString());
        Assert.Equal("+21,6%", perYear.ToString(null, new CultureInfo("vi-VN")));

        // The same with the dates of the two values (end of 2020 and end of 2022: exactly two years).
        var dated = Growth.Cagr(new LocalDate(2020, 12, 31), 0.48, new LocalDate(2022, 12, 31), 0.71);
        Assert.Equal(perYear.Percent, dated.Percent, 12);
    }
}
