using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Tests.Utility;

public class StudentTMathTests
{
    // Far lower tail against an independent 60-digit solution: Python mpmath 1.3, mp.dps = 60, solving
    // ln(betainc(ν/2, 1/2, 0, ν/(ν + t²), regularized=True)/2) = ln p for u = ln|t| with findroot. R's qt agrees to
    // 1e-14 relative everywhere except p = 1e-300 with ν = 3, 6, 5.6, where R's own pt(qt(p)) is off by up to 2.3e-8
    // relative (qt(1e-300, 3) = -1.0331108439132092e+100 in R). ν = 1: −cot(πp); ν = 2: (2p − 1)/√(2p(1 − p)).
    [Theory]
    [InlineData(1, 1e-5, -31830.988607907091641)]
    [InlineData(1, 1e-12, -318309886183.79067154)]
    [InlineData(1, 1e-50, -3.1830988618379067154e+49)]
    [InlineData(1, 1e-200, -3.1830988618379067154e+199)]
    [InlineData(1, 1e-300, -3.1830988618379067154e+299)]
    [InlineData(2, 1e-5, -223.60344363403719727)]
    [InlineData(2, 1e-12, -707106.78118548686423)]
    [InlineData(2, 1e-50, -7.071067811865475244e+24)]
    [InlineData(2, 1e-200, -7.071067811865475244e+99)]
    [InlineData(2, 1e-300, -7.071067811865475244e+149)]
    [InlineData(3, 1e-5, -47.927728375933924183)]
    [InlineData(3, 1e-12, -10331.108244292486134)]
    [InlineData(3, 1e-50, -47952757204692233.482)]
    [InlineData(3, 1e-200, -4.7952757204692233482e+66)]
    [InlineData(3, 1e-300, -1.0331108360446529096e+100)]
    [InlineData(6, 1e-5, -12.031653178118164203)]
    [InlineData(6, 1e-12, -179.75335991079195723)]
    [InlineData(6, 1e-50, -387298334.62074168174)]
    [InlineData(6, 1e-200, -3.8729833462074168852e+33)]
    [InlineData(6, 1e-300, -1.7976796252524601561e+50)]
    [InlineData(5.6, 1e-5, -13.165562897740917648)]
    [InlineData(5.6, 1e-12, -237.36650641482698761)]
    [InlineData(5.6, 1e-50, -1449280555.3742098418)]
    [InlineData(5.6, 1e-200, -8.8484408311781609067e+35)]
    [InlineData(5.6, 1e-300, -6.3680960945973276952e+53)]
    [InlineData(30, 1e-5, -5.0540324214464940876)]
    [InlineData(30, 1e-12, -11.397217523311411181)]
    [InlineData(30, 1e-50, -232.84591679865064403)]
    [InlineData(30, 1e-200, -23290831.507991146487)]
    [InlineData(30, 1e-300, -50178575360.505080756)]
    public void Quantile_FarLowerTail_MatchesHighPrecisionReference(double nu, double p, double expected)
    {
        var actual = StudentTMath.Quantile(p, nu);
        Assert.True(
            Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected),
            $"nu = {nu}, p = {p:R}: {actual:R}, expected {expected:R}, relative error {Math.Abs((actual / expected) - 1):R}");
    }

    // Upper tail by reflection. R: sprintf("%.17g", qt(p, nu)) with p = 1 - 1e-5 and 1 - 1e-12 as doubles
    // (0.99999000000000005 and 0.99999999999900002); tolerance 1e-12 relative.
    [Theory]
    [InlineData(1, 0.99999000000000005, 31830.988608051954)]
    [InlineData(1, 0.99999999999900002, 318316927901.77966)]
    [InlineData(2, 0.99999000000000005, 223.60344363454601)]
    [InlineData(2, 0.99999999999900002, 707114.60252440802)]
    [InlineData(3, 0.99999000000000005, 47.927728376006705)]
    [InlineData(3, 0.99999999999900002, 10331.184426046098)]
    [InlineData(6, 0.99999000000000005, 12.031653178127618)]
    [InlineData(6, 0.99999999999900002, 179.75402276928028)]
    [InlineData(5.6, 0.99999000000000005, 13.165562897751919)]
    [InlineData(5.6, 0.99999999999900002, 237.36744417859541)]
    [InlineData(30, 0.99999000000000005, 5.0540324214481043)]
    [InlineData(30, 0.99999999999900002, 11.397227795416011)]
    public void Quantile_FarUpperTail_MatchesRqt(double nu, double p, double expected)
        => Assert.Equal(expected, StudentTMath.Quantile(p, nu), 1e-12 * expected);

    // The round trip through MathNet's incomplete beta (a different algorithm from the solver's series), relative to p,
    // and strict increase from p = 1e-300 up to the centre. MathNet is accurate to about 1e-12 relative, so 1e-10.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(5.6)]
    [InlineData(30)]
    [InlineData(2.5)]
    [InlineData(1.5)]
    [InlineData(150.5)]
    public void Quantile_FromFarTailToCentre_IsIncreasingAndInvertsTheCdf(double nu)
    {
        double[] probabilities =
        [
            1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1e-20, 1e-17, 1e-15, 1e-14, 1e-12, 1e-9, 1e-5, 1e-3, 0.01, 0.1, 0.3, 0.45, 0.49,
        ];
        var previous = double.NegativeInfinity;
        foreach (var p in probabilities)
        {
            var x = StudentTMath.Quantile(p, nu);
            Assert.True(x > previous, $"nu = {nu}: Q({p:R}) = {x:R} is not above the previous quantile {previous:R}");
            var roundTrip = StudentTMath.Cdf(x, nu);
            Assert.True(
                Math.Abs((roundTrip / p) - 1) <= 1e-10,
                $"nu = {nu}, p = {p:R}: Cdf(Quantile(p)) = {roundTrip:R}, relative error {(roundTrip / p) - 1:R}");
            previous = x;
        }
    }
}
