namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The Theta method as R's <c>forecast::thetaf</c> computes it (Assimakopoulos &amp; Nikolopoulos 2000;
/// Hyndman &amp; Billah 2003, "Unmasking the Theta method"): deseasonalise by classical multiplicative
/// decomposition when the seasonal-lag autocorrelation is significant, fit simple exponential smoothing
/// by maximum likelihood, add a drift of half the least-squares slope, reseasonalise.
/// </summary>
internal static class ThetaEngine
{
    /// <summary>Fits the method.</summary>
    /// <param name="y">Observations, at least 3.</param>
    /// <param name="m">Seasonal period (1 for none).</param>
    /// <param name="fix">Fixed alpha and initial level, NaN to estimate.</param>
    public static ThetaFit Fit(ReadOnlySpan<double> y, int m, in EtsFixed fix)
    {
        var n = y.Length;
        var indices = ClassicalDecomposition.SeasonalIndicesIfSeasonal(y, m);
        var x = y.ToArray();
        if (indices is not null)
        {
            for (var t = 0; t < n; t++)
            {
                x[t] /= indices[t % m];
            }
        }

        var ses = EtsEngine.Fit(x, new EtsShape(EtsTrend.None, false), 1, fix);
        return new ThetaFit(ses, indices, m, LeastSquaresSlope(x) / 2, n);
    }

    /// <summary>Least-squares slope of x on 0, 1, …, n − 1 (0 for fewer than 2 points).</summary>
    public static double LeastSquaresSlope(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 2)
        {
            return 0;
        }

        var tm = (n - 1) / 2.0;
        double ym = 0;
        for (var t = 0; t < n; t++)
        {
            ym += x[t];
        }

        ym /= n;
        double sxy = 0, sxx = 0;
        for (var t = 0; t < n; t++)
        {
            sxy += (t - tm) * (x[t] - ym);
            sxx += (t - tm) * (t - tm);
        }

        return sxy / sxx;
    }
}

/// <summary>A fitted Theta method: the SES fit on the adjusted data, the seasonal indices and the drift.</summary>
internal sealed class ThetaFit(EtsFit ses, double[]? indices, int m, double drift, int n)
{
    public EtsFit Ses { get; } = ses;

    /// <summary>Multiplicative seasonal indices indexed by t mod m, or null when not seasonal.</summary>
    public double[]? Indices { get; } = indices;

    public int M { get; } = m;

    /// <summary>Half the least-squares slope of the adjusted data, per step.</summary>
    public double Drift { get; } = drift;

    public int N { get; } = n;

    /// <summary>Alpha floored at 1e-10 as in R.</summary>
    public double Alpha => Math.Max(1e-10, Ses.Parameters.Alpha);

    /// <summary>SES variance on the adjusted scale: SSE / (n − number of estimated parameters), as R's <c>ets</c>.</summary>
    public double Sigma2 => Ses.Sigma2;

    /// <summary>Seasonal index of step h past the end (1 when not seasonal).</summary>
    public double Index(int h) => Indices is null ? 1 : Indices[(N + h - 1) % M];

    /// <summary>Point forecast h ≥ 1 steps ahead: (ℓ_n + b/2 · (h − 1 + (1 − (1 − α)^n)/α)) × index.</summary>
    public double Mean(int h)
    {
        var a = Alpha;
        var mean = Ses.Level + (Drift * (h - 1 + ((1 - Math.Pow(1 - a, N)) / a)));
        return mean * Index(h);
    }

    /// <summary>Standard error as R's <c>thetaf</c>: σ · sqrt((h − 1) α² + 1), on the adjusted scale.</summary>
    public double StandardError(int h) => Math.Sqrt(Sigma2 * (((h - 1) * Alpha * Alpha) + 1));

    /// <summary>
    /// Variance of the point forecasts h = 1 … result.Length steps ahead that comes from estimating the starting
    /// level and the drift, per unit σ², on the adjusted scale; <c>thetaf</c> treats both as known. Theta is SES with
    /// a drift (Hyndman &amp; Billah 2003), so this is what SES with drift at the same alpha carries for its
    /// least-squares initial level and drift (<see cref="EtsEngine.InitialStateVariances"/>), with the drift's share
    /// halved because Theta's drift is half a slope.
    /// </summary>
    public void EstimationVariances(Span<double> result)
    {
        var sesWithDrift = new EtsParameters(HasTrend: true, Alpha, Beta: 0, Gamma: 0, Phi: 1);
        EtsEngine.InitialStateVariances(sesWithDrift, new EtsFreeStates(Level: true, Trend: true, Season: false), 0, N, result, trendShare: 0.5);
    }

    /// <summary>In-sample fitted value at t (0-based): the SES one-step forecast times the seasonal index.</summary>
    public double Fitted(ReadOnlySpan<double> y, int t) => y[t] - Residual(y, t);

    /// <summary>Residual at t on the original scale.</summary>
    public double Residual(ReadOnlySpan<double> y, int t)
    {
        var idx = Indices is null ? 1 : Indices[t % M];
        var adjusted = y[t] / idx;
        var fitted = adjusted - Ses.Residuals[t];
        return y[t] - (fitted * idx);
    }
}
