namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Interval calibration on genuine out-of-sample errors, shared by <see cref="AutoModel"/>'s branches: a model is
/// refitted on the first n − H, n − 2H, n − 3H points (as many of these origins as leave
/// <see cref="EarliestOrigin"/> points), forecasts the next H from each, and the root mean square of its
/// standardised errors rescales its model-based spread (a rolling origin, FPP3 §5.10).
/// </summary>
internal static class RollingOrigin
{
    /// <summary>Forecast origins, H apart: n − H, n − 2H, n − 3H.</summary>
    public const int Origins = 3;

    /// <summary>Fewest points a model is refitted on at a forecast origin.</summary>
    public const int EarliestOrigin = 10;

    /// <summary>Weight, in independent errors, of the prior scale 1 pooled with a series' own standardised errors.</summary>
    public const double PriorWeight = 4;

    /// <summary>Points forecast from each origin, H = max(2m, 4): two seasonal cycles, at least 4.</summary>
    public static int HoldOut(int m) => Math.Max(2 * m, 4);

    /// <summary>
    /// The scale: the root mean square of <paramref name="errors"/> standardised errors (sum of squares
    /// <paramref name="sumZ2"/>) worth <paramref name="independent"/> independent ones, pooled with a prior of 1
    /// worth <see cref="PriorWeight"/>; and its degrees of freedom, <paramref name="independent"/> + <see cref="PriorWeight"/>.
    /// With no errors, 1 and <see cref="PriorWeight"/>.
    /// </summary>
    public static (double Scale, double Df) Scale(double sumZ2, int errors, double independent)
    {
        var meanZ2 = errors > 0 ? sumZ2 / errors : 0;
        return (Math.Sqrt(((meanZ2 * independent) + PriorWeight) / (independent + PriorWeight)), independent + PriorWeight);
    }

    /// <summary>
    /// How many independent errors the H errors e_1 … e_H of one forecast origin are worth for estimating a
    /// variance, when e_h = Σ_{j&lt;h} c_j ε_{h−j} shares the innovations ε (<paramref name="c"/> = c_0 … c_{H−1}):
    /// H² / Σ_hk ρ_hk², with ρ_hk the correlation of e_h and e_k (the sum of squares of H correlated normal
    /// variables has the variance of the sum of that many independent ones; H for white-noise errors, 1.6 for the
    /// four errors of a random walk).
    /// </summary>
    public static double IndependentErrors(ReadOnlySpan<double> c)
    {
        var horizon = c.Length;
        Span<double> variance = stackalloc double[horizon];
        double sum = 0;
        for (var h = 0; h < horizon; h++)
        {
            variance[h] = (h == 0 ? 0 : variance[h - 1]) + (c[h] * c[h]);
            for (var k = 0; k <= h; k++)
            {
                // Cov(e_k, e_h) for k ≤ h (0-based steps): Σ_{j ≤ k} c_j c_{j + h − k}.
                double covariance = 0;
                for (var j = 0; j <= k; j++)
                {
                    covariance += c[j] * c[j + h - k];
                }

                var r2 = covariance * covariance / (variance[h] * variance[k]);
                sum += k == h ? r2 : 2 * r2;
            }
        }

        return horizon * (double)horizon / sum;
    }

    /// <summary>
    /// The predictive distribution around the calibrated spread <paramref name="sd"/>: Student-t with ν = the smaller
    /// of the tails' degrees of freedom <paramref name="tailDf"/> (+∞ for normal tails) and the scale's
    /// <paramref name="scaleDf"/>, normal from ν = 100. A scale estimated from few errors makes the predictive
    /// Student-t with that scale (wider than the normal at every level, as the t prediction interval of a
    /// regression); heavy tails of the errors themselves keep <paramref name="sd"/> as the standard deviation, so the
    /// Student-t's scale is <paramref name="sd"/> · sqrt((ν_tail − 2) / ν_tail).
    /// </summary>
    public static ForecastDistribution Predictive(double time, double mean, double sd, double tailDf, double scaleDf)
    {
        var shape = double.IsPositiveInfinity(tailDf) ? 1 : Math.Sqrt((tailDf - 2) / tailDf);
        var nu = Math.Min(tailDf, scaleDf);
        return nu < 100 ? new StudentTForecast(time, mean, sd * shape, nu) : new NormalForecast(time, mean, sd * shape);
    }
}
