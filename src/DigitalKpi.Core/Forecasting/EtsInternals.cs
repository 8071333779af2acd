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
    /// Variance of the point forecasts h = 1 … result.Length steps ahead that comes from estimating the initial
    /// states, per unit σ². Given the smoothing parameters the one-step errors are affine in the initial states x,
    /// e = e₀ − C x, and the states are their least-squares solution, so x̂ has covariance σ² (CᵀC)⁻¹ and the
    /// forecast, also affine in x with gradient g_h, carries g_hᵀ (CᵀC)⁻¹ g_h σ² besides the model's σ² v_h
    /// (the regression prediction formula; the future innovations are independent of the past ones that
    /// estimated x). Zero when no initial state was estimated.
    /// </summary>
    /// <param name="result">Receives the variances per unit σ² for h = 1 … its length.</param>
    /// <param name="trendShare">How much of the initial trend's effect reaches the forecast: 1 for this model; ½ for
    /// the Theta method, whose drift is half a slope (its gradient in the trend state is halved).</param>
    public void InitialStateVariances(Span<double> result, double trendShare = 1)
    {
        result.Clear();
        var states = EtsEngine.FreeStates(freeStates, M);
        var k = states.Length;
        if (k == 0)
        {
            return;
        }

        // Each free state's unit impulse without data: its one-step errors are a column of −C and its final states
        // give the forecast gradient.
        var columns = new double[k * N];
        var finals = new (double Level, double Trend, double[] Season)[k];
        for (var c = 0; c < k; c++)
        {
            var season = new double[M];
            var (level, trend) = EtsEngine.Impulse(Parameters, states[c], season, columns.AsSpan(c * N, N));
            finals[c] = (level, trend, season);
        }

        var normal = new double[k * k];
        EtsEngine.Gram(columns, k, N, normal);

        // (CᵀC)⁻¹ column by column, then the quadratic form for each horizon.
        var inverse = new double[k * k];
        var scratch = new double[k * k];
        var unit = new double[k];
        for (var a = 0; a < k; a++)
        {
            Array.Copy(normal, scratch, normal.Length);
            Array.Clear(unit);
            unit[a] = 1;
            if (!SymmetricSolver.Solve(scratch, unit, k, inverse.AsSpan(a * k, k)))
            {
                return;
            }
        }

        var gradient = new double[k];
        double damp = 0, power = 1;
        for (var h = 1; h <= result.Length; h++)
        {
            power *= Parameters.HasTrend ? Parameters.Phi : 0;
            damp += power;
            for (var a = 0; a < k; a++)
            {
                var f = finals[a];
                var share = states[a] == EtsEngine.TrendState ? trendShare : 1;
                gradient[a] = share * (f.Level + (damp * f.Trend) + (M > 0 ? f.Season[(N + h - 1) % M] : 0));
            }

            double v = 0;
            for (var a = 0; a < k; a++)
            {
                for (var d = 0; d < k; d++)
                {
                    v += gradient[a] * inverse[(a * k) + d] * gradient[d];
                }
            }

            result[h - 1] = v;
        }
    }

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
