namespace DigitalKpi.Core.Utility;

/// <summary>
/// Standard Student-t quantile computed to full double precision by safeguarded Newton iteration on
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

    private static double Solve(double p, double nu)
    {
        // Start from the Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5).
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
        var z2 = z * z;
        var x = z
            + (z * (z2 + 1) / (4 * nu))
            + (z * ((5 * z2 * z2) + (16 * z2) + 3) / (96 * nu * nu));
        x = Math.Min(x, -1e-300);

        // Bracket the root in (lo, hi] with lo < 0, hi ≤ 0.
        double lo = x, hi = 0;
        while (LowerTail(lo, nu) > p)
        {
            hi = lo;
            lo *= 2;
        }

        for (var i = 0; i < MaxIterations; i++)
        {
            var f = LowerTail(x, nu) - p;
            if (f > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            var pdf = MathNet.Numerics.Distributions.StudentT.PDF(0, 1, nu, x);
            var next = x - (f / pdf);
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
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
