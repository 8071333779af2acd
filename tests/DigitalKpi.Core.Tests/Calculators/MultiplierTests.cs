using System.Globalization;
using DigitalKpi.Core.Calculators;

namespace DigitalKpi.Core.Tests.Calculators;

public class MultiplierTests
{
    [Theory]
    // 42 / 17 = 2.470588 -> two decimals 2.47
    [InlineData(2.470588235, "×2.47")]
    [InlineData(2.2, "×2.2")]
    [InlineData(0.0, "×0")]
    public void ToString_Default_InvariantAtMostTwoDecimals(double factor, string expected)
        => Assert.Equal(expected, new Multiplier(factor).ToString());

    [Fact]
    public void ToString_ViVN_UsesDecimalComma()
    {
        Assert.Equal("×2,47", new Multiplier(2.470588235).ToString(null, new CultureInfo("vi-VN")));
        Assert.Equal("×2.47", CultureScope.Run("vi-VN", () => new Multiplier(2.470588235).ToString()));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NegativeOrNonFinite_Throws(double factor)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new Multiplier(factor));

    [Theory]
    // x2.5 = +150 %; x1 = 0 %; x0 = -100 %
    [InlineData(2.5, 150.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, -100.0)]
    public void ToPercentChange_Factor_IsFactorMinusOneInPercent(double factor, double expectedPercent)
        => Assert.Equal(expectedPercent, new Multiplier(factor).ToPercentChange().Percent, 12);

    [Fact]
    public void Equality_SameAndDifferentValues_OperatorsAgree()
    {
        var a = new Multiplier(2);
        Assert.True(a == new Multiplier(2));
        Assert.True(a != new Multiplier(3));
        Assert.True(a < new Multiplier(3) && new Multiplier(3) > a);
        Assert.True(a <= new Multiplier(2) && a >= new Multiplier(2));
        Assert.Equal(default, new Multiplier(0));
        Assert.Equal(a.GetHashCode(), new Multiplier(2).GetHashCode());
        Assert.True(a.Equals((object)new Multiplier(2)));
        Assert.True(a.CompareTo(new Multiplier(1)) > 0);
    }
}
