using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Allocation-free Student-t CDF and interval quantiles for the integer degrees of freedom of regression
/// forecasts (ν = n − 2), agreeing with the exact <see cref="StudentTMath"/> to 1e-12 relative.
/// </summary>
/// <remarks>
/// <para>CDF: for integer ν the series of Abramowitz &amp; Stegun 26.7.3 (ν odd) and 26.7.4 (ν even) in
/// θ = atan(|x|/√ν) are finite. Where the lower tail is small the finite sum would cancel against 1, so the tail is
/// summed directly as the remainder of the same series (its infinite sum is 1/sin θ for ν even and
/// arcsin(cos θ)/(sin θ cos θ) for ν odd), which converges like (cos² θ)^k and has no cancellation.
/// Non-integer ν and ν above <see cref="MaxTabulatedDegrees"/> use <see cref="StudentTMath"/>.</para>
/// <para>Quantiles: the four probabilities of the 80% and 95% central intervals, exactly as
/// <see cref="ForecastDistribution.Interval"/> computes them, are tabulated at type initialisation for
/// ν = 1 … <see cref="MaxTabulatedDegrees"/> with <see cref="StudentTMath.Quantile"/> itself, so a table hit returns the
/// same double. Thread-safe: the tables are read-only after initialisation.</para>
/// </remarks>
internal static class FastStudentT
{
    /// <summary>Largest degrees of freedom served by the closed forms and the quantile tables.</summary>
    public const int MaxTabulatedDegrees = 200;

    /// <summary>Below this lower-tail probability the finite sum loses more than about 1e-13 relative and the tail series is used.</summary>
    private const double FiniteSumFloor = 1e-3;

    /// <summary>Terms of the tail series available; a tail that needs more (z = cos²θ above about 0.98) is left to <see cref="StudentTMath"/>.</summary>
    private const int SeriesTerms = 2048;

    /// <summary>a_k = Π_{i=1..k} (2i − 1)/(2i), the coefficients of the series for even ν.</summary>
    private static readonly double[] EvenCoefficients = Coefficients(even: true);

    /// <summary>b_k = Π_{i=1..k} 2i/(2i + 1), the coefficients of the series for odd ν.</summary>
    private static readonly double[] OddCoefficients = Coefficients(even: false);

    /// <summary>Interval probabilities: (1 − 0.8)/2, its complement, (1 − 0.95)/2 and its complement, as <see cref="ForecastDistribution.Interval"/> forms them.</summary>
    private static readonly double[] TabulatedProbabilities;

    /// <summary>Quantiles by probability index and then by ν − 1.</summary>
    private static readonly double[][] QuantileTable;

    static FastStudentT()
    {
        var tail80 = (1 - PredictionLevel.Eighty.Fraction) / 2;
        var tail95 = (1 - PredictionLevel.NinetyFive.Fraction) / 2;
        TabulatedProbabilities = [tail80, 1 - tail80, tail95, 1 - tail95];
        QuantileTable = new double[TabulatedProbabilities.Length][];
        for (var j = 0; j < TabulatedProbabilities.Length; j++)
        {
            var row = new double[MaxTabulatedDegrees];
            for (var nu = 1; nu <= MaxTabulatedDegrees; nu++)
            {
                row[nu - 1] = StudentTMath.Quantile(TabulatedProbabilities[j], nu);
            }

            QuantileTable[j] = row;
        }
    }

    /// <summary>The 10% quantile of the standard Student-t: the lower end of the 80% central interval.</summary>
    public static double Lower80(int nu) => Quantile(0, nu);

    /// <summary>The 90% quantile of the standard Student-t: the upper end of the 80% central interval.</summary>
    public static double Upper80(int nu) => Quantile(1, nu);

    /// <summary>The 2.5% quantile of the standard Student-t: the lower end of the 95% central interval.</summary>
    public static double Lower95(int nu) => Quantile(2, nu);

    /// <summary>Quantile of the standard Student-t at <paramref name="p"/> in (0, 1); a table hit for the 80% and 95% interval ends.</summary>
    public static double Quantile(double p, double nu)
    {
        if (IsTabulated(nu))
        {
            for (var j = 0; j < TabulatedProbabilities.Length; j++)
            {
                if (p == TabulatedProbabilities[j])
                {
                    return QuantileTable[j][(int)nu - 1];
                }
            }
        }

        return StudentTMath.Quantile(p, nu);
    }

    /// <summary>CDF of the standard Student-t with <paramref name="nu"/> degrees of freedom at a finite <paramref name="x"/>.</summary>
    public static double Cdf(double x, double nu)
    {
        if (!IsTabulated(nu))
        {
            return StudentTMath.Cdf(x, nu);
        }

        return x <= 0 ? LowerTail(-x, (int)nu) : 1 - LowerTail(x, (int)nu);
    }

    private static double Quantile(int row, int nu)
        => nu >= 1 && nu <= MaxTabulatedDegrees ? QuantileTable[row][nu - 1] : StudentTMath.Quantile(TabulatedProbabilities[row], nu);

    private static bool IsTabulated(double nu) => nu >= 1 && nu <= MaxTabulatedDegrees && nu == Math.Floor(nu);

    /// <summary>P(T ≤ −t) for t ≥ 0 and integer ν in [1, <see cref="MaxTabulatedDegrees"/>].</summary>
    private static double LowerTail(double t, int nu)
    {
        if (t == 0)
        {
            return 0.5;
        }

        if (nu == 1)
        {
            // Cauchy: P = atan(1/t)/π, the angle π/2 − θ taken directly.
            return Math.Atan2(1, t) / Math.PI;
        }

        // z = cos²θ, sinθ and cosθ of θ = atan(t/√ν), formed without cancellation.
        var r2 = nu + (t * t);
        if (double.IsInfinity(r2))
        {
            // t² overflows (t above 1.3e154, or t infinite): the tail is below 1/(2t²) < 1e-308 for ν ≥ 2, zero in double.
            return 0;
        }

        var sqrtNu = Math.Sqrt(nu);
        var r = Math.Sqrt(r2);
        var sin = t / r;
        var cos = sqrtNu / r;
        var z = nu / r2;
        var even = (nu & 1) == 0;
        var c = even ? EvenCoefficients : OddCoefficients;

        // The finite part Σ_{k < k0} c_k z^k by Horner's rule.
        var k0 = even ? nu / 2 : (nu - 1) / 2;
        var sum = c[k0 - 1];
        for (var k = k0 - 2; k >= 0; k--)
        {
            sum = (sum * z) + c[k];
        }

        var finite = even
            ? 0.5 * (1 - (sin * sum))
            : (Math.Atan2(sqrtNu, t) - (sin * cos * sum)) / Math.PI;
        if (finite >= FiniteSumFloor)
        {
            return finite;
        }

        // The remainder z^k0 Σ_{j ≥ 0} c_{k0+j} z^j of the same series, summed to full precision four terms at a
        // time (four independent accumulators keep the multiply-add chains short).
        var z2 = z * z;
        var z3 = z2 * z;
        var z4 = z2 * z2;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, power = 1;
        for (var k = k0; k + 3 < SeriesTerms; k += 4)
        {
            s0 += c[k] * power;
            s1 += c[k + 1] * power * z;
            s2 += c[k + 2] * power * z2;
            var last = c[k + 3] * power * z3;
            s3 += last;
            if (last <= 1e-17 * s0)
            {
                var remainder = (s0 + s1 + s2 + s3) * Math.Pow(z, k0);
                return even ? 0.5 * sin * remainder : sin * cos * remainder / Math.PI;
            }

            power *= z4;
        }

        return StudentTMath.LowerTail(-t, nu);
    }

    private static double[] Coefficients(bool even)
    {
        var c = new double[SeriesTerms];
        c[0] = 1;
        for (var k = 1; k < SeriesTerms; k++)
        {
            c[k] = even ? c[k - 1] * (2.0 * k - 1) / (2.0 * k) : c[k - 1] * (2.0 * k) / (2.0 * k + 1);
        }

        return c;
    }
}
