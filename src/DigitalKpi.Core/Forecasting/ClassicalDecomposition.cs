namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Classical multiplicative decomposition and the seasonality test of the Theta method as R's
/// <c>forecast::thetaf</c> applies them to the M3 data (Assimakopoulos &amp; Nikolopoulos 2000;
/// Hyndman &amp; Billah 2003; R's <c>stats::decompose(type = "multiplicative")</c>).
/// </summary>
internal static class ClassicalDecomposition
{
    /// <summary>One-sided 95% normal quantile: the test rejects "no seasonality" at the 90% two-sided level.</summary>
    private const double Critical = 1.6448536269514722;

    /// <summary>
    /// True when the autocorrelation at the seasonal lag m is significant:
    /// |r_m| / sqrt((1 + 2 Σ_{k&lt;m} r_k²) / n) &gt; 1.645, tested only when m &gt; 1, n &gt; 2m and the data are not constant.
    /// </summary>
    public static bool IsSeasonal(ReadOnlySpan<double> x, int m)
    {
        var n = x.Length;
        if (m <= 1 || n <= 2 * m)
        {
            return false;
        }

        double mean = 0;
        for (var t = 0; t < n; t++)
        {
            mean += x[t];
        }

        mean /= n;
        double c0 = 0;
        for (var t = 0; t < n; t++)
        {
            c0 += (x[t] - mean) * (x[t] - mean);
        }

        if (!(c0 > 0))
        {
            return false;
        }

        double sum = 0, rm = 0;
        for (var k = 1; k <= m; k++)
        {
            double c = 0;
            for (var t = 0; t < n - k; t++)
            {
                c += (x[t] - mean) * (x[t + k] - mean);
            }

            var r = c / c0;
            if (k < m)
            {
                sum += r * r;
            }
            else
            {
                rm = r;
            }
        }

        var stat = Math.Sqrt((1 + (2 * sum)) / n);
        return Math.Abs(rm) / stat > Critical;
    }

    /// <summary>
    /// Seasonal indices of a classical multiplicative decomposition, indexed by t mod m from the first
    /// observation: centred moving average of order m (2×m for even m), ratios y/trend averaged per
    /// position, normalised to mean 1. Returns null when the data are not all positive or an index is
    /// below 1e-4 in absolute value (R falls back to the non-seasonal method then).
    /// </summary>
    public static double[]? MultiplicativeIndices(ReadOnlySpan<double> x, int m)
    {
        var n = x.Length;
        if (m <= 1 || n < 2 * m)
        {
            return null;
        }

        for (var t = 0; t < n; t++)
        {
            if (!(x[t] > 0))
            {
                return null;
            }
        }

        var even = m % 2 == 0;
        var half = m / 2;
        var sums = new double[m];
        var counts = new int[m];
        for (var t = half; t < n - half; t++)
        {
            double trend;
            if (even)
            {
                trend = 0.5 * (x[t - half] + x[t + half]);
                for (var j = t - half + 1; j < t + half; j++)
                {
                    trend += x[j];
                }
            }
            else
            {
                trend = 0;
                for (var j = t - half; j <= t + half; j++)
                {
                    trend += x[j];
                }
            }

            trend /= m;
            sums[t % m] += x[t] / trend;
            counts[t % m]++;
        }

        var figure = new double[m];
        double total = 0;
        for (var i = 0; i < m; i++)
        {
            figure[i] = sums[i] / counts[i];
            total += figure[i];
        }

        total /= m;
        for (var i = 0; i < m; i++)
        {
            figure[i] /= total;
            if (Math.Abs(figure[i]) < 1e-4 || !double.IsFinite(figure[i]))
            {
                return null;
            }
        }

        return figure;
    }

    /// <summary>
    /// Indices to divide the data by before forecasting, or null when the series is not seasonal by
    /// <see cref="IsSeasonal"/> or cannot be decomposed multiplicatively.
    /// </summary>
    public static double[]? SeasonalIndicesIfSeasonal(ReadOnlySpan<double> x, int m)
        => IsSeasonal(x, m) ? MultiplicativeIndices(x, m) : null;
}
