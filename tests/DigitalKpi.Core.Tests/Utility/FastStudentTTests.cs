using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Tests.Utility;

public class FastStudentTTests
{
    // Hand derivations: ν = 1 is Cauchy, F(−1) = 1/2 − atan(1)/π = 1/4; ν = 2 has F(x) = 1/2 + x/(2√(x² + 2)),
    // so F(−1) = 1/2 − 1/(2√3) = 0.21132486540518713. R: pt(-2, 5) = 0.05096973941492914, pt(-3, 30) = 0.002694982032825971,
    // pt(1.5, 10) = 0.9177463367772799, print(digits = 16); tolerance 1e-12 relative.
    [Theory]
    [InlineData(-1.0, 1, 0.25)]
    [InlineData(-1.0, 2, 0.21132486540518713)]
    [InlineData(-2.0, 5, 0.05096973941492914)]
    [InlineData(-3.0, 30, 0.002694982032825971)]
    [InlineData(1.5, 10, 0.9177463367772799)]
    public void Cdf_KnownValues_MatchClosedFormsAndR(double x, int nu, double expected)
        => Assert.Equal(expected, FastStudentT.Cdf(x, nu), 1e-12 * expected);

    // R: for (n in c(1, 2, 3, 4, 7, 10, 28, 38, 200)) for (x in c(-25, -4.5, -2.2, -1.594, -0.05, 1.9, 6))
    //      cat(sprintf("%.17g", pt(x, n))); tolerance 1e-13 relative (R's pt is accurate to a few ulps).
    [Theory]
    [InlineData(-25, 1, 0.012725611347991829)]
    [InlineData(-4.5, 1, 0.069604487273063939)]
    [InlineData(-2.2, 1, 0.13579974878009182)]
    [InlineData(-1.594, 1, 0.17834561190568965)]
    [InlineData(-0.05, 1, 0.48409774874382361)]
    [InlineData(1.9, 1, 0.84578588554966661)]
    [InlineData(6, 1, 0.94743154328874657)]
    [InlineData(-25, 2, 0.00079808510570516698)]
    [InlineData(-4.5, 2, 0.023000953997138009)]
    [InlineData(-2.2, 2, 0.079404487903970075)]
    [InlineData(-1.594, 2, 0.12598380045986216)]
    [InlineData(-0.05, 2, 0.48233336866656068)]
    [InlineData(1.9, 2, 0.90109031437471154)]
    [InlineData(6, 2, 0.98666426339228763)]
    [InlineData(-25, 3, 7.0165694978774294e-05)]
    [InlineData(-4.5, 3, 0.010245206172226701)]
    [InlineData(-2.2, 3, 0.057585975988235352)]
    [InlineData(-1.594, 3, 0.10459664606901301)]
    [InlineData(-0.05, 3, 0.48163257229569317)]
    [InlineData(1.9, 3, 0.92318422834700042)]
    [InlineData(6, 3, 0.99536364255385767)]
    [InlineData(-25, 4, 7.5987628816578722e-06)]
    [InlineData(-4.5, 4, 0.0054112752313041235)]
    [InlineData(-2.2, 4, 0.046326335089817296)]
    [InlineData(-1.594, 4, 0.093080207904797943)]
    [InlineData(-0.05, 4, 0.48125975922059727)]
    [InlineData(1.9, 4, 0.93488057352169518)]
    [InlineData(6, 4, 0.99805873147651969)]
    [InlineData(-25, 7, 2.089848558829719e-08)]
    [InlineData(-4.5, 7, 0.0013991650389213136)]
    [InlineData(-2.2, 7, 0.031865507651318389)]
    [InlineData(-1.594, 7, 0.077482518747148232)]
    [InlineData(-0.05, 7, 0.48075958901340066)]
    [InlineData(1.9, 7, 0.9503969902663183)]
    [InlineData(6, 7, 0.99972887082899864)]
    [InlineData(-25, 10, 1.1996963800316708e-10)]
    [InlineData(-4.5, 10, 0.00057155254340203248)]
    [InlineData(-2.2, 10, 0.026220534224676548)]
    [InlineData(-1.594, 10, 0.071010153379335306)]
    [InlineData(-0.05, 10, 0.48055349352370064)]
    [InlineData(1.9, 10, 0.95668877124177953)]
    [InlineData(6, 10, 0.99993394556982262)]
    [InlineData(-25, 28, 5.4169198012865352e-21)]
    [InlineData(-4.5, 28, 5.4327748221338752e-05)]
    [InlineData(-2.2, 28, 0.018112742389418915)]
    [InlineData(-1.594, 28, 0.061081694726609348)]
    [InlineData(-0.05, 28, 0.48023868310855877)]
    [InlineData(1.9, 28, 0.9661116581777931)]
    [InlineData(6, 28, 0.99999908496877277)]
    [InlineData(-25, 38, 1.6883079665335962e-25)]
    [InlineData(-4.5, 38, 3.1215706078132938e-05)]
    [InlineData(-2.2, 38, 0.016979905679718361)]
    [InlineData(-1.594, 38, 0.059610491548816064)]
    [InlineData(-0.05, 38, 0.48019214188291981)]
    [InlineData(1.9, 38, 0.96747943731870389)]
    [InlineData(6, 38, 0.99999971536267174)]
    [InlineData(-25, 200, 9.2695480537463469e-64)]
    [InlineData(-4.5, 200, 5.7593906314376652e-06)]
    [InlineData(-2.2, 200, 0.014476154603664365)]
    [InlineData(-1.594, 200, 0.05625756192894462)]
    [InlineData(-0.05, 200, 0.48008614343663325)]
    [InlineData(1.9, 200, 0.97056411383589292)]
    [InlineData(6, 200, 0.99999999544243989)]
    public void Cdf_GridOfDegreesAndTails_MatchesRpt(double x, int nu, double expected)
        => Assert.Equal(expected, FastStudentT.Cdf(x, nu), 1e-13 * expected);

    // MathNet's continued fraction for the incomplete beta is itself off by up to about 1e-12 relative
    // (pt(-1.594, 28) = 0.061081694726601202 in R; MathNet gives ...653907), so the agreement bound is 1e-10.
    [Fact]
    public void Cdf_EveryTabulatedDegree_AgreesWithIncompleteBeta()
    {
        for (var nu = 1; nu <= FastStudentT.MaxTabulatedDegrees; nu++)
        {
            for (var x = -40.0; x <= 40.0; x += 0.173)
            {
                var exact = StudentTMath.Cdf(x, nu);
                var fast = FastStudentT.Cdf(x, nu);
                Assert.True(
                    Math.Abs(fast - exact) <= 1e-10 * exact,
                    $"nu = {nu}, x = {x:R}: fast {fast:R}, incomplete beta {exact:R}");
            }
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(250.0)]
    public void Cdf_NonIntegerOrLargeDegrees_EqualsIncompleteBeta(double nu)
        => Assert.Equal(StudentTMath.Cdf(-1.3, nu), FastStudentT.Cdf(-1.3, nu));

    // R: qt(0.9, 10) = 1.372183641110336, qt(0.975, 10) = 2.228138851986274, qt(0.1, 1) = -3.077683537175254; tolerance 1e-12.
    [Theory]
    [InlineData(0.9, 10, 1.372183641110336)]
    [InlineData(0.975, 10, 2.228138851986274)]
    [InlineData(0.1, 1, -3.077683537175254)]
    public void Quantile_IntervalEnds_MatchR(double p, int nu, double expected)
        => Assert.Equal(expected, FastStudentT.Quantile(p, nu), 1e-12 * Math.Abs(expected));

    [Fact]
    public void Quantile_IntervalProbabilities_ReturnTheExactSolverValue()
    {
        foreach (var level in new[] { PredictionLevel.Eighty, PredictionLevel.NinetyFive })
        {
            var tail = (1 - level.Fraction) / 2;
            for (var nu = 1; nu <= FastStudentT.MaxTabulatedDegrees; nu++)
            {
                Assert.Equal(StudentTMath.Quantile(tail, nu), FastStudentT.Quantile(tail, nu));
                Assert.Equal(StudentTMath.Quantile(1 - tail, nu), FastStudentT.Quantile(1 - tail, nu));
            }
        }

        var tail80 = (1 - PredictionLevel.Eighty.Fraction) / 2;
        Assert.Equal(StudentTMath.Quantile(tail80, 7), FastStudentT.Lower80(7));
        Assert.Equal(StudentTMath.Quantile(1 - tail80, 7), FastStudentT.Upper80(7));
    }
}
