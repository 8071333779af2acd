using System.Globalization;
using DigitalKpi.Core.Calculators;

namespace DigitalKpi.Core.Tests.Calculators;

public class PercentagePointChangeTests
{
    [Theory]
    [InlineData(25.0, "+25 pp")]
    [InlineData(-2.5, "-2.5 pp")]
    [InlineData(0.0, "0 pp")]
    [InlineData(0.04, "+0 pp")]
    public void ToString_Default_SignedInvariantAtMostOneDecimal(double points, string expected)
        => Assert.Equal(expected, new PercentagePointChange(points).ToString());

    [Fact]
    public void ToString_UnderViVN_StaysInvariant()
        => Assert.Equal("+2.5 pp", CultureScope.Run("vi-VN", () => new PercentagePointChange(2.5).ToString()));

    [Theory]
    [InlineData("0.0", "en-US", "+2.5 pp")]
    [InlineData("0.0", "vi-VN", "+2,5 pp")]
    [InlineData("F2", "vi-VN", "+2,50 pp")]
    public void ToString_FormatAndCulture_UsesCultureSeparators(string format, string culture, string expected)
        => Assert.Equal(expected, new PercentagePointChange(2.5).ToString(format, new CultureInfo(culture)));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonFinite_Throws(double points)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PercentagePointChange(points));

    [Fact]
    public void Equality_SameAndDifferentValues_OperatorsAgree()
    {
        var a = new PercentagePointChange(25);
        Assert.True(a == new PercentagePointChange(25));
        Assert.True(a != new PercentagePointChange(24.9));
        Assert.False(a.Equals((object)new PercentChange(25)));
        Assert.Equal(default, new PercentagePointChange(0));
        Assert.True(new PercentagePointChange(-1) < a);
        Assert.True(a > new PercentagePointChange(-1));
        Assert.True(a <= new PercentagePointChange(25) && a >= new PercentagePointChange(25));
        Assert.Equal(0, a.CompareTo(new PercentagePointChange(25)));
    }
}
