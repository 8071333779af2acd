using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The main branch of <see cref="AutoModel"/>: the equal-weight mean of three forecasts of the same
/// seasonally adjusted data, reseasonalised — the Theta method, damped-trend ETS(A,Ad,N), and simple
/// exponential smoothing with a drift estimated by maximum likelihood (ETS(A,A,N) with beta = 0).
/// </summary>
internal sealed class CombinationFit : GridFittedModel
{
    /// <summary>Weight, in errors, of the prior (scale 1, normal tails) pooled with the series' own errors.</summary>
    private const double PriorWeight = 20;

    /// <summary>E|Z| / sqrt(E Z²) for a normal Z: sqrt(2/π).</summary>
    private const double NormalAbsRatio = 0.79788456080286536;

    private readonly ThetaFit theta;
    private readonly EtsFit damped;
    private readonly EtsFit drift;
    private readonly double[] dampedMultipliers;
    private readonly double dampedSigma2;
    private readonly double driftSigma2;
    private double scale = 1;
    private double tailDf = double.PositiveInfinity;

    private CombinationFit(ForecastModel model, TimedSeries series, ThetaFit theta, EtsFit damped, EtsFit drift, double[] fitted, double[] residuals, double sigma2, int df)
        : base(
            model,
            series,
            [
                new ModelParameter("theta.alpha", theta.Ses.Parameters.Alpha, null),
                new ModelParameter("theta.drift", theta.Drift, null),
                new ModelParameter("damped.alpha", damped.Parameters.Alpha, null),
                new ModelParameter("damped.beta", damped.Parameters.Beta, null),
                new ModelParameter("damped.phi", damped.Parameters.Phi, null),
                new ModelParameter("sesdrift.alpha", drift.Parameters.Alpha, null),
                new ModelParameter("sesdrift.drift", drift.InitialTrend, null),
            ],
            sigma2,
            df,
            [.. fitted],
            [.. residuals],
            null,
            null,
            false)
    {
        this.theta = theta;
        this.damped = damped;
        this.drift = drift;
        dampedMultipliers = new double[64];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, dampedMultipliers);
        dampedSigma2 = damped.Sse / Math.Max(damped.N - damped.EstimatedCount, 1);
        driftSigma2 = drift.Sse / Math.Max(drift.N - drift.EstimatedCount, 1);
    }

    /// <summary>Fits the three components; null when a perfect fit leaves no variance to calibrate on.</summary>
    public static CombinationFit? Create(ForecastModel model, TimedSeries series) => Create(model, series, true);

    private static CombinationFit? Create(ForecastModel model, TimedSeries series, bool calibrate)
    {
        var y = series.Values;
        var n = y.Length;
        var m = series.SeasonalPeriod;
        var theta = ThetaEngine.Fit(y, m, EtsFixed.None);
        var adjusted = new double[n];
        for (var t = 0; t < n; t++)
        {
            adjusted[t] = theta.Indices is null ? y[t] : y[t] / theta.Indices[t % m];
        }

        var damped = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Damped, false), 1, EtsFixed.None);
        var drift = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Additive, false), 1, EtsFixed.None with { Beta = 0 });
        if (IsPerfect(theta.Sigma2, y) || IsPerfect(damped.Sse / n, adjusted) || IsPerfect(drift.Sse / n, adjusted))
        {
            return null;
        }

        var fitted = new double[n];
        var residuals = new double[n];
        double sse = 0;
        for (var t = 0; t < n; t++)
        {
            var index = theta.Indices is null ? 1 : theta.Indices[t % m];
            var dampedFitted = (adjusted[t] - damped.Residuals[t]) * index;
            var driftFitted = (adjusted[t] - drift.Residuals[t]) * index;
            fitted[t] = (theta.Fitted(y, t) + dampedFitted + driftFitted) / 3;
            residuals[t] = y[t] - fitted[t];
            sse += residuals[t] * residuals[t];
        }

        var df = Math.Max(n - damped.EstimatedCount, 1);
        var result = new CombinationFit(model, series, theta, damped, drift, fitted, residuals, sse / df, df);
        if (calibrate)
        {
            result.Calibrate(model, series);
        }

        return result;
    }

    /// <summary>Student-t with the estimated tails and the calibrated scale, or normal when the tails look normal.</summary>
    internal override ForecastDistribution At(double time, double mean, double sd)
        => tailDf < 100 ? new StudentTForecast(time, mean, sd, tailDf) : new NormalForecast(time, mean, sd);

    internal override double MeanAt(int h)
    {
        var index = theta.Index(h);
        return (theta.Mean(h) + (damped.Mean(h) * index) + (drift.Mean(h) * index)) / 3;
    }

    internal override double SdAt(int h)
    {
        var index = theta.Index(h);
        return scale * BaseSd(h, index, theta.Mean(h), damped.Mean(h) * index, drift.Mean(h) * index);
    }

    /// <summary>
    /// Scale factor and tail weight from a genuine hold-out: the combination is refitted without the last
    /// H = min(max(2m, 4), n − 10) observations and forecasts them. The factor is the root mean square of the
    /// standardised errors z, pooled with a prior of 1 worth <see cref="PriorWeight"/> errors; the Student-t
    /// degrees of freedom match the ratio mean|z| / rms(z), pooled the same way with the normal value sqrt(2/π).
    /// </summary>
    private void Calibrate(ForecastModel model, TimedSeries series)
    {
        var n = series.Count;
        var m = series.SeasonalPeriod;
        var horizon = Math.Min(Math.Max(2 * m, 4), n - 10);
        double sum = 0, sumAbs = 0;
        var count = 0;
        if (horizon >= 1)
        {
            var fit = Create(model, new TimedSeries(series.Times[..(n - horizon)], series.Values[..(n - horizon)], m), false);
            if (fit is not null)
            {
                for (var k = 1; k <= horizon; k++)
                {
                    var z = (series.Values[n - horizon + k - 1] - fit.MeanAt(k)) / fit.SdAt(k);
                    sum += z * z;
                    sumAbs += Math.Abs(z);
                    count++;
                }
            }
        }

        if (count > 0)
        {
            var ratio = sumAbs / count / Math.Sqrt(sum / count);
            var pooled = ((count * ratio) + (PriorWeight * NormalAbsRatio)) / (count + PriorWeight);
            tailDf = DegreesOfFreedomForRatio(pooled);
        }

        scale = Math.Sqrt((sum + PriorWeight) / (count + PriorWeight));
    }

    /// <summary>
    /// Model-based standard deviation: the mean of the component variances plus the variance of the three
    /// means (law of total variance over equally weighted models).
    /// </summary>
    private double BaseSd(int h, double index, double meanTheta, double meanDamped, double meanDrift)
    {
        var sdTheta = theta.StandardError(h) * index;
        var sdDamped = Math.Sqrt(dampedSigma2 * DampedMultiplier(h)) * index;

        // SES with a fixed drift has the class-1 variance of SES: 1 + (h − 1) α².
        var a = drift.Parameters.Alpha;
        var sdDrift = Math.Sqrt(driftSigma2 * (1 + ((h - 1) * a * a))) * index;
        var mean = (meanTheta + meanDamped + meanDrift) / 3;
        var between = (Square(meanTheta - mean) + Square(meanDamped - mean) + Square(meanDrift - mean)) / 3;
        return Math.Sqrt((((sdTheta * sdTheta) + (sdDamped * sdDamped) + (sdDrift * sdDrift)) / 3) + between);
    }

    private static double Square(double x) => x * x;

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

        for (var nu = 3; nu < 100; nu++)
        {
            var meanAbs = 2 * Math.Sqrt(nu) / (Math.Sqrt(Math.PI) * (nu - 1))
                * Math.Exp(MathNet.Numerics.SpecialFunctions.GammaLn((nu + 1) / 2.0) - MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2.0));
            if (meanAbs / Math.Sqrt(nu / (nu - 2.0)) >= ratio)
            {
                return nu;
            }
        }

        return double.PositiveInfinity;
    }

    private double DampedMultiplier(int h)
    {
        if (h <= dampedMultipliers.Length)
        {
            return dampedMultipliers[h - 1];
        }

        var v = new double[h];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, v);
        return v[h - 1];
    }
}
