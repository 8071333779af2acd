namespace DigitalKpi.Core.Utility;

/// <summary>
/// Standard Student-t quantile computed to full double precision by bracketed Halley iteration on
/// MathNet's regularised incomplete beta CDF. MathNet's own <c>StudentT.InvCDF</c> is documented as
/// "slow and unreliable", so it is not used.
/// </summary>
internal static class StudentTMath
{
    private const int MaxIterations = 200;

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
            x = Math.Tan(Math.PI * (lowerTail - 0.5));
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
        => 0.5 * MathNet.Numerics.SpecialFunctions.BetaRegularized(nu / 2, 0.5, nu / (nu + (x * x)));

    /// <summary>CDF of the standard Student-t.</summary>
    public static double Cdf(double x, double nu) => x <= 0 ? LowerTail(x, nu) : 1 - LowerTail(-x, nu);

    /// <summary>Density of the standard Student-t at <paramref name="x"/>, given the log of its normalising constant from <see cref="LogNormaliser"/>.</summary>
    public static double Density(double x, double nu, double logNormaliser)
        => Math.Exp(logNormaliser - ((nu + 1) / 2 * Math.Log(1 + (x * x / nu))));

    /// <summary>ln(Γ((ν + 1)/2) / (√(νπ) Γ(ν/2))), the log normalising constant of the standard Student-t density.</summary>
    public static double LogNormaliser(double nu)
        => MathNet.Numerics.SpecialFunctions.GammaLn((nu + 1) / 2) - MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2) - (0.5 * Math.Log(nu * Math.PI));

    private static double Solve(double p, double nu)
    {
        // Start from the Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5),
        // then Halley steps (the t density's log-derivative is known in closed form) kept inside a shrinking bracket.
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
        var z2 = z * z;
        var x = z
            + (z * (z2 + 1) / (4 * nu))
            + (z * ((5 * z2 * z2) + (16 * z2) + 3) / (96 * nu * nu));
        x = Math.Min(x, -1e-300);
        var logNormaliser = LogNormaliser(nu);
        double lo = double.NegativeInfinity, hi = 0;
        for (var i = 0; i < MaxIterations; i++)
        {
            var f = LowerTail(x, nu) - p;
            if (f == 0)
            {
                return x;
            }

            if (f > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            var step = f / Density(x, nu, logNormaliser);

            // Halley: divide the Newton step by 1 − (step/2)·f''/f', with f''/f' = −(ν + 1)x/(ν + x²).
            var halley = 1 + (0.5 * step * (nu + 1) * x / (nu + (x * x)));
            var next = halley > 0.5 ? x - (step / halley) : x - step;
            if (!(next > lo && next < hi))
            {
                next = double.IsNegativeInfinity(lo) ? 2 * x : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Abs(x))
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
