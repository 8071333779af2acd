namespace DigitalKpi.Core.Utility;

/// <summary>
/// Standard Student-t quantile computed to full double precision by safeguarded Newton iteration on the logarithm
/// of the lower-tail CDF, in the variable ln|t|, so that the steps stay accurate however small the probability.
/// MathNet's own <c>StudentT.InvCDF</c> is documented as "slow and unreliable", so it is not used.
/// </summary>
/// <remarks>
/// <para>The lower tail is F(t) = ½ I_x(ν/2, ½) with x = ν/(ν + t²). Where t² ≥ ν (x ≤ ½) its logarithm is taken from the
/// series I_x(a, b) = x^a / B(a, b) · Σ_{k≥0} ((1 − b)_k / k!) x^k / (a + k) (Abramowitz &amp; Stegun 26.5.4 with 15.1.1),
/// whose terms are all positive and fall at least as fast as 2^−k, with ln x formed from ln|t| so that neither t² nor
/// F itself can overflow or underflow; nearer the centre MathNet's regularised incomplete beta is used.</para>
/// <para>For t → −∞, F(t) = C |t|^−ν (1 + O(1/t²)) with C = Γ((ν + 1)/2) ν^(ν/2 − 1) / (√π Γ(ν/2)), and
/// F(t) ≤ C |t|^−ν everywhere (the density is below K (t²/ν)^−(ν+1)/2). Solving C |t|^−ν = p therefore gives a
/// quantile at least as far out as the true one: the starting point in the far tail and a bound for the iteration.
/// Elsewhere the start is the Cornish–Fisher expansion (Abramowitz &amp; Stegun 26.7.5). ν = 1 (Cauchy) and ν = 2 have
/// closed forms.</para>
/// </remarks>
internal static class StudentTMath
{
    private const int MaxIterations = 100;

    /// <summary>Most terms of the lower-tail series; at x ≤ ½ about 60 reach full precision.</summary>
    private const int MaxSeriesTerms = 200;

    /// <summary>Below this ν/(ν + x²) the CDF comes from the logarithmic series rather than from an argument near underflow.</summary>
    private const double TinyBeta = 1e-300;

    /// <summary>Quantile of the standard Student-t with <paramref name="nu"/> degrees of freedom at probability <paramref name="p"/> in (0, 1).</summary>
    public static double Quantile(double p, double nu)
    {
        if (p == 0.5)
        {
            return 0;
        }

        // Work in the lower tail, where the CDF is computed without cancellation, and reflect.
        var lowerTail = Math.Min(p, 1 - p);
        var sign = p < 0.5 ? 1.0 : -1.0;
        double x;
        if (nu == 1)
        {
            // Cauchy: x = tan(π(p − ½)) = −cot(πp). Below p = ¼ the cotangent form avoids the cancellation in p − ½;
            // from ¼ on, p − ½ is exact and the tangent of the small angle is accurate.
            x = lowerTail < 0.25 ? -1 / Math.Tan(Math.PI * lowerTail) : Math.Tan(Math.PI * (lowerTail - 0.5));
        }
        else if (nu == 2)
        {
            // Closed form for two degrees of freedom: x = (2p − 1) / √(2p(1 − p)).
            x = ((2 * lowerTail) - 1) / Math.Sqrt(2 * lowerTail * (1 - lowerTail));
        }
        else
        {
            x = Solve(lowerTail, nu);
        }

        return sign * x;
    }

    /// <summary>Lower-tail CDF of the standard Student-t at <paramref name="x"/> ≤ 0.</summary>
    public static double LowerTail(double x, double nu)
    {
        var beta = nu / (nu + (x * x));
        if (beta < TinyBeta)
        {
            // ν/(ν + x²) underflows or loses precision (x² may even overflow), yet for ν below 2 the tail, about
            // C|x|^−ν, is still a normal double: take it from the logarithmic series, which never forms x².
            return Math.Exp(LogLowerTail(Math.Log(-x), nu, LogNormaliser(nu), LogBeta(nu)).LogF);
        }

        return 0.5 * MathNet.Numerics.SpecialFunctions.BetaRegularized(nu / 2, 0.5, beta);
    }

    /// <summary>CDF of the standard Student-t.</summary>
    public static double Cdf(double x, double nu) => x <= 0 ? LowerTail(x, nu) : 1 - LowerTail(-x, nu);

    /// <summary>Density of the standard Student-t at <paramref name="x"/>, given the log of its normalising constant from <see cref="LogNormaliser"/>.</summary>
    public static double Density(double x, double nu, double logNormaliser)
        => Math.Exp(logNormaliser - ((nu + 1) / 2 * Math.Log(1 + (x * x / nu))));

    /// <summary>ln(Γ((ν + 1)/2) / (√(νπ) Γ(ν/2))), the log normalising constant of the standard Student-t density.</summary>
    public static double LogNormaliser(double nu)
        => MathNet.Numerics.SpecialFunctions.GammaLn((nu + 1) / 2) - MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2) - (0.5 * Math.Log(nu * Math.PI));

    /// <summary>ln B(ν/2, ½), the log of the beta function in the incomplete beta form of the CDF.</summary>
    private static double LogBeta(double nu)
        => MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2) + MathNet.Numerics.SpecialFunctions.GammaLn(0.5)
            - MathNet.Numerics.SpecialFunctions.GammaLn((nu + 1) / 2);

    /// <summary>The lower-tail quantile t &lt; 0 at <paramref name="p"/> in (0, ½), found as u = ln|t| by Newton steps on ln F(−e^u) = ln p inside a shrinking bracket.</summary>
    private static double Solve(double p, double nu)
    {
        var logP = Math.Log(p);
        var logNormaliser = LogNormaliser(nu);
        var logBeta = LogBeta(nu);

        // ln C of the tail asymptote F(t) ≈ C|t|^−ν: C = K ν^((ν+1)/2) / ν with K the density's normalising constant.
        // The asymptote bounds F from above, so its solution lies at or beyond the quantile: an upper end for u.
        var asymptotic = (logNormaliser + (((nu - 1) / 2) * Math.Log(nu)) - logP) / nu;
        double lo = double.NegativeInfinity, hi = asymptotic;
        double u;
        if (2 * asymptotic >= Math.Log(10 * nu))
        {
            // Far tail (t² ≥ 10ν): the asymptote is within a few per cent and Newton's method converges from it at once.
            u = asymptotic;
        }
        else
        {
            var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
            var z2 = z * z;
            var x = z
                + (z * (z2 + 1) / (4 * nu))
                + (z * ((5 * z2 * z2) + (16 * z2) + 3) / (96 * nu * nu));
            u = Math.Min(Math.Log(-Math.Min(x, -1e-300)), asymptotic);
        }

        for (var i = 0; i < MaxIterations; i++)
        {
            var (logF, slope) = LogLowerTail(u, nu, logNormaliser, logBeta);
            var g = logF - logP;
            if (g == 0)
            {
                break;
            }

            // ln F falls as u grows: too large a tail means the point is not yet far enough out.
            if (g > 0)
            {
                lo = u;
            }
            else
            {
                hi = u;
            }

            var next = u - (g / slope);
            if (!(next > lo && next < hi))
            {
                next = double.IsNegativeInfinity(lo) ? hi - 1 : 0.5 * (lo + hi);
            }

            // The step is the relative change of t. Its rounding noise is about ε(1 + |ln p|)/|slope|; a smaller
            // step than a few times that means the root is reached (Newton's next step would be below the noise).
            var step = Math.Abs(next - u);
            u = next;
            if (step <= 4e-16 * (1 + Math.Abs(logP)) / Math.Min(1, Math.Abs(slope)) || lo == hi)
            {
                break;
            }
        }

        return -Math.Exp(u);
    }

    /// <summary>ln F(t) at t = −e^<paramref name="u"/>, and its derivative d ln F / du = t f(t) / F(t) (negative).</summary>
    private static (double LogF, double Slope) LogLowerTail(double u, double nu, double logNormaliser, double logBeta)
    {
        // ln x with x = ν/(ν + t²) = 1/(1 + e^w), w = ln(t²/ν), without forming t² (which can overflow) when t² ≥ ν.
        // Only the absolute accuracy of ln x matters (it is multiplied by ν/2 and added to logarithms), so ln(1 + e^−w)
        // needs no log1p.
        var w = (2 * u) - Math.Log(nu);
        double logF, logX;
        if (w >= 0)
        {
            logX = -(w + Math.Log(1 + Math.Exp(-w)));

            // x ≤ ½: the series Σ c_k x^k / (a + k), c_0 = 1, c_k = c_{k−1}(k − ½)/k, all terms positive.
            var a = nu / 2;
            var x = Math.Exp(logX);
            double sum = 1 / a, c = 1, power = 1;
            for (var k = 1; k < MaxSeriesTerms; k++)
            {
                c *= (k - 0.5) / k;
                power *= x;
                var term = c * power / (a + k);
                sum += term;
                if (term <= 1e-17 * sum)
                {
                    break;
                }
            }

            logF = -Math.Log(2) + (a * logX) - logBeta + Math.Log(sum);
        }
        else
        {
            // Near the centre x is close to 1 and carries little of t; there the complement form
            // F = ½(1 − I_y(½, ν/2)) with y = t²/(ν + t²) = 1 − x keeps it (as R's pt does), and its cancellation is
            // harmless while F is above ¼. Further out (large ν) the complement would cancel, and x is used.
            var t2 = Math.Exp(2 * u);
            var x = nu / (nu + t2);
            logX = Math.Log(x);
            var f = 0.5 * MathNet.Numerics.SpecialFunctions.BetaRegularized(nu / 2, 0.5, x);
            if (f > 0.25)
            {
                f = 0.5 * (1 - MathNet.Numerics.SpecialFunctions.BetaRegularized(0.5, nu / 2, t2 / (nu + t2)));
            }

            logF = Math.Log(f);
        }

        // f(t) = K (1 + t²/ν)^−(ν+1)/2 = K x^((ν+1)/2).
        var logDensity = logNormaliser + ((nu + 1) / 2 * logX);
        return (logF, -Math.Exp(u + logDensity - logF));
    }
}
