using System.Globalization;
using DigitalKpi.Core.Text;

namespace DigitalKpi.Core.Tests.Text;

public class NumberTextTests
{
    private static readonly CultureInfo Vi = new("vi-VN");
    private static readonly CultureInfo En = new("en");

    // vi-VN: '.' groups thousands and ',' marks decimals; en: the reverse. Rounding is half away from zero.
    [Theory]
    [InlineData(50350.0, 0, "50.350", "50,350")]
    [InlineData(1234567.891, 2, "1.234.567,89", "1,234,567.89")]
    [InlineData(0.5, 0, "1", "1")]
    [InlineData(2.5, 0, "3", "3")]
    [InlineData(-0.04, 1, "0,0", "0.0")]
    [InlineData(999.95, 1, "1.000,0", "1,000.0")]
    [InlineData(17.0, 0, "17", "17")]
    public void Number_Table(double value, int decimals, string vi, string en)
        => CultureScope.RunUnderEach(() =>
        {
            Assert.Equal(vi, NumberText.Number(value, Vi, decimals));
            Assert.Equal(en, NumberText.Number(value, En, decimals));
        });

    [Theory]
    [InlineData(104.9, 1, "104,9%", "104.9%")]
    [InlineData(42.0, 1, "42,0%", "42.0%")]
    [InlineData(83.14, 0, "83%", "83%")]
    [InlineData(1500.25, 1, "1.500,3%", "1,500.3%")]
    public void Percent_Table(double value, int decimals, string vi, string en)
        => CultureScope.RunUnderEach(() =>
        {
            Assert.Equal(vi, NumberText.Percent(value, Vi, decimals));
            Assert.Equal(en, NumberText.Percent(value, En, decimals));
        });

    [Fact]
    public void Percent_NullCulture_IsInvariant()
        => CultureScope.Run("vi-VN", () => Assert.Equal("104.9%", NumberText.Percent(104.9, null)));

    [Theory]
    [InlineData(2.5, 1, "2,5 điểm phần trăm", "2.5 percentage points")]
    [InlineData(1.0, 0, "1 điểm phần trăm", "1 percentage point")]
    [InlineData(-1.0, 1, "-1,0 điểm phần trăm", "-1.0 percentage point")]
    [InlineData(-12.25, 1, "-12,3 điểm phần trăm", "-12.3 percentage points")]
    public void PercentagePoints_Table(double value, int decimals, string vi, string en)
        => CultureScope.RunUnderEach(() =>
        {
            Assert.Equal(vi, NumberText.PercentagePoints(value, Vi, decimals));
            Assert.Equal(en, NumberText.PercentagePoints(value, En, decimals));
        });

    [Theory]
    [InlineData(double.NaN, 1, "value")]
    [InlineData(double.PositiveInfinity, 1, "value")]
    [InlineData(1.0, -1, "decimals")]
    [InlineData(1.0, 11, "decimals")]
    public void Invalid_ThrowsNamingTheField(double value, int decimals, string field)
    {
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Number(value, Vi, decimals)).ParamName);
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Percent(value, En, decimals)).ParamName);
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.PercentagePoints(value, En, decimals)).ParamName);
    }
}
