using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Tests.Forecasting;

public class ClassicalDecompositionTests
{
    [Fact]
    public void MultiplicativeIndices_N647_MatchRDecompose()
    {
        // R 4.2.2: decompose(ts(N647, frequency = 4, start = c(1984, 1)), type = "multiplicative")$figure
        double[] expected = [1.007788171534404, 0.996362723794547, 0.999569140838365, 0.996279963832683];
        var figure = ClassicalDecomposition.MultiplicativeIndices(M3Samples.N647, 4);
        Assert.NotNull(figure);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], figure[i], 12);
        }
    }

    [Fact]
    public void IsSeasonal_N647_IsJustSignificant()
    {
        // R: r <- acf(y, lag.max = 4, plot = FALSE)$acf[-1]; abs(r[4]) / sqrt((1 + 2 * sum(r[-4]^2)) / 36) = 1.648521 > 1.644854.
        Assert.True(ClassicalDecomposition.IsSeasonal(M3Samples.N647, 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void IsSeasonal_ConstantOrNonSeasonalPeriod_False(int m)
    {
        var y = Enumerable.Repeat(5.0, 20).ToArray();
        Assert.False(ClassicalDecomposition.IsSeasonal(y, m));
    }

    [Fact]
    public void MultiplicativeIndices_NonPositiveData_Null()
    {
        double[] y = [1, 2, 0, 4, 1, 2, 3, 4, 1, 2, 3, 4];
        Assert.Null(ClassicalDecomposition.MultiplicativeIndices(y, 4));
    }
}
