using System.Globalization;
using DigitalKpi.Core.Calculators;

namespace DigitalKpi.Core.Tests.Calculators;

public class PercentChangeTests
{
    [Theory]
    // 42 / 17 - 1 = 1.470588 -> 147.0588 %, one decimal 147.1
    [InlineData(147.0588235, "+147.1%")]
    [InlineData(-3.5, "-3.5%")]
    [InlineData(0.0, "0%")]
    [InlineData(25.0, "+25%")]
    public void ToString_Default_SignedInvariantAtMostOneDecimal(double percent, string expected)
        => Assert.Equal(expected, new PercentChange(percent).ToString());

    [Fact]
    public void ToString_UnderViVN_StaysInvariant()
        => Assert.Equal("+147.1%", CultureScope.Run("vi-VN", () => new PercentChange(147.0588235).ToString()));

    [Theory]
    [InlineData("0.00", "en-US", "+147.06%")]
    [InlineData("0.00", "vi-VN", "+147,06%")]
    [InlineData("F1", "vi-VN", "+147,1%")]
    [InlineData(null, "vi-VN", "+147,1%")]
    public void ToString_FormatAndCulture_UsesCultureSeparators(string? format, string culture, string expected)
        => Assert.Equal(expected, new PercentChange(147.0588235).ToString(format, new CultureInfo(culture)));

    [Fact]
    public void ToString_NegativeUnderViVN_UsesCultureDecimalComma()
        => Assert.Equal("-1.234,5%", new PercentChange(-1234.5).ToString("#,##0.0", new CultureInfo("vi-VN")));

    [Fact]
    public void FromFraction_Fraction_IsHundredTimes()
    {
        var change = PercentChange.FromFraction(0.216);
        Assert.Equal(21.6, change.Percent, 12);
        Assert.Equal(0.216, change.Fraction, 12);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NonFinite_Throws(double percent)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PercentChange(percent));

    [Fact]
    public void FromFraction_Overflowing_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PercentChange.FromFraction(double.MaxValue));

    [Fact]
    public void Equality_SameAndDifferentValues_OperatorsAgree()
    {
        var a = new PercentChange(12.5);
        var b = new PercentChange(12.5);
        var c = new PercentChange(-12.5);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)12.5));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new PercentChange(0), default);
        Assert.Equal(new PercentChange(0.0), new PercentChange(-0.0));
    }

    [Fact]
    public void CompareTo_SmallerAndLarger_OrdersByPercent()
    {
        var small = new PercentChange(-3);
        var large = new PercentChange(8);
        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= new PercentChange(-3));
        Assert.True(large >= small);
        Assert.True(small.CompareTo(large) < 0);
    }
}
