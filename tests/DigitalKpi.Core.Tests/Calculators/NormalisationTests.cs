using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class NormalisationTests
{
    [Theory]
    // (0.71 - 0) / (1 - 0) = 71; rank 46 on a 1..132 scale, lower better: (132 - 46) / (132 - 1) = 86 / 131 = 65.649 %
    [InlineData(0.71, 0.0, 1.0, Polarity.HigherIsBetter, true, 71.0)]
    [InlineData(46.0, 1.0, 132.0, Polarity.LowerIsBetter, true, 65.6488549618)]
    [InlineData(25.0, 20.0, 30.0, Polarity.HigherIsBetter, true, 50.0)]
    // beyond the bounds: clamped (SDSN censoring) or extended linearly
    [InlineData(35.0, 20.0, 30.0, Polarity.HigherIsBetter, true, 100.0)]
    [InlineData(35.0, 20.0, 30.0, Polarity.HigherIsBetter, false, 150.0)]
    [InlineData(15.0, 20.0, 30.0, Polarity.HigherIsBetter, true, 0.0)]
    [InlineData(15.0, 20.0, 30.0, Polarity.LowerIsBetter, false, 150.0)]
    [InlineData(15.0, 20.0, 30.0, Polarity.LowerIsBetter, true, 100.0)]
    public void MinMax_Values_ScoreOnZeroToHundred(double value, double min, double max, Polarity polarity, bool clamp, double expected)
        => Assert.Equal(expected, Normalisation.MinMax(value, min, max, polarity, clamp), 9);

    [Theory]
    [InlineData(1.0, 5.0, 5.0, Polarity.HigherIsBetter, "max")]
    [InlineData(1.0, 6.0, 5.0, Polarity.HigherIsBetter, "max")]
    [InlineData(double.NaN, 0.0, 5.0, Polarity.HigherIsBetter, "value")]
    [InlineData(1.0, double.NegativeInfinity, 5.0, Polarity.HigherIsBetter, "min")]
    [InlineData(1.0, 0.0, 5.0, (Polarity)3, "polarity")]
    public void MinMax_Invalid_ThrowsNamingTheParameter(double value, double min, double max, Polarity polarity, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Normalisation.MinMax(value, min, max, polarity)).ParamName);

    [Fact]
    public void MinMax_Overflow_ThrowsNamingValue()
    {
        // 100·(1e308 − 0)/1e-300 = 1e610: the unclamped score is not a double.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Normalisation.MinMax(1e308, 0, 1e-300, Polarity.HigherIsBetter, clamp: false));
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public void MinMax_MaxValueOnFullRange_IsHundred()
        // 100·(Max − (−Max))/(Max − (−Max)) = 100: the upper bound itself, although Max − (−Max) is not a double.
        => Assert.Equal(100, Normalisation.MinMax(double.MaxValue, -double.MaxValue, double.MaxValue, Polarity.HigherIsBetter, clamp: false));

    [Property]
    public bool MinMax_BothPolarities_AddUpToHundred(int value, int min, PositiveInt width)
    {
        double lo = min;
        double hi = lo + width.Get;
        var up = Normalisation.MinMax(value, lo, hi, Polarity.HigherIsBetter, clamp: false);
        var down = Normalisation.MinMax(value, lo, hi, Polarity.LowerIsBetter, clamp: false);
        return Math.Abs(up + down - 100) <= 1e-9 * Math.Max(1, Math.Abs(up));
    }

    [Property]
    public bool MinMax_Clamped_StaysWithinZeroToHundred(int value, int min, PositiveInt width)
    {
        var score = Normalisation.MinMax(value, min, (double)min + width.Get, Polarity.HigherIsBetter);
        return score >= 0 && score <= 100;
    }
}
