using System.Globalization;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Indicators;

public class BoundsTests
{
    [Theory]
    [InlineData(0.0, true)]
    [InlineData(100.0, true)]
    [InlineData(50.5, true)]
    [InlineData(-0.001, false)]
    [InlineData(100.001, false)]
    [InlineData(double.NaN, false)]
    public void Contains_Percent_BothEndsIncluded(double value, bool expected)
        => Assert.Equal(expected, Bounds.Percent.Contains(value));

    [Theory]
    [InlineData(double.NaN, 1.0, "lower")]
    [InlineData(double.NegativeInfinity, 1.0, "lower")]
    [InlineData(0.0, double.PositiveInfinity, "upper")]
    [InlineData(1.0, 1.0, "upper")]
    [InlineData(2.0, 1.0, "upper")]
    public void Constructor_Invalid_ThrowsNamingTheEnd(double lower, double upper, string field)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Bounds(lower, upper));
        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData(-5.0, 0.0)]
    [InlineData(0.4, 0.4)]
    [InlineData(3.0, 1.0)]
    public void Clamp_LimitsToTheInterval(double value, double expected)
        => Assert.Equal(expected, new Bounds(0, 1).Clamp(value));

    [Fact]
    public void Clamp_NaN_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Bounds.Percent.Clamp(double.NaN));

    [Fact]
    public void EqualityWidthAndText()
    {
        Assert.True(new Bounds(0, 100) == Bounds.Percent);
        Assert.True(new Bounds(0, 1) != Bounds.Percent);
        Assert.Equal(0.75, new Bounds(0.25, 1).Width);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal("[0.25, 1]", new Bounds(0.25, 1).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Default_IsDegenerateZeroInterval()
    {
        Assert.Equal(0.0, default(Bounds).Lower);
        Assert.Equal(0.0, default(Bounds).Upper);
    }
}
