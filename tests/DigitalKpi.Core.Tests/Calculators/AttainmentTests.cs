using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class AttainmentTests
{
    [Theory]
    // 50,350 / 48,000 = 1.0489583 -> 104.89583 %
    [InlineData(50_350.0, 48_000.0, Polarity.HigherIsBetter, 104.8958333333)]
    // 43 / 53 = 0.8113208
    [InlineData(43.0, 53.0, Polarity.HigherIsBetter, 81.1320754717)]
    [InlineData(0.0, 53.0, Polarity.HigherIsBetter, 0.0)]
    // a negative growth rate against a positive target: -2 / 5 = -40 %
    [InlineData(-2.0, 5.0, Polarity.HigherIsBetter, -40.0)]
    // rank 46 against target rank 40: 40 / 46 = 0.8695652
    [InlineData(46.0, 40.0, Polarity.LowerIsBetter, 86.9565217391)]
    // processing time 2 days against target 3 days: 3 / 2 = 150 %
    [InlineData(2.0, 3.0, Polarity.LowerIsBetter, 150.0)]
    // target 0 (e.g. zero backlog) not reached while the value is positive
    [InlineData(7.0, 0.0, Polarity.LowerIsBetter, 0.0)]
    public void Percent_ValidInputs_PolarityAwareRatio(double latest, double target, Polarity polarity, double expected)
        => Assert.Equal(expected, Attainment.Percent(latest, target, polarity), 8);

    [Theory]
    [InlineData(10.0, 0.0, Polarity.HigherIsBetter, "target")]
    [InlineData(10.0, -5.0, Polarity.HigherIsBetter, "target")]
    [InlineData(double.NaN, 5.0, Polarity.HigherIsBetter, "latest")]
    [InlineData(0.0, 5.0, Polarity.LowerIsBetter, "latest")]
    [InlineData(-1.0, 5.0, Polarity.LowerIsBetter, "latest")]
    [InlineData(3.0, -1.0, Polarity.LowerIsBetter, "target")]
    [InlineData(3.0, double.PositiveInfinity, Polarity.LowerIsBetter, "target")]
    [InlineData(3.0, 5.0, (Polarity)7, "polarity")]
    public void Percent_UndefinedOrInvalid_ThrowsNamingTheParameter(double latest, double target, Polarity polarity, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Attainment.Percent(latest, target, polarity)).ParamName);

    [Fact]
    public void Percent_Overflow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Attainment.Percent(double.MaxValue, double.Epsilon, Polarity.HigherIsBetter));

    [Property]
    public bool Percent_HigherIsBetter_MonotoneInLatest(int a, int b, PositiveInt target)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        return Attainment.Percent(low, target.Get, Polarity.HigherIsBetter) <= Attainment.Percent(high, target.Get, Polarity.HigherIsBetter);
    }

    [Property]
    public bool Percent_LowerIsBetter_AntitoneInLatest(PositiveInt a, PositiveInt b, NonNegativeInt target)
    {
        var (low, high) = a.Get <= b.Get ? (a.Get, b.Get) : (b.Get, a.Get);
        return Attainment.Percent(low, target.Get, Polarity.LowerIsBetter) >= Attainment.Percent(high, target.Get, Polarity.LowerIsBetter);
    }

    [Property]
    public bool Percent_OnTarget_IsHundred(PositiveInt target)
        => Attainment.Percent(target.Get, target.Get, Polarity.HigherIsBetter) == 100
        && Attainment.Percent(target.Get, target.Get, Polarity.LowerIsBetter) == 100;
}
