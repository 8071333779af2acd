using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class RatesTests
{
    [Fact]
    public void PooledPercent_SpiderImpactExample_RatioOfSums()
    {
        // METHODS.md S9: 2 of 4 (50 %) and 2 of 100 (2 %) -> 4 / 104 = 0.0384615 -> 3.846 %, not 26 % (mean) or 52 % (sum)
        Assert.Equal(3.8461538462, Rates.PooledPercent([2, 2], [4, 100]), 9);
    }

    [Fact]
    public void PooledPercent_ScopeWithNothingToCount_Ignored()
        // 3 of 10 and 0 of 0 -> 3 / 10 = 30 %
        => Assert.Equal(30, Rates.PooledPercent([3, 0], [10, 0]), 12);

    [Fact]
    public void PooledPercent_RateAboveHundred_Allowed()
        // 150 events on 100 units -> 150 per 100
        => Assert.Equal(150, Rates.PooledPercent([150], [100]), 12);

    public static TheoryData<double[], double[]> InvalidRanges => new()
    {
        { [1, 2], [3] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(InvalidRanges))]
    public void PooledPercent_LengthsDifferOrEmpty_Throws(double[] numerators, double[] denominators)
        => Assert.Throws<ArgumentException>(() => Rates.PooledPercent(numerators, denominators));

    public static TheoryData<double[], double[], string> InvalidValues => new()
    {
        { [0, 0], [0, 0], "denominators" },
        { [-1, 2], [4, 4], "numerators" },
        { [1, 2], [4, -4], "denominators" },
        { [double.NaN], [4], "numerators" },
        { [1], [double.PositiveInfinity], "denominators" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void PooledPercent_InvalidValues_ThrowsNamingTheParameter(double[] numerators, double[] denominators, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Rates.PooledPercent(numerators, denominators)).ParamName);

    [Property]
    public bool PooledPercent_LiesBetweenSmallestAndLargestRate(NonEmptyArray<PositiveInt> denominators, int seed)
    {
        var n = denominators.Get.Select(d => (double)d.Get).ToArray();
        var random = new Random(seed);
        var k = n.Select(d => Math.Floor(random.NextDouble() * (d + 1))).ToArray();
        var rates = k.Zip(n, (a, b) => 100 * a / b).ToArray();
        var pooled = Rates.PooledPercent(k, n);
        return pooled >= rates.Min() - 1e-9 && pooled <= rates.Max() + 1e-9;
    }
}
