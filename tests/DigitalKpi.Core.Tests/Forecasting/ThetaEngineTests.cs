using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Tests.Forecasting;

public class ThetaEngineTests
{
    // R 4.2.2, forecast 8.20, y <- ts(N647, frequency = 4, start = c(1984, 1)); th <- thetaf(y, h = 8)
    private static readonly double[] RMean =
    [
        3699.18281018821, 3684.78527806283, 3724.27266263007, 3739.55596870283,
        3810.60872623228, 3794.94794155385, 3834.78984303884, 3849.70948185370,
    ];

    // th$upper[, "80%"]
    private static readonly double[] RUpper80 =
    [
        3811.33734435960, 3843.38780809627, 3918.51705902496, 3963.84820782095,
        4061.37381855261, 4069.64642084384, 4131.49740533216, 4166.90264148967,
    ];

    [Fact]
    public void Fit_WithRSesParameters_MatchesRThetafTo1e6()
    {
        // ses(seasadj(decompose(y, "multiplicative")))$model$par: alpha = 0.99989996281918936, l = 1498.58788726875673092.
        // With R's SES parameters fixed, decomposition, drift and reseasonalisation must reproduce thetaf exactly.
        var fix = EtsFixed.None with { Alpha = 0.99989996281918936, InitialLevel = 1498.58788726875673092 };
        var fit = ThetaEngine.Fit(M3Samples.N647, 4, fix);
        Assert.NotNull(fit.Indices);
        for (var h = 1; h <= 8; h++)
        {
            Assert.True(Math.Abs(fit.Mean(h) - RMean[h - 1]) <= 1e-6 * RMean[h - 1], $"h={h}: {fit.Mean(h):R}");
        }
    }

    [Fact]
    public void Fit_Estimated_MatchesRThetaf()
    {
        // Our SES is fitted independently of R's optimiser, so means agree to 1e-5 and bounds to 1e-3 relative
        // (R's sigma^2 = 7658.81361714599 uses SSE / (n - 2)).
        var fit = ThetaEngine.Fit(M3Samples.N647, 4, EtsFixed.None);
        for (var h = 1; h <= 8; h++)
        {
            Assert.True(Math.Abs(fit.Mean(h) - RMean[h - 1]) <= 1e-5 * RMean[h - 1], $"h={h}: {fit.Mean(h):R}");
            var upper = fit.Mean(h) + (1.2815515655446004 * fit.StandardError(h));
            Assert.True(Math.Abs(upper - RUpper80[h - 1]) <= 1e-3 * RUpper80[h - 1], $"h={h}: {upper:R}");
        }
    }

    [Fact]
    public void LeastSquaresSlope_Line_IsItsSlope()
    {
        // y = 3 + 2t for t = 0..4: slope 2 by hand.
        Assert.Equal(2, ThetaEngine.LeastSquaresSlope([3, 5, 7, 9, 11]), 12);
    }
}
