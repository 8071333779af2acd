using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The main branch of <see cref="AutoModel"/>: a weighted mean of forecasts of the same seasonally adjusted data,
/// reseasonalised — the Theta method, damped-trend ETS(A,Ad,N), simple exponential smoothing with a drift
/// estimated by maximum likelihood (ETS(A,A,N) with beta = 0) and, when the data have no seasonal period,
/// Holt's linear trend ETS(A,A,N) and the random walk with drift. Weights and interval scale come from genuine
/// out-of-sample errors at a rolling origin.
/// </summary>
internal sealed class CombinationFit : GridFittedModel
{
    /// <summary>Weight, in out-of-sample errors, of the equal weights toward which inverse-MSE weights are shrunk.</summary>
    private const double EqualWeightPrior = 1;

    /// <summary>E|Z| / sqrt(E Z²) for a normal Z: sqrt(2/π).</summary>
    private const double NormalAbsRatio = 0.79788456080286536;

    /// <summary>The Student-t ratios E|T| / sqrt(E T²) for ν = 3…99, computed once because every fit looks them up.</summary>
    private static readonly double[] StudentTAbsRatios = BuildStudentTAbsRatios();

    private readonly Pool pool;
    private readonly double[] weights;
    private readonly double scale;
    private readonly double tailDf;
    private readonly double scaleDf;

    private CombinationFit(
        ForecastModel model, TimedSeries series, Pool pool, double[] weights, double scale, double tailDf, double scaleDf, double[] fitted, double[] residuals, double sigma2, int df)
        : base(model, series, [.. pool.Parameters(weights)], sigma2, df, [.. fitted], [.. residuals], null, null, false)
    {
        this.pool = pool;
        this.weights = weights;
        this.scale = scale;
        this.tailDf = tailDf;
        this.scaleDf = scaleDf;
    }

    /// <summary>
    /// Smallest series length the combination takes: enough for its weights to rest on all its forecast origins,
    /// <see cref="RollingOrigin.EarliestOrigin"/> points before the earliest and <see cref="RollingOrigin.Origins"/>
    /// windows of <see cref="RollingOrigin.HoldOut"/> points after it (22 for annual, 34 for quarterly, 82 for monthly data).
    /// </summary>
    public static int MinimumLength(int m) => RollingOrigin.EarliestOrigin + (RollingOrigin.Origins * RollingOrigin.HoldOut(m));

    /// <summary>
    /// Fits the components, weighs and calibrates them; null for a series shorter than <see cref="MinimumLength"/>
    /// or when a perfect fit leaves no variance to calibrate on.
    /// </summary>
    public static CombinationFit? Create(ForecastModel model, TimedSeries series)
    {
        var y = series.Values;
        var n = y.Length;
        var m = series.SeasonalPeriod;
        if (n < MinimumLength(m) || Pool.Fit(y, m, KeptSteps) is not { } pool)
        {
            return null;
        }

        var k = pool.Count;
        var weights = new double[k];
        Array.Fill(weights, 1.0 / k);
        var (scale, scaleDf) = Calibrate(y, m, weights);

        var fitted = new double[n];
        var residuals = new double[n];
        double sse = 0;
        for (var t = 0; t < n; t++)
        {
            fitted[t] = pool.Fitted(y, t, weights);
            residuals[t] = y[t] - fitted[t];
            sse += residuals[t] * residuals[t];
        }

        var df = Math.Max(n - pool.DampedParameterCount, 1);
        var tailDf = TailDegreesOfFreedom(residuals, Math.Min(m, 4));
        return new CombinationFit(model, series, pool, weights, scale, tailDf, scaleDf, fitted, residuals, sse / df, df);
    }

    /// <summary>The predictive distribution: <see cref="RollingOrigin.Predictive"/>.</summary>
    internal override ForecastDistribution At(double time, double mean, double sd) => RollingOrigin.Predictive(time, mean, sd, tailDf, scaleDf);

    internal override double MeanAt(int h) => pool.Mean(h, weights);

    /// <summary>The model-based spread rescaled by the calibrated scale.</summary>
    internal override double SdAt(int h) => scale * pool.Sd(h, weights);

    /// <summary>
    /// Weights and scale from genuine out-of-sample errors at a rolling origin: the components are refitted, all
    /// their parameters and initial states, on the first n − H, n − 2H and n − 3H observations
    /// (H = <see cref="RollingOrigin.HoldOut"/>, <see cref="RollingOrigin.Origins"/> origins, the earliest with at least
    /// <see cref="RollingOrigin.EarliestOrigin"/> points: <see cref="MinimumLength"/>) and forecast the next H points from each.
    /// Each component's weight is its inverse mean squared error over all E of these errors, normalised and shrunk
    /// toward equal weights by E / (E + <see cref="EqualWeightPrior"/>) (<paramref name="weights"/> receives them; they
    /// are left equal if a refit fits perfectly). The scale is the root mean square of the weighted combination's
    /// standardised errors at all these origins, counted as the independent errors they are worth
    /// (<see cref="RollingOrigin.Scale"/>).
    /// </summary>
    /// <returns>The scale and its degrees of freedom.</returns>
    private static (double Scale, double Df) Calibrate(ReadOnlySpan<double> y, int m, double[] weights)
    {
        var n = y.Length;
        var horizon = RollingOrigin.HoldOut(m);
        var k = weights.Length;
        Span<double> mse = stackalloc double[k];
        var fits = new Pool[RollingOrigin.Origins];
        var origins = 0;
        for (; origins < fits.Length; origins++)
        {
            var origin = n - ((origins + 1) * horizon);
            if (Pool.Fit(y[..origin], m, horizon) is not { } fit)
            {
                break;
            }

            fits[origins] = fit;
            for (var h = 1; h <= horizon; h++)
            {
                var actual = y[origin + h - 1];
                var index = fit.Index(h);
                for (var i = 0; i < k; i++)
                {
                    var e = actual - fit.ComponentMean(i, h, index);
                    mse[i] += e * e;
                }
            }
        }

        var evidence = origins * horizon;
        if (evidence == 0)
        {
            return RollingOrigin.Scale(0, 0, 0);
        }

        // Inverse squared errors relative to the smallest (finite even when one is 0: exact components share).
        var smallest = double.PositiveInfinity;
        foreach (var value in mse)
        {
            smallest = Math.Min(smallest, value);
        }

        double total = 0;
        for (var i = 0; i < k; i++)
        {
            mse[i] = smallest > 0 ? smallest / mse[i] : mse[i] == 0 ? 1 : 0;
            total += mse[i];
        }

        var lambda = evidence / (evidence + EqualWeightPrior);
        for (var i = 0; i < k; i++)
        {
            weights[i] = (lambda * mse[i] / total) + ((1 - lambda) / k);
        }

        // The combination's standardised errors, with the weights it will forecast with.
        double sumZ2 = 0;
        for (var j = 0; j < origins; j++)
        {
            var origin = n - ((j + 1) * horizon);
            for (var h = 1; h <= horizon; h++)
            {
                var z = (y[origin + h - 1] - fits[j].Mean(h, weights)) / fits[j].Sd(h, weights);
                sumZ2 += z * z;
            }
        }

        Span<double> c = stackalloc double[horizon];
        fits[0].ErrorCoefficients(weights, c);
        return RollingOrigin.Scale(sumZ2, evidence, origins * RollingOrigin.IndependentErrors(c));
    }

    /// <summary>
    /// Tail weight from the in-sample one-step residuals (after the first <paramref name="skip"/>): the Student-t
    /// degrees of freedom whose ratio E|T| / sqrt(E T²) matches theirs, at least 3; +∞ when they look normal.
    /// </summary>
    private static double TailDegreesOfFreedom(ReadOnlySpan<double> residuals, int skip)
    {
        double sumAbs = 0, sum2 = 0;
        for (var t = skip; t < residuals.Length; t++)
        {
            sumAbs += Math.Abs(residuals[t]);
            sum2 += residuals[t] * residuals[t];
        }

        var count = residuals.Length - skip;
        var df = sum2 > 0 ? DegreesOfFreedomForRatio(sumAbs / count / Math.Sqrt(sum2 / count)) : double.PositiveInfinity;
        return Math.Max(3, df);
    }

    /// <summary>
    /// Degrees of freedom ν of the Student-t whose ratio E|T| / sqrt(E T²) equals <paramref name="ratio"/>
    /// (a moment estimate of tail weight), from 3 up; +∞ (normal) when the ratio is at least the normal's.
    /// </summary>
    private static double DegreesOfFreedomForRatio(double ratio)
    {
        if (ratio >= NormalAbsRatio)
        {
            return double.PositiveInfinity;
        }

        var ratios = StudentTAbsRatios;
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] >= ratio)
            {
                return i + 3;
            }
        }

        return double.PositiveInfinity;
    }

    /// <summary>
    /// E|T| / sqrt(E T²) of the Student-t with ν = 3, 4, …, 99 degrees of freedom (increasing in ν toward the normal's
    /// sqrt(2/π)): E|T| = 2 sqrt(ν) Γ((ν + 1)/2) / (sqrt(π) (ν − 1) Γ(ν/2)), E T² = ν / (ν − 2).
    /// </summary>
    private static double[] BuildStudentTAbsRatios()
    {
        var ratios = new double[97];
        for (var nu = 3; nu < 100; nu++)
        {
            var meanAbs = 2 * Math.Sqrt(nu) / (Math.Sqrt(Math.PI) * (nu - 1))
                * Math.Exp(MathNet.Numerics.SpecialFunctions.GammaLn((nu + 1) / 2.0) - MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2.0));
            ratios[nu - 3] = meanAbs / Math.Sqrt(nu / (nu - 2.0));
        }

        return ratios;
    }

    /// <summary>
    /// The fitted components: Theta on the original data, the exponential smoothing models on the data divided
    /// by Theta's seasonal indices (damped trend, SES with drift, and Holt and the random walk with drift when the
    /// seasonal period is 1).
    /// </summary>
    private sealed class Pool
    {
        private readonly ThetaFit theta;
        private readonly double[] adjusted;
        private readonly EtsFit[] ets;
        private readonly double[][] multipliers;
        private readonly double[] sigma2s;

        private Pool(ThetaFit theta, double[] adjusted, EtsFit[] ets, int steps)
        {
            this.theta = theta;
            this.adjusted = adjusted;
            this.ets = ets;
            multipliers = new double[ets.Length][];
            sigma2s = new double[ets.Length];
            for (var i = 0; i < ets.Length; i++)
            {
                multipliers[i] = Multipliers(ets[i], steps);
                sigma2s[i] = ets[i].Sigma2;
            }
        }

        /// <summary>
        /// The random walk with drift as ETS(A,A,N) with alpha = 1 and beta = 0: the level is the last value and the
        /// least-squares initial trend is the mean one-step change, so the forecast is R's <c>rwf(drift = TRUE)</c>.
        /// </summary>
        private static EtsFixed RandomWalkWithDrift => EtsFixed.None with { Alpha = 1, Beta = 0 };

        /// <summary>Number of components: Theta and the exponential smoothing models.</summary>
        public int Count => ets.Length + 1;

        /// <summary>Parameters estimated by the damped-trend component (the largest of the always-present ones).</summary>
        public int DampedParameterCount => ets[0].EstimatedCount;

        /// <summary>
        /// Fits the components; null when one fits perfectly. <paramref name="steps"/>: the horizons whose variance
        /// multipliers to keep (a hold-out pool needs only its H).
        /// </summary>
        public static Pool? Fit(ReadOnlySpan<double> y, int m, int steps)
        {
            var n = y.Length;
            var theta = ThetaEngine.Fit(y, m, EtsFixed.None);
            if (IsPerfect(theta.Sigma2, y))
            {
                return null;
            }

            var adjusted = new double[n];
            for (var t = 0; t < n; t++)
            {
                adjusted[t] = theta.Indices is null ? y[t] : y[t] / theta.Indices[t % m];
            }

            var ets = new EtsFit[m == 1 ? 4 : 2];
            ets[0] = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Damped, false), 1, EtsFixed.None);
            ets[1] = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Additive, false), 1, EtsFixed.None with { Beta = 0 });
            if (m == 1)
            {
                ets[2] = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Additive, false), 1, EtsFixed.None);
                ets[3] = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Additive, false), 1, RandomWalkWithDrift);
            }

            foreach (var fit in ets)
            {
                if (IsPerfect(fit.Sse / n, adjusted))
                {
                    return null;
                }
            }

            return new Pool(theta, adjusted, ets, steps);
        }

        /// <summary>
        /// The weighted combination's error coefficients c_0 … c_{H−1} (<paramref name="c"/>.Length = H): its h-step
        /// error is Σ_{j&lt;h} c_j ε_{h−j} in the one-step innovations ε, with c_0 = 1 and, for each component,
        /// c_j = α + β (φ + … + φ^j) (SES with drift and Theta: α; the random walk with drift: 1), averaged with
        /// the weights.
        /// </summary>
        public void ErrorCoefficients(double[] weights, Span<double> c)
        {
            c[0] = 1;
            for (var j = 1; j < c.Length; j++)
            {
                c[j] = weights[0] * theta.Alpha;
                for (var i = 0; i < ets.Length; i++)
                {
                    var p = ets[i].Parameters;
                    c[j] += weights[i + 1] * (p.Alpha + (p.HasTrend ? p.Beta * EtsEngine.DampSum(p.Phi, j) : 0));
                }
            }
        }

        /// <summary>Seasonal index h steps past the end (1 when not seasonal).</summary>
        public double Index(int h) => theta.Index(h);

        /// <summary>Component i's point forecast h steps ahead; <paramref name="index"/> is <see cref="Index"/>(h).</summary>
        public double ComponentMean(int i, int h, double index) => i == 0 ? theta.Mean(h) : ets[i - 1].Mean(h) * index;

        /// <summary>The weighted mean of the components' point forecasts.</summary>
        public double Mean(int h, double[] weights)
        {
            var index = Index(h);
            double mean = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                mean += weights[i] * ComponentMean(i, h, index);
            }

            return mean;
        }

        /// <summary>
        /// Model-based standard deviation: the weighted mean of the component variances plus the weighted variance
        /// of their means (law of total variance over the models, an allowance for model uncertainty).
        /// </summary>
        public double Sd(int h, double[] weights)
        {
            var index = Index(h);
            var mean = Mean(h, weights);
            double variance = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                var sd = ComponentSd(i, h, index);
                var d = ComponentMean(i, h, index) - mean;
                variance += weights[i] * ((sd * sd) + (d * d));
            }

            return Math.Sqrt(variance);
        }

        /// <summary>Weighted in-sample one-step fitted value at t (0-based) on the original scale.</summary>
        public double Fitted(ReadOnlySpan<double> y, int t, double[] weights)
        {
            var index = theta.Indices is null ? 1 : theta.Indices[t % theta.M];
            var value = weights[0] * theta.Fitted(y, t);
            for (var i = 0; i < ets.Length; i++)
            {
                value += weights[i + 1] * (adjusted[t] - ets[i].Residuals[t]) * index;
            }

            return value;
        }

        /// <summary>The components' parameters and weights.</summary>
        public ModelParameter[] Parameters(double[] weights)
        {
            var damped = ets[0].Parameters;
            var list = new List<ModelParameter>
            {
                new("theta.weight", weights[0], null),
                new("theta.alpha", theta.Ses.Parameters.Alpha, null),
                new("theta.drift", theta.Drift, null),
                new("damped.weight", weights[1], null),
                new("damped.alpha", damped.Alpha, null),
                new("damped.beta", damped.Beta, null),
                new("damped.phi", damped.Phi, null),
                new("sesdrift.weight", weights[2], null),
                new("sesdrift.alpha", ets[1].Parameters.Alpha, null),
                new("sesdrift.drift", ets[1].InitialTrend, null),
            };
            if (ets.Length == 4)
            {
                list.Add(new("holt.weight", weights[3], null));
                list.Add(new("holt.alpha", ets[2].Parameters.Alpha, null));
                list.Add(new("holt.beta", ets[2].Parameters.Beta, null));
                list.Add(new("rwdrift.weight", weights[4], null));
                list.Add(new("rwdrift.drift", ets[3].InitialTrend, null));
            }

            return [.. list];
        }

        /// <summary>
        /// Variance multipliers for h = 1 … <paramref name="count"/>: the model's own (<see cref="EtsEngine.VarianceMultipliers"/>)
        /// plus the estimated initial states' (<see cref="EtsFit.InitialStateVariances"/>), which carries the uncertainty of
        /// a drift fixed from the start (SES with drift, the random walk with drift) and matters most on short series.
        /// </summary>
        private static double[] Multipliers(EtsFit fit, int count)
        {
            var result = fit.VarianceMultipliers(count);
            var estimation = new double[count];
            fit.InitialStateVariances(estimation);
            for (var h = 0; h < count; h++)
            {
                result[h] += estimation[h];
            }

            return result;
        }

        /// <summary>Component i's standard deviation h steps ahead on the original scale.</summary>
        private double ComponentSd(int i, int h, double index)
        {
            if (i == 0)
            {
                return theta.StandardError(h) * index;
            }

            var fit = ets[i - 1];
            double v;
            if (h <= multipliers[i - 1].Length)
            {
                v = multipliers[i - 1][h - 1];
            }
            else
            {
                v = Multipliers(fit, h)[h - 1];
            }

            return Math.Sqrt(sigma2s[i - 1] * v) * index;
        }
    }
}
