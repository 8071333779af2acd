using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Tests.Forecasting;

public class RollingOriginTests
{
    [Theory]
    [InlineData(new[] { 1.0, 0, 0, 0 }, 4.0)]
    [InlineData(new[] { 1.0, 1, 1, 1 }, 1.6)]
    [InlineData(new[] { 1.0, 0.5 }, 4.0 / 2.4)]
    [InlineData(new[] { 1.0 }, 1.0)]
    public void IndependentErrors_ByHand(double[] c, double expected)
    {
        // White noise: the H errors are independent, worth H. Random walk (c_j = 1), H = 4:
        // corr(e_h, e_k)^2 = min(h, k) / max(h, k); the sum over h, k is 4 + 2 (1/2 + 1/3 + 1/4 + 2/3 + 2/4 + 3/4) = 10,
        // so 16 / 10 = 1.6. SES with alpha = 0.5, H = 2: Var e_1 = 1, Var e_2 = 1 + 0.25, Cov = 0.5,
        // rho^2 = 0.25 / 1.25 = 0.2, so 4 / (2 + 2 * 0.2) = 4 / 2.4.
        Assert.Equal(expected, RollingOrigin.IndependentErrors(c), 12);
    }
}
