using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A straight line in time fitted by ordinary least squares on the model scale of a
/// <see cref="ScaleTransform"/> (identity, log or logit), with the exact prediction intervals of
/// the normal linear model (Student-t with n − 2 degrees of freedom and the leverage of the new time).
/// </summary>
internal sealed class TrendFit : FittedModel
{
    /// <summary>Below this fraction of the reference standard deviation an estimated one counts as a perfect fit.</summary>
    private const double PerfectFitFraction = 1e-9;

    private readonly ScaleTransform transform;
    private readonly int n;
    private readonly double meanTime;
    private readonly double meanZ;
    private readonly double slope;
    private readonly double sxx;
    private readonly double sigma;
    private readonly bool useReference;
    private readonly double lastTime;

    private TrendFit(
        ForecastModel model,
        TimedSeries series,
        ImmutableArray<ModelParameter> parameters,
        int degreesOfFreedom,
        ImmutableArray<double> fittedValues,
        ImmutableArray<double> residuals,
        double? logLikelihood,
        bool useReference,
        ScaleTransform transform,
        double meanTime,
        double meanZ,
        double slope,
        double sxx,
        double sigma)
        : base(model, series, parameters, sigma * sigma, degreesOfFreedom, fittedValues, residuals, logLikelihood, ComputeAicc(logLikelihood, 3, series.Count), useReference)
    {
        this.transform = transform;
        n = series.Count;
        this.meanTime = meanTime;
        this.meanZ = meanZ;
        this.slope = slope;
        this.sxx = sxx;
        this.sigma = sigma;
        this.useReference = useReference;
        lastTime = series.LastTime;
    }

    /// <summary>
    /// Fits the line to z = transform(y), with values first pulled inside [L + margin, U − margin] when the
    /// transform is a logit; log-scale values must already be checked positive.
    /// </summary>
    public static TrendFit Create(ForecastModel model, TimedSeries series, ScaleTransform transform, double margin, ShortSeriesPolicy policy)
    {
        var t = series.Times;
        var y = series.Values;
        var n = y.Length;
        var referenceSigma = policy.ModelScaleSigma(transform, y);

        // The residual array first holds z, then the residuals: no other per-point storage.
        var fitted = new double[n];
        var residuals = new double[n];
        double jacobian = 0;
        for (var i = 0; i < n; i++)
        {
            var v = transform.Kind == ScaleTransformKind.Logit
                ? Math.Clamp(y[i], transform.Lower + margin, transform.Upper - margin)
                : y[i];
            residuals[i] = transform.ForwardUnchecked(v);
            jacobian += transform.Kind switch
            {
                ScaleTransformKind.Log => -Math.Log(v),
                ScaleTransformKind.Logit => Math.Log(transform.Upper - transform.Lower) - Math.Log(v - transform.Lower) - Math.Log(transform.Upper - v),
                _ => 0,
            };
        }

        if (n == 1)
        {
            // One point: a flat line through it; the forecast is a random walk at the reference rate.
            fitted[0] = transform.InverseUnchecked(residuals[0]);
            var z0 = residuals[0];
            residuals[0] = 0;
            ImmutableArray<ModelParameter> single = [new ModelParameter("intercept", z0, null), new ModelParameter("slope", 0, null)];
            return new TrendFit(model, series, single, 0, ImmutableCollectionsMarshal.AsImmutableArray(fitted), ImmutableCollectionsMarshal.AsImmutableArray(residuals), null, true, transform, t[0], z0, 0, 0, referenceSigma);
        }

        double meanTime = 0, meanZ = 0;
        for (var i = 0; i < n; i++)
        {
            meanTime += t[i];
            meanZ += residuals[i];
        }

        meanTime /= n;
        meanZ /= n;
        double sxx = 0, sxz = 0;
        for (var i = 0; i < n; i++)
        {
            var dt = t[i] - meanTime;
            sxx += dt * dt;
            sxz += dt * (residuals[i] - meanZ);
        }

        var slope = sxz / sxx;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var zHat = meanZ + (slope * (t[i] - meanTime));
            fitted[i] = transform.InverseUnchecked(zHat);
            var r = residuals[i] - zHat;
            residuals[i] = r;
            rss += r * r;
        }

        var df = n - 2;
        var s = df > 0 ? Math.Sqrt(rss / df) : 0;
        var useReference = df == 0 || s <= PerfectFitFraction * referenceSigma;
        var sigma = useReference ? referenceSigma : s;
        var intercept = meanZ - (slope * meanTime);
        ImmutableArray<ModelParameter> parameters =
        [
            new ModelParameter("intercept", intercept, useReference ? null : s * Math.Sqrt((1.0 / n) + (meanTime * meanTime / sxx))),
            new ModelParameter("slope", slope, useReference ? null : s / Math.Sqrt(sxx)),
        ];

        // Gaussian log-likelihood at the maximum-likelihood variance rss / n, as R's logLik.lm, plus the Jacobian of the transform.
        double? logLikelihood = useReference
            ? null
            : (-0.5 * n * (Math.Log(2 * Math.PI * rss / n) + 1)) + jacobian;
        return new TrendFit(model, series, parameters, df, ImmutableCollectionsMarshal.AsImmutableArray(fitted), ImmutableCollectionsMarshal.AsImmutableArray(residuals), logLikelihood, useReference, transform, meanTime, meanZ, slope, sxx, sigma);
    }

    /// <inheritdoc/>
    protected override ForecastDistribution ForecastCore(double time)
    {
        ForecastDistribution z;
        if (n == 1)
        {
            z = new NormalForecast(time, meanZ, sigma * Math.Sqrt(time - lastTime));
        }
        else
        {
            var d = time - meanTime;
            var se = sigma * Math.Sqrt(1 + (1.0 / n) + (d * d / sxx));
            var centre = meanZ + (slope * d);
            z = useReference
                ? new NormalForecast(time, centre, se)
                : new StudentTForecast(time, centre, se, DegreesOfFreedom);
        }

        return transform.Kind == ScaleTransformKind.Identity ? z : new TransformedForecast(z, transform);
    }
}
