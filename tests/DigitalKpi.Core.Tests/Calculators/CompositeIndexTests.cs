using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class CompositeIndexTests
{
    public static TheoryData<double[], double[], double, double> Cases => new()
    {
        // equal weights: arithmetic (20 + 80) / 2 = 50; geometric sqrt(20 * 80) = 40
        { [20, 80], [1, 1], 50.0, 40.0 },
        // weights 1:3: arithmetic 0.25 * 20 + 0.75 * 80 = 65; geometric 20^0.25 * 80^0.75 = 80 / 4^0.25 = 80 / sqrt 2 = 56.5685
        { [20, 80], [1, 3], 65.0, 56.5685424949 },
        // weights are relative: 25 / 75 gives the same as 1 / 3
        { [20, 80], [25, 75], 65.0, 56.5685424949 },
        // a zero score: no compensation in the geometric mean
        { [0, 90, 90], [1, 1, 1], 60.0, 0.0 },
        { [42], [7], 42.0, 42.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WeightedMeans_Scores_ArithmeticAndGeometric(double[] scores, double[] weights, double arithmetic, double geometric)
    {
        Assert.Equal(arithmetic, CompositeIndex.WeightedArithmetic(scores, weights), 9);
        Assert.Equal(geometric, CompositeIndex.WeightedGeometric(scores, weights), 9);
    }

    [Fact]
    public void WeightedArithmetic_NegativeScoresAllowed()
        => Assert.Equal(0, CompositeIndex.WeightedArithmetic([-10, 10], [1, 1]), 12);

    public static TheoryData<double[], double[]> ShapeErrors => new()
    {
        { [], [] },
        { [1, 2], [1] },
    };

    [Theory]
    [MemberData(nameof(ShapeErrors))]
    public void WeightedMeans_EmptyOrLengthMismatch_Throws(double[] scores, double[] weights)
    {
        Assert.Throws<ArgumentException>(() => CompositeIndex.WeightedArithmetic(scores, weights));
        Assert.Throws<ArgumentException>(() => CompositeIndex.WeightedGeometric(scores, weights));
    }

    public static TheoryData<double[], double[], string> ValueErrors => new()
    {
        { [1, 2], [1, 0], "weights" },
        { [1, 2], [1, -1], "weights" },
        { [1, 2], [1, double.NaN], "weights" },
        { [1, double.PositiveInfinity], [1, 1], "scores" },
        { [double.NaN, 1], [1, 1], "scores" },
    };

    [Theory]
    [MemberData(nameof(ValueErrors))]
    public void WeightedMeans_InvalidValues_ThrowNamingTheParameter(double[] scores, double[] weights, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.WeightedArithmetic(scores, weights)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.WeightedGeometric(scores, weights)).ParamName);
    }

    [Fact]
    public void WeightedGeometric_NegativeScore_Throws()
        => Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.WeightedGeometric([-1, 4], [1, 1])).ParamName);

    [Property]
    public bool WeightedMeans_GeometricAtMostArithmeticAndBothWithinRange(NonEmptyArray<NonNegativeInt> scoreCounts, int seed)
    {
        var scores = scoreCounts.Get.Select(s => (double)(s.Get % 101)).ToArray();
        var random = new Random(seed);
        var weights = scores.Select(_ => 0.1 + random.NextDouble()).ToArray();
        var arithmetic = CompositeIndex.WeightedArithmetic(scores, weights);
        var geometric = CompositeIndex.WeightedGeometric(scores, weights);
        const double tolerance = 1e-9;
        return geometric <= arithmetic + tolerance
            && arithmetic >= scores.Min() - tolerance && arithmetic <= scores.Max() + tolerance
            && geometric >= scores.Min() - tolerance && geometric <= scores.Max() + tolerance;
    }
}
