namespace DigitalKpi.Core.Forecasting;

/// <summary>Trend and season of an additive-error exponential smoothing model.</summary>
internal readonly record struct EtsShape(EtsTrend Trend, bool Seasonal);

/// <summary>Smoothing parameters of one model (beta, phi unused without trend; gamma unused without season).</summary>
internal readonly record struct EtsParameters(bool HasTrend, double Alpha, double Beta, double Gamma, double Phi);

/// <summary>Parameters fixed by the user; NaN means "estimate".</summary>
internal readonly record struct EtsFixed(double Alpha, double Beta, double Gamma, double Phi, double InitialLevel, double InitialTrend)
{
    /// <summary>Everything estimated.</summary>
    public static EtsFixed None => new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>Which initial states were estimated by least squares (the seasonal ones as m − 1 free values summing to zero).</summary>
internal readonly record struct EtsFreeStates(bool Level, bool Trend, bool Season);

/// <summary>Result of <see cref="EtsEngine.Fit"/>: parameters, initial and final states, residuals.</summary>
internal sealed class EtsFit(
    EtsParameters parameters,
    int m,
    double initialLevel,
    double initialTrend,
    double[] initialSeason,
    double level,
    double trend,
    double[] season,
    double[] residuals,
    double sse,
    int estimatedCount,
    int n,
    EtsFreeStates freeStates)
{
    public EtsParameters Parameters { get; } = parameters;

    /// <summary>Seasonal period (0 without season).</summary>
    public int M { get; } = m;

    public double InitialLevel { get; } = initialLevel;

    public double InitialTrend { get; } = initialTrend;

    /// <summary>Initial seasonal states indexed by t mod m (summing to zero).</summary>
    public double[] InitialSeason { get; } = initialSeason;

    public double Level { get; } = level;

    public double Trend { get; } = trend;

    /// <summary>Final seasonal states indexed by t mod m, where t counts from the first observation.</summary>
    public double[] Season { get; } = season;

    public double[] Residuals { get; } = residuals;

    public double Sse { get; } = sse;

    /// <summary>Smoothing parameters and initial states that were estimated.</summary>
    public int EstimatedCount { get; } = estimatedCount;

    public int N { get; } = n;

    /// <summary>Innovation variance σ² = SSE / (n − number of estimated parameters), as R's <c>ets</c> reports it.</summary>
    public double Sigma2 => Sse / Math.Max(N - EstimatedCount, 1);

    /// <summary>The model's forecast variance multipliers v_h for h = 1 … <paramref name="count"/> (<see cref="EtsEngine.VarianceMultipliers"/>).</summary>
    public double[] VarianceMultipliers(int count)
    {
        var result = new double[count];
        EtsEngine.VarianceMultipliers(Parameters, M, result);
        return result;
    }

    /// <summary>
    /// Variance of the point forecasts h = 1 … result.Length steps ahead that comes from estimating this fit's
    /// initial states, per unit σ² (<see cref="EtsEngine.InitialStateVariances"/>).
    /// </summary>
    public void InitialStateVariances(Span<double> result) => EtsEngine.InitialStateVariances(Parameters, freeStates, M, N, result);

    /// <summary>Point forecast h ≥ 1 steps past the last observation.</summary>
    public double Mean(int h)
    {
        var p = Parameters;
        var value = Level + (p.HasTrend ? EtsEngine.DampSum(p.Phi, h) * Trend : 0);
        return M > 0 ? value + Season[(N + h - 1) % M] : value;
    }

    /// <summary>
    /// Gaussian log-likelihood at the maximum-likelihood variance SSE/n:
    /// −n/2 (log(2π SSE/n) + 1). R's <c>ets</c> reports −n/2 log(SSE), which differs by the constant n/2 (log(2π/n) + 1).
    /// </summary>
    public double LogLikelihood => -0.5 * N * (Math.Log(2 * Math.PI * Math.Max(Sse, double.Epsilon) / N) + 1);
}
