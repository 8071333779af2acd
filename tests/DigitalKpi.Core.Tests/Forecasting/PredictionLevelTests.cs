using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Tests.Forecasting;

public class PredictionLevelTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(95)]
    [InlineData(1.5)]
    [InlineData(99.9)]
    public void Constructor_PercentageInRange_KeepsIt(double percent)
    {
        var level = new PredictionLevel(percent);
        Assert.Equal(percent, level.Percent);
        Assert.Equal(percent / 100, level.Fraction, 15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_OutsideOneToHundred_Throws(double percent)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionLevel(percent));

    [Fact]
    public void Constructor_Fraction_SuggestsPercentage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionLevel(0.95));
        Assert.Contains("did you mean 95?", ex.Message);
    }

    [Fact]
    public void FromFraction_NinetyFiveHundredths_EqualsNinetyFive()
        => Assert.Equal(PredictionLevel.NinetyFive, PredictionLevel.FromFraction(0.95));

    [Fact]
    public void Default_IsNinetyFive()
    {
        Assert.Equal(95, default(PredictionLevel).Percent);
        Assert.True(default(PredictionLevel) == PredictionLevel.NinetyFive);
    }

    [Fact]
    public void CompareTo_EightyAndNinetyFive_EightyIsLower()
    {
        Assert.True(PredictionLevel.Eighty < PredictionLevel.NinetyFive);
        Assert.True(PredictionLevel.Eighty != PredictionLevel.NinetyFive);
        Assert.Equal("80%", PredictionLevel.Eighty.ToString());
    }
}
