using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Tests.Utility;

public class CalculationGuardTests
{
    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void FiniteResult_NonFinite_ThrowsNamingTheResult(double result)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CalculationGuard.FiniteResult(result, "percent change", "to"));
        Assert.Equal("to", ex.ParamName);
        Assert.Contains("The percent change of these inputs must be a finite number", ex.Message);
    }

    [Fact]
    public void FiniteResult_Finite_ReturnsIt()
        => Assert.Equal(-3.25, CalculationGuard.FiniteResult(-3.25, "x", "y"));

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 1)]
    [InlineData(Polarity.LowerIsBetter, -1)]
    public void Direction_DefinedPolarity_Sign(Polarity polarity, int expected)
        => Assert.Equal(expected, CalculationGuard.Direction(polarity));

    [Fact]
    public void Direction_UndefinedPolarity_Throws()
        => Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => CalculationGuard.Direction((Polarity)2)).ParamName);
}
