using System.Collections.Immutable;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The main branch of <see cref="AutoModel"/>: the equal-weight mean of the Theta method and the damped
/// trend ETS(A,Ad,N) fitted to the same seasonally adjusted data, reseasonalised.
/// </summary>
internal sealed class CombinationFit : GridFittedModel
{
    private readonly ThetaFit theta;
    private readonly EtsFit damped;
    private readonly double[] multipliers;
    private readonly double dampedSigma2;
    private double scale = 1;
    private double tailDf = double.PositiveInfinity;

    private CombinationFit(ForecastModel model, TimedSeries series, ThetaFit theta, EtsFit damped, double[] fitted, double[] residuals, double sigma2, int df)
        : base(
            model,
            series,
            [
                new ModelParameter("theta.alpha", theta.Ses.Parameters.Alpha, null),
                new ModelParameter("theta.drift", theta.Drift, null),
                new ModelParameter("damped.alpha", damped.Parameters.Alpha, null),
                new ModelParameter("damped.beta", damped.Parameters.Beta, null),
                new ModelParameter("damped.phi", damped.Parameters.Phi, null),
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
        multipliers = new double[64];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, multipliers);
        dampedSigma2 = damped.Sse / Math.Max(damped.N - damped.EstimatedCount, 1);
    }

    /// <summary>Fits both components; null when a perfect fit leaves no variance to calibrate on.</summary>
    public static CombinationFit? Create(ForecastModel model, TimedSeries series)
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
        var fitted = new double[n];
        var residuals = new double[n];
        double sse = 0;
        for (var t = 0; t < n; t++)
        {
            var index = theta.Indices is null ? 1 : theta.Indices[t % m];
            var dampedFitted = (adjusted[t] - damped.Residuals[t]) * index;
            fitted[t] = 0.5 * (theta.Fitted(y, t) + dampedFitted);
            residuals[t] = y[t] - fitted[t];
            sse += residuals[t] * residuals[t];
        }

        if (IsPerfect(theta.Sigma2, y) || IsPerfect(damped.Sse / n, adjusted))
        {
            return null;
        }

        var df = Math.Max(n - damped.EstimatedCount, 1);
        var result = new CombinationFit(model, series, theta, damped, fitted, residuals, sse / df, df);
        result.scale = result.Calibrate(y, adjusted, m);
        return result;
    }

    /// <summary>
    /// Scale factor and tail weight from the series' own multi-step errors: the components keep their fitted
    /// parameters, are run to each origin in the second half of the series and forecast up to H = max(2m, 4)
    /// steps. The factor is the root mean square of the standardised errors z, pooled with a prior of 1 worth
    /// <see cref="PriorWeight"/> errors; the Student-t degrees of freedom match the ratio mean|z| / rms(z),
    /// pooled the same way with the normal value sqrt(2/π).
    /// </summary>
    private double Calibrate(ReadOnlySpan<double> y, double[] adjusted, int m)
    {
        var n = y.Length;
        var horizon = Math.Max(2 * m, 4);
        var p = damped.Parameters;
        var alphaTheta = theta.Alpha;
        double lt = theta.Ses.InitialLevel, ld = damped.InitialLevel, bd = damped.InitialTrend;
        double sum = 0, sumAbs = 0;
        var count = 0;
        var first = n / 2;
        for (var o = 0; o < n - 1; o++)
        {
            // States after observation o (0-based), then the forecast from origin o + 1.
            var et = adjusted[o] - lt;
            lt += alphaTheta * et;
            var pb = p.Phi * bd;
            var ed = adjusted[o] - (ld + pb);
            ld = ld + pb + (p.Alpha * ed);
            bd = pb + (p.Beta * ed);
            var origin = o + 1;
            if (origin < first)
            {
                continue;
            }

            var thetaConstant = (1 - Math.Pow(1 - alphaTheta, origin)) / alphaTheta;
            for (var k = 1; k <= horizon && origin + k - 1 < n; k++)
            {
                var t = origin + k - 1;
                var index = theta.Indices is null ? 1 : theta.Indices[t % m];
                var meanTheta = (lt + (theta.Drift * (k - 1 + thetaConstant))) * index;
                var meanDamped = (ld + (EtsEngine.DampSum(p.Phi, k) * bd)) * index;
                var sd = BaseSd(k, index, meanTheta - meanDamped);
                var z = (y[t] - (0.5 * (meanTheta + meanDamped))) / sd;
                sum += z * z;
                sumAbs += Math.Abs(z);
                count++;
            }
        }

        const double priorWeight = PriorWeight;
        if (count > 0)
        {
            var ratio = sumAbs / count / Math.Sqrt(sum / count);
            var pooled = ((count * ratio) + (priorWeight * NormalAbsRatio)) / (count + priorWeight);
            tailDf = DegreesOfFreedomForRatio(pooled);
        }

        return Math.Sqrt((sum + priorWeight) / (count + priorWeight));
    }

    /// <summary>E|Z| / sqrt(E Z²) for a normal Z: sqrt(2/π).</summary>
    private const double NormalAbsRatio = 0.79788456080286536;

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

    /// <summary>Weight, in errors, of the prior (scale 1, normal tails) pooled with the series' own errors.</summary>
    private const double PriorWeight = 20;

    /// <summary>Student-t with the estimated tails and the calibrated scale, or normal when the tails look normal.</summary>
    internal override ForecastDistribution At(double time, double mean, double sd)
        => tailDf < 100 ? new StudentTForecast(time, mean, sd, tailDf) : new NormalForecast(time, mean, sd);

    internal override double MeanAt(int h) => 0.5 * (theta.Mean(h) + (damped.Mean(h) * theta.Index(h)));

    internal override double SdAt(int h)
    {
        var index = theta.Index(h);
        return scale * BaseSd(h, index, theta.Mean(h) - (damped.Mean(h) * index));
    }

    /// <summary>Model-based standard deviation: mean of the component variances plus the variance of the two means.</summary>
    private double BaseSd(int h, double index, double spread)
    {
        var sdTheta = theta.StandardError(h) * index;
        var sdDamped = Math.Sqrt(dampedSigma2 * Multiplier(h)) * index;
        return Math.Sqrt((0.5 * ((sdTheta * sdTheta) + (sdDamped * sdDamped))) + (0.25 * spread * spread));
    }

    private double Multiplier(int h)
    {
        if (h <= multipliers.Length)
        {
            return multipliers[h - 1];
        }

        var v = new double[h];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, v);
        return v[h - 1];
    }
}
