using DigitalKpi.Core.Forecasting;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Forecasting;

public class ForecastDistributionTests
{
    // R 4.x: qt(c(0.001, 0.1, 0.975), nu) for nu = 1, 2, 3, 5, 30; tolerance 1e-9 relative.
    [Theory]
    [InlineData(1, 0.001, -318.308838985550437)]
    [InlineData(1, 0.975, 12.706204736174694)]
    [InlineData(2, 0.001, -22.3271247701198732)]
    [InlineData(2, 0.1, -1.8856180831641265)]
    [InlineData(3, 0.001, -10.2145318524073847)]
    [InlineData(3, 0.1, -1.6377443536962089)]
    [InlineData(3, 0.975, 3.1824463052837078)]
    [InlineData(5, 0.001, -5.8934295313560101)]
    [InlineData(5, 0.975, 2.5705818356363137)]
    [InlineData(30, 0.001, -3.3851848668293054)]
    [InlineData(30, 0.1, -1.3104150253913953)]
    [InlineData(30, 0.975, 2.0422724563012378)]
    public void StudentTQuantile_MatchesRQt(double nu, double p, double expected)
    {
        var d = new StudentTForecast(2025, 0, 1, nu);
        Assert.Equal(expected, d.Quantile(p), Math.Abs(expected) * 1e-9);
    }

    // Cauchy (ν = 1) by hand: Q(p) = 10 + 2·(−cot(πp)) ≈ 10 − 2/(πp), so Q(1e-300) = −6.3661977236758134e+299 and
    // Q(1e-17) = −6.3661977236758124e+16; the CDF, atan(1/|t|)/π, then returns p. Tolerance 1e-12 relative.
    [Theory]
    [InlineData(1e-17, -6.3661977236758124e+16)]
    [InlineData(1e-300, -6.3661977236758134e+299)]
    public void StudentTQuantile_CauchyFarTail_IsExactAndInvertsTheCdf(double p, double expected)
    {
        var d = new StudentTForecast(2025, 10, 2, 1);
        var q = d.Quantile(p);
        Assert.Equal(expected, q, 1e-12 * Math.Abs(expected));
        Assert.Equal(1, d.Cdf(q) / p, 1e-12);
    }

    // A level just under 100%: the tail (1 − 0.9999999999999999)/2 = 5.5511151231257827e-17, whose complement rounds to 1.
    // Independent values: R, 10 + 2 * qnorm(tail) = -6.5847221516271901 (upper by reflection 26.58472215162719, and R's
    // qnorm(tail, lower.tail = FALSE) gives the same); mpmath (60 digits) for the Student-t quantile, 10 + 2 * qt(tail, 3) =
    // -541637.61399931713 (R: ...659). Tolerance 1e-12 relative.
    [Fact]
    public void Interval_LevelJustUnderHundred_IsCentralForNormalAndStudentT()
    {
        var level = new PredictionLevel(99.99999999999999);
        var normal = new NormalForecast(2025, 10, 2).Interval(level);
        Assert.Equal(-6.5847221516271901, normal.Lower, 1e-12 * 6.6);
        Assert.Equal(26.58472215162719, normal.Upper, 1e-12 * 26.6);

        var t = new StudentTForecast(2025, 10, 2, 3).Interval(level);
        Assert.Equal(-541637.61399931713, t.Lower, 1e-12 * 541637.6);
        Assert.Equal(20 - t.Lower, t.Upper, 1e-12 * 541657.6);
        Assert.Equal(541657.61399931713, t.Upper, 1e-12 * 541657.6);
    }

    // Same level on transformed scales. Log with N(1, 0.5): exp(1 ± 0.5 · 8.2923385...) from mpmath, erfinv at 60 digits
    // (R: exp(1 + 0.5 * qnorm(tail, lower.tail = FALSE)) = 171.77415091649701). Logit(0, 100) with a Student-t (0.3, 0.1, ν = 30):
    // 100 / (1 + exp(−(0.3 ∓ 0.1 · qt(tail, 30)))) with qt(tail, 30) = −16.622112879395636 (mpmath; R ...633), giving
    // 87.677206531907355 and 20.388114509419087. Tolerance 1e-12 relative.
    [Fact]
    public void Interval_LevelJustUnderHundred_TransformedUpperEndIsTheBackTransformedUpperTail()
    {
        var level = new PredictionLevel(99.99999999999999);
        var log = new TransformedForecast(new NormalForecast(2025, 1, 0.5), ScaleTransform.Log).Interval(level);
        Assert.Equal(0.043016111909193037, log.Lower, 1e-12 * 0.043);
        Assert.Equal(171.77415091649704, log.Upper, 1e-12 * 171.8);

        var logit = new TransformedForecast(new StudentTForecast(2025, 0.3, 0.1, 30), ScaleTransform.Logit(0, 100)).Interval(level);
        Assert.Equal(20.388114509419087, logit.Lower, 1e-12 * 20.4);
        Assert.Equal(87.677206531907355, logit.Upper, 1e-12 * 87.7);
    }

    // Ordinary levels keep their upper ends: where 1 − tail is exact in double (50, 80, 95, 99%) the upper end is the
    // quantile at 1 − tail to the last bit, as before the upper end was computed from the tail; elsewhere (90%) within 1e-12.
    [Theory]
    [InlineData(50)]
    [InlineData(80)]
    [InlineData(90)]
    [InlineData(95)]
    [InlineData(99)]
    public void Interval_OrdinaryLevels_UpperEndIsTheQuantileAtOneMinusTail(double percent)
    {
        var level = new PredictionLevel(percent);
        var tail = (1 - level.Fraction) / 2;
        ForecastDistribution[] distributions =
        [
            new NormalForecast(2025, 10, 2),
            new StudentTForecast(2025, 10, 2, 3),
            new StudentTForecast(2025, 10, 2, 5.6),
            new StudentTForecast(2025, 10, 2, 250),
            new TransformedForecast(new NormalForecast(2025, 1, 0.5), ScaleTransform.Log),
            new TransformedForecast(new StudentTForecast(2025, 0.3, 0.1, 30), ScaleTransform.Logit(0, 100)),
        ];
        foreach (var d in distributions)
        {
            var upper = d.Interval(level).Upper;
            var quantile = d.Quantile(1 - tail);
            if (1 - (1 - tail) == tail)
            {
                Assert.Equal(quantile, upper);
            }
            else
            {
                Assert.Equal(quantile, upper, 1e-12 * Math.Abs(quantile));
            }
        }
    }

    // R: pt(c(-3, 0.5, 2), 3); tolerance 1e-12.
    [Theory]
    [InlineData(-3, 0.028834442811218657)]
    [InlineData(0.5, 0.674276017575924480)]
    [InlineData(2, 0.930337015720578364)]
    public void StudentTCdf_MatchesRPt(double x, double expected)
        => Assert.Equal(expected, new StudentTForecast(2025, 0, 1, 3).Cdf(x), 1e-12);

    [Fact]
    public void NormalInterval_NinetyFive_IsMeanPlusMinus1Point96Sigma()
    {
        // qnorm(0.975) = 1.959963984540054 (R); tolerance 1e-9.
        var i = new NormalForecast(2025, 10, 2).Interval(PredictionLevel.NinetyFive);
        Assert.Equal(10 - (1.959963984540054 * 2), i.Lower, 1e-9);
        Assert.Equal(10 + (1.959963984540054 * 2), i.Upper, 1e-9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Quantile_ProbabilityOutsideOpenUnitInterval_Throws(double p)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new NormalForecast(2025, 0, 1).Quantile(p));

    [Fact]
    public void Cdf_NotFinite_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new NormalForecast(2025, 0, 1).Cdf(double.NaN));

    [Fact]
    public void NormalForecast_ZeroSigma_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new NormalForecast(2025, 0, 0));

    [Fact]
    public void ProbabilityBetween_UpperBelowLower_Throws()
        => Assert.Throws<ArgumentException>(() => new NormalForecast(2025, 0, 1).ProbabilityBetween(1, 0));

    [Fact]
    public void Probabilities_StandardNormal_MatchPnorm()
    {
        // R: pnorm(1) = 0.8413447460685429, pnorm(1) - pnorm(-1) = 0.6826894921370859.
        var d = new NormalForecast(2025, 0, 1);
        Assert.Equal(1 - 0.8413447460685429, d.ProbabilityAtLeast(1), 1e-12);
        Assert.Equal(0.8413447460685429, d.ProbabilityAtMost(1), 1e-12);
        Assert.Equal(0.6826894921370859, d.ProbabilityBetween(-1, 1), 1e-12);
    }

    [Fact]
    public void StudentT_TwoDegreesOfFreedom_HasNoStandardDeviation()
    {
        Assert.Null(new StudentTForecast(2025, 0, 1, 2).StandardDeviation);
        // sd of t_5 = sqrt(5/3).
        Assert.Equal(2 * Math.Sqrt(5.0 / 3), new StudentTForecast(2025, 0, 2, 5).StandardDeviation!.Value, 1e-12);
    }

    [Fact]
    public void TransformedLogit_NormalInner_MeanMatchesRIntegrate()
    {
        // R: integrate(function(x) 100*plogis(1 + 0.5*x)*dnorm(x), -Inf, Inf, rel.tol=1e-13) = 72.058081524329936.
        var d = new TransformedForecast(new NormalForecast(2025, 1, 0.5), ScaleTransform.Logit(0, 100));
        Assert.Equal(72.058081524329936, d.Mean, 1e-9);
        Assert.Equal(100 / (1 + Math.Exp(-1)), d.Median, 1e-12);
    }

    // R: g <- function(x) lo + (up - lo) * plogis(mu + s * x); dens = dnorm or dt(x, nu)
    //    m <- integrate(function(x) g(x) * dens(x), -Inf, Inf, rel.tol = 1e-13)
    //    sd <- sqrt(integrate(function(x) (g(x) - m)^2 * dens(x), -Inf, Inf, rel.tol = 1e-13)).
    // Tolerance 1e-9, except 1e-8 for the heavy tails of t(2.5), where the 128-point rule is off by about 2e-9.
    [Theory]
    [InlineData(1.0, 0.5, 0.0, 0, 100, 72.058081524329936, 9.6968715243984409, 1e-9)]
    [InlineData(-0.7, 0.8, 2.5, 0, 100, 36.350421799742016, 21.475637667284253, 1e-8)]
    [InlineData(2.2, 0.3, 7.0, 10, 60, 54.787854547146495, 1.7139847564747637, 1e-9)]
    public void TransformedLogit_MeanAndStandardDeviation_MatchRIntegrate(double mu, double s, double nu, double lower, double upper, double mean, double sd, double tolerance)
    {
        // nu = 0 stands for a normal inner forecast; 2.5 is not a cached degree of freedom, 7 is.
        ForecastDistribution inner = nu == 0 ? new NormalForecast(2025, mu, s) : new StudentTForecast(2025, mu, s, nu);
        var d = new TransformedForecast(inner, ScaleTransform.Logit(lower, upper));
        Assert.Equal(mean, d.Mean, tolerance);
        Assert.Equal(sd, d.StandardDeviation!.Value, tolerance);
    }

    [Fact]
    public void TransformedLog_NormalInner_MeanIsLogNormalMean()
    {
        // exp(mu + sigma^2/2) and sd = mean * sqrt(exp(sigma^2) - 1), the log-normal moments.
        var d = new TransformedForecast(new NormalForecast(2025, 2, 0.3), ScaleTransform.Log);
        var mean = Math.Exp(2 + 0.045);
        Assert.Equal(mean, d.Mean, 1e-12);
        Assert.Equal(mean * Math.Sqrt(Math.Exp(0.09) - 1), d.StandardDeviation!.Value, 1e-12);
        Assert.Equal(0, d.Cdf(-1));
        Assert.Equal(0.5, d.Cdf(Math.Exp(2)), 1e-12);
    }

    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-6)]
    [InlineData(1e-9)]
    public void TransformedLog_TinyLogScaleSpread_StandardDeviationKeepsFullPrecision(double sigma)
    {
        // sd = exp(mu + s^2/2) sqrt(exp(s^2) - 1) with sqrt(exp(v) - 1) = s sqrt(1 + v/2 + v^2/6 + ...) by the series of
        // exp, v = s^2: at these s the first two terms are exact to 1e-16. exp(v) - 1 formed as a difference loses
        // about 1e-16 / v relative (1e-5 at s = 1e-6).
        var d = new TransformedForecast(new NormalForecast(2025, Math.Log(100), sigma), ScaleTransform.Log);
        var v = sigma * sigma;
        var expected = 100 * Math.Exp(v / 2) * sigma * Math.Sqrt(1 + (v / 2));
        Assert.Equal(1, d.StandardDeviation!.Value / expected, 1e-13);
    }

    [Fact]
    public void TransformedForecast_NestedTransform_Throws()
    {
        var inner = new TransformedForecast(new NormalForecast(2025, 0, 1), ScaleTransform.Log);
        Assert.Throws<ArgumentException>(() => new TransformedForecast(inner, ScaleTransform.Log));
    }

    [Fact]
    public void TransformedLogit_FarOutside_CdfIsZeroOrOne()
    {
        var d = new TransformedForecast(new StudentTForecast(2025, 0, 1, 3), ScaleTransform.Logit(0, 100));
        Assert.Equal(0, d.Cdf(0));
        Assert.Equal(1, d.Cdf(100));
        Assert.Equal(0.5, d.Cdf(50), 1e-12);
    }

    // Law: Cdf(Quantile(p)) = p for every distribution kind, p in (0, 1).
    [Property(MaxTest = 300)]
    public bool CdfOfQuantile_IsIdentity(ushort pSeed, byte kind, byte dfSeed, short locationSeed)
    {
        var p = (pSeed + 1.0) / 65537;
        var nu = 1 + (dfSeed % 40);
        var location = locationSeed / 1000.0;
        ForecastDistribution d = (kind % 4) switch
        {
            0 => new NormalForecast(2025, location, 1.5),
            1 => new StudentTForecast(2025, location, 0.7, nu),
            2 => new TransformedForecast(new StudentTForecast(2025, location / 10, 0.4, nu), ScaleTransform.Logit(0, 100)),
            _ => new TransformedForecast(new NormalForecast(2025, location / 10, 0.4), ScaleTransform.Log),
        };
        var x = d.Quantile(p);

        // A logit quantile deeper in the tail than double precision can hold collapses onto the bound (Cdf 0 or 1): skip those.
        if (d is TransformedForecast { Transform.Kind: ScaleTransformKind.Logit } && (x <= 0 || x >= 100))
        {
            return true;
        }

        return Math.Abs(d.Cdf(x) - p) <= 1e-10;
    }

    // Law: an 80% interval lies inside the 95% interval and has positive width.
    [Property(MaxTest = 200)]
    public bool Interval_EightyInsideNinetyFive(byte dfSeed, short locationSeed)
    {
        var d = new StudentTForecast(2025, locationSeed / 100.0, 0.01 + (dfSeed / 10.0), 1 + (dfSeed % 30));
        var i80 = d.Interval(PredictionLevel.Eighty);
        var i95 = d.Interval(PredictionLevel.NinetyFive);
        return i95.Lower < i80.Lower && i80.Lower < i80.Upper && i80.Upper < i95.Upper;
    }

    [Theory]
    [InlineData(-1200.0, 27.0)] // exp(μ + s²/2) underflows while e^{s²} overflows
    [InlineData(800.0, 0.5)]
    [InlineData(0.0, 1e-200)]
    public void TransformedLog_ExtremeInputs_MomentsStayFinite(double mu, double sigma)
    {
        var d = new TransformedForecast(new NormalForecast(2025, mu, sigma), ScaleTransform.Log);
        Assert.True(double.IsFinite(d.Mean) && d.Mean >= 0);
        Assert.True(double.IsFinite(d.StandardDeviation!.Value) && d.StandardDeviation >= 0);
        Assert.True(double.IsFinite(d.Interval(PredictionLevel.NinetyFive).Upper));
    }

    // P(T ≤ −t) for a Student-t with ν ≥ 2 is below 1/(2t²) (ν = 2: 0.5(1 − t/√(2 + t²)) ≈ 1/(2t²), lighter tails for larger ν);
    // at t ≥ 1e154 that is below 1e-308, so the CDF is exactly 1 above the centre and 0 below it in double precision.
    // Before the fix t² overflowed, sin θ = t/√(ν + t²) became 0 (or NaN for t = ∞) and the CDF came back as 0.5 (or NaN).
    [Theory]
    [InlineData(2, 1.0, 1e300)] // t = 1e300: t² overflows
    [InlineData(4, 1.0, 1e200)]
    [InlineData(3, 1e-10, 1e300)] // t = (x − μ)/s = ∞
    [InlineData(200, 1e-10, 1e300)]
    [InlineData(1, 1e-10, 1e300)] // Cauchy: atan2(1, ∞)/π = 0
    public void StudentTCdf_FarBeyondTheCentre_IsZeroOrOne(double nu, double scale, double x)
    {
        var d = new StudentTForecast(2025, 5, scale, nu);
        Assert.Equal(1, d.Cdf(x));
        Assert.Equal(0, d.Cdf(-x));
        Assert.Equal(0, d.ProbabilityAtLeast(x));
        Assert.Equal(1, d.ProbabilityBetween(-x, x));
    }
}
