using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DigitalKpi.Core.Tests.Calculators;

public class GrowthTests
{
    [Theory]
    // sqrt(0.71 / 0.48) - 1 = sqrt(1.4791667) - 1 = 1.2162100 - 1 -> 21.621 %
    [InlineData(0.48, 0.71, 2.0, 21.6209960)]
    // METHODS.md §1.10 case A: (0.60 / 0.48)^(1/3) - 1 = 7.722 %; required 0.48 -> 0.71 in 5 years = 8.144 %
    [InlineData(0.48, 0.60, 3.0, 7.7217345)]
    [InlineData(0.48, 0.71, 5.0, 8.1442473)]
    // case B: (45 / 30)^(1/3) - 1 = 14.47 %; (80 / 30)^(1/5) - 1 = 21.67 %
    [InlineData(30.0, 45.0, 3.0, 14.4714243)]
    [InlineData(30.0, 80.0, 5.0, 21.6728684)]
    // halving in one year: -50 %; constant: 0 %; doubling in half a year: x4 a year = +300 %
    [InlineData(10.0, 5.0, 1.0, -50.0)]
    [InlineData(7.0, 7.0, 4.0, 0.0)]
    [InlineData(1.0, 2.0, 0.5, 300.0)]
    // (checked with Python: (end / start) ** (1 / years) - 1)
    public void Cagr_PositiveValues_CompoundRatePerYear(double start, double end, double years, double expectedPercent)
        => Assert.Equal(expectedPercent, Growth.Cagr(start, end, years).Percent, 5);

    [Theory]
    [InlineData(0.0, 1.0, 1.0, "startValue")]
    [InlineData(-1.0, 1.0, 1.0, "startValue")]
    [InlineData(1.0, 0.0, 1.0, "endValue")]
    [InlineData(1.0, -2.0, 1.0, "endValue")]
    [InlineData(1.0, 2.0, 0.0, "years")]
    [InlineData(1.0, 2.0, -1.0, "years")]
    [InlineData(1.0, 2.0, double.NaN, "years")]
    [InlineData(double.NaN, 2.0, 1.0, "startValue")]
    public void Cagr_ZeroNegativeOrNonFinite_ThrowsNamingTheParameter(double start, double end, double years, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(start, end, years)).ParamName);

    [Fact]
    public void Cagr_Overflow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(double.Epsilon, double.MaxValue, 1e-3));

    [Fact]
    public void Cagr_Dates_UsesYearsBetween()
    {
        // 31 Dec 2020 -> 31 Dec 2022 is exactly two years: 21.621 % as above
        var rate = Growth.Cagr(new LocalDate(2020, 12, 31), 0.48, new LocalDate(2022, 12, 31), 0.71);
        Assert.Equal(21.620996, rate.Percent, 5);
        // 1 Jan 2024 -> 1 Jul 2024 is 182/366 years: 2^(366/182) - 1 = 3.0298 -> 302.98 %
        Assert.Equal((Math.Pow(2, 366.0 / 182) - 1) * 100, Growth.Cagr(new LocalDate(2024, 1, 1), 1, new LocalDate(2024, 7, 1), 2).Percent, 9);
    }

    [Theory]
    [InlineData(2022, 2022)]
    [InlineData(2023, 2022)]
    public void Cagr_EndNotAfterStart_Throws(int startYear, int endYear)
        => Assert.Equal("endDate", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(new LocalDate(startYear, 6, 30), 1, new LocalDate(endYear, 6, 30), 2)).ParamName);

    [Fact]
    public void RequiredCagr_CaseA_FromLatestValue()
    {
        // from 0.60 (end 2023) to 0.71 (end 2025): sqrt(0.71 / 0.60) - 1 = sqrt(1.1833333) - 1 = 8.781 %
        Assert.Equal(8.781126, Growth.RequiredCagr(0.60, 0.71, 2).Percent, 5);
        Assert.Equal(8.781126, Growth.RequiredCagr(new LocalDate(2023, 12, 31), 0.60, new LocalDate(2025, 12, 31), 0.71).Percent, 5);
        // a target below the latest value needs a negative rate: 100 -> 81 in 2 years = 0.9^2 -> -10 %
        Assert.Equal(-10, Growth.RequiredCagr(100, 81, 2).Percent, 9);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0, "latest")]
    [InlineData(1.0, 0.0, 1.0, "target")]
    [InlineData(1.0, 2.0, 0.0, "years")]
    public void RequiredCagr_Invalid_ThrowsNamingTheParameter(double latest, double target, double years, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Growth.RequiredCagr(latest, target, years)).ParamName);

    [Fact]
    public void RequiredCagr_DeadlinePassed_Throws()
        => Assert.Equal("deadline", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.RequiredCagr(new LocalDate(2026, 1, 1), 1, new LocalDate(2025, 12, 31), 2)).ParamName);

    [Theory]
    // case A: (0.71 - 0.60) / 2 = 0.055 per year; case B: (80 - 45) / 2 = 17.5 points per year
    [InlineData(0.60, 0.71, 2.0, 0.055)]
    [InlineData(45.0, 80.0, 2.0, 17.5)]
    [InlineData(-4.0, 2.0, 3.0, 2.0)]
    [InlineData(10.0, 4.0, 0.5, -12.0)]
    public void RequiredLinearPace_Values_DifferenceOverYears(double latest, double target, double years, double expected)
        => Assert.Equal(expected, Growth.RequiredLinearPace(latest, target, years), 12);

    [Fact]
    public void RequiredLinearPace_Dates_UsesYearsBetween()
        // 43 of 53 services mid-2024 (30 June), all 53 by 31 Dec 2025: 1 year + 184 days of 365 (30 Jun 2025 -> 30 Jun 2026)
        => Assert.Equal(10 / (1 + 184.0 / 365), Growth.RequiredLinearPace(new LocalDate(2024, 6, 30), 43, new LocalDate(2025, 12, 31), 53), 12);

    [Theory]
    [InlineData(double.NaN, 1.0, 1.0, "latest")]
    [InlineData(1.0, double.NegativeInfinity, 1.0, "target")]
    [InlineData(1.0, 2.0, 0.0, "years")]
    public void RequiredLinearPace_Invalid_ThrowsNamingTheParameter(double latest, double target, double years, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Growth.RequiredLinearPace(latest, target, years)).ParamName);

    [Property]
    public bool Cagr_CompoundedOverTheYears_ReturnsTheEndValue(PositiveInt start, PositiveInt end, PositiveInt tenthsOfYears)
    {
        var years = tenthsOfYears.Get % 300 / 10.0 + 0.1;
        var rate = Growth.Cagr(start.Get, end.Get, years);
        var compounded = start.Get * Math.Pow(1 + rate.Fraction, years);
        return Math.Abs(compounded - end.Get) <= 1e-8 * end.Get;
    }
}
