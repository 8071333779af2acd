using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Calculators;

/// <summary>A result that leaves double's range is refused with the exception naming the input responsible.</summary>
public class OverflowNamingTests
{
    [Fact]
    public void Cagr_TinyYears_NamesYears()
    {
        // (1e308)^(1/0.001) − 1 = 1e308000: only the tiny period makes the rate unrepresentable.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(1, 1e308, 1e-3));
        Assert.Equal("years", e.ParamName);
    }

    [Fact]
    public void AttainmentHigherIsBetter_TinyTarget_NamesTarget()
    {
        // 1e300 / 1e-300 × 100 = 1e602.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Attainment.Percent(1e300, 1e-300, Polarity.HigherIsBetter));
        Assert.Equal("target", e.ParamName);
    }

    [Fact]
    public void AttainmentLowerIsBetter_TinyLatest_NamesLatest()
    {
        // 1e300 / 1e-300 × 100 = 1e602.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Attainment.Percent(1e-300, 1e300, Polarity.LowerIsBetter));
        Assert.Equal("latest", e.ParamName);
    }

    [Fact]
    public void PooledPercent_NumeratorSumOverflows_NamesNumerators()
    {
        // 1e308 + 1e308 = 2e308 > double.MaxValue ≈ 1.8e308.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rates.PooledPercent([1e308, 1e308], [1, 1]));
        Assert.Equal("numerators", e.ParamName);
    }

    [Fact]
    public void WeightedArithmetic_WeightSumOverflows_NamesWeights()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.WeightedArithmetic([1, 2], [1e308, 1e308]));
        Assert.Equal("weights", e.ParamName);
    }

    [Theory]
    [InlineData(0, Polarity.HigherIsBetter, 50)] // 100·(0 − (−1e308))/(2e308) = 50
    [InlineData(0, Polarity.LowerIsBetter, 50)] // 100·(1e308 − 0)/(2e308) = 50
    [InlineData(5e307, Polarity.HigherIsBetter, 75)] // 100·(5e307 + 1e308)/(2e308) = 100·1.5/2 = 75
    public void MinMax_ScaleWiderThanDouble_ScoresWithoutOverflow(double value, Polarity polarity, double expected)
        => Assert.Equal(expected, Normalisation.MinMax(value, -1e308, 1e308, polarity), 12);
}
