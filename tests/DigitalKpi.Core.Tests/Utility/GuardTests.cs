using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Tests.Utility;

public class GuardTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Finite_NonFinite_ThrowsNamingTheParameter(double rate)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Finite(rate));
        Assert.Equal("rate", ex.ParamName);
        Assert.Contains("finite", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    public void Positive_ZeroOrNegative_Throws(double value)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(value));

    [Fact]
    public void InRange_OutsideUnderViVN_MessageUsesInvariantDecimalPoint()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            var share = 100.5;
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(share, 0, 100));
            Assert.Contains("received 100.5", ex.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
