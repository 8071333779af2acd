using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class ChangeTests
{
    [Theory]
    // 42 - 17 = 25 pp; 61 - 38 = 23 pp; 17 - 42 = -25 pp
    [InlineData(17.0, 42.0, 25.0)]
    [InlineData(38.0, 61.0, 23.0)]
    [InlineData(42.0, 17.0, -25.0)]
    [InlineData(50.0, 50.0, 0.0)]
    public void Points_TwoPercentages_Difference(double from, double to, double expected)
        => Assert.Equal(expected, Change.Points(from, to).Points, 12);

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, double.PositiveInfinity)]
    [InlineData(-double.MaxValue, double.MaxValue)]
    public void Points_NonFiniteOrOverflow_Throws(double from, double to)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Change.Points(from, to));

    [Theory]
    // 42/17 - 1 = 1.4705882 -> 147.05882 %
    [InlineData(17.0, 42.0, 147.0588235294)]
    // 100 -> 80: -20 %; 5 -> 0: -100 %; 8 -> 8: 0 %
    [InlineData(100.0, 80.0, -20.0)]
    [InlineData(5.0, 0.0, -100.0)]
    [InlineData(8.0, 8.0, 0.0)]
    // a later negative value is allowed: 10 -> -5 is -150 %
    [InlineData(10.0, -5.0, -150.0)]
    public void Percent_PositiveBase_RelativeChange(double from, double to, double expected)
        => Assert.Equal(expected, Change.Percent(from, to).Percent, 9);

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-2.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(double.Epsilon, double.MaxValue)]
    public void Percent_ZeroNegativeNonFiniteBaseOrOverflow_Throws(double from, double to)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Change.Percent(from, to));

    [Fact]
    public void Percent_ZeroBase_ExceptionNamesFrom()
        => Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => Change.Percent(0, 5)).ParamName);

    [Theory]
    // 42 / 17 = 2.4705882
    [InlineData(17.0, 42.0, 2.4705882353)]
    [InlineData(4.0, 0.0, 0.0)]
    [InlineData(3.0, 6.6, 2.2)]
    public void Multiplier_PositiveBase_Ratio(double from, double to, double expected)
        => Assert.Equal(expected, Change.Multiplier(from, to).Factor, 9);

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, -1.0)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void Multiplier_InvalidValues_Throws(double from, double to)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Change.Multiplier(from, to));

    [Fact]
    public void PeriodOverPeriodAndYearOverYear_SameFormulaAsPercent()
    {
        // 235 / 200 - 1 = 0.175 -> +17.5 %
        Assert.Equal(17.5, Change.YearOverYear(200, 235).Percent, 9);
        // 43 / 41 - 1 = 0.04878 -> +4.88 % (services online, H1 2024 on Q1 2024)
        Assert.Equal(4.878, Change.PeriodOverPeriod(41, 43).Percent, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => Change.YearOverYear(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Change.PeriodOverPeriod(1, double.NaN));
    }

    [Property]
    public bool Points_Reversed_IsNegated(int a, int b)
        => Change.Points(a, b).Points == -Change.Points(b, a).Points;

    [Property]
    public bool Multiplier_ToPercentChange_MatchesPercent(PositiveInt from, NonNegativeInt to)
    {
        var viaMultiplier = Change.Multiplier(from.Get, to.Get).ToPercentChange().Percent;
        var direct = Change.Percent(from.Get, to.Get).Percent;
        return Math.Abs(viaMultiplier - direct) <= 1e-9 * Math.Max(1, Math.Abs(direct));
    }
}
