using System.Globalization;
using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Tests.Forecasting;

public class PredictionIntervalTests
{
    [Fact]
    public void Constructor_UpperBelowLower_Throws()
        => Assert.Throws<ArgumentException>(() => new PredictionInterval(PredictionLevel.Eighty, 2, 1));

    [Fact]
    public void Contains_Ends_AreInclusive()
    {
        var i = new PredictionInterval(PredictionLevel.Eighty, 1, 2);
        Assert.True(i.Contains(1) && i.Contains(2) && !i.Contains(2.0001));
        Assert.Equal(1, i.Width);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public void ToString_AnyCulture_IsInvariant(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Assert.Equal("99.5% [1.25, 2.5]", new PredictionInterval(new PredictionLevel(99.5), 1.25, 2.5).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
