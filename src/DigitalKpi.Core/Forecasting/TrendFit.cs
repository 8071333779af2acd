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
    private readonly ScaleTransform transform;
    private readonly TrendLine line;

    private TrendFit(
        ForecastModel model,
        TimedSeries series,
        ImmutableArray<ModelParameter> parameters,
        ImmutableArray<double> fittedValues,
        ImmutableArray<double> residuals,
        double? logLikelihood,
        ScaleTransform transform,
        TrendLine line)
        : base(model, series, parameters, line.Sigma * line.Sigma, line.DegreesOfFreedom, fittedValues, residuals, logLikelihood, ComputeAicc(logLikelihood, 3, series.Count), line.UsesReference)
    {
        this.transform = transform;
        this.line = line;
    }

    /// <summary>
    /// Fits the line to z = transform(y), with values first pulled inside [L + margin, U − margin] when the
    /// transform is a logit; log-scale values must already be checked positive.
    /// </summary>
    /// <exception cref="ForecastException">The slope, the forecast spread up to <see cref="FittedModel.MaxYearsAhead"/> years ahead or the
    /// intercept at time 0 overflows: the times are too close together, too far apart or too far from 0 for the values; names <c>series</c>.</exception>
    public static TrendFit Create(ForecastModel model, TimedSeries series, ScaleTransform transform, double margin, ShortSeriesPolicy policy)
    {
        var t = series.Times;
        var y = series.Values;
        var n = y.Length;

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

        var line = TrendLine.Fit(t, residuals, policy.ModelScaleSigma(transform, y));
        line.CheckFinite(model.Name, nameof(series));
        for (var i = 0; i < n; i++)
        {
            var zHat = line.Centre(t[i]);
            fitted[i] = transform.InverseUnchecked(zHat);
            residuals[i] -= zHat;
        }

        if (n == 1)
        {
            // One point: a flat line through it; the forecast is a random walk at the reference rate.
            ImmutableArray<ModelParameter> single = [new ModelParameter("intercept", line.MeanZ, null), new ModelParameter("slope", 0, null)];
            return new TrendFit(model, series, single, ImmutableCollectionsMarshal.AsImmutableArray(fitted), ImmutableCollectionsMarshal.AsImmutableArray(residuals), null, transform, line);
        }

        var s = line.ResidualSigma;
        var useReference = line.UsesReference;
        var intercept = line.MeanZ - (line.Slope * line.MeanTime);
        var interceptError = s * Math.Sqrt((1.0 / n) + (line.MeanTime * line.MeanTime / line.Sxx));
        if (!double.IsFinite(intercept) || (!useReference && !double.IsFinite(interceptError)))
        {
            // The line is fine near the data; only its value at time 0, far from them, is out of range.
            throw ForecastModel.Overflow(model.Name, "the intercept at time 0 or its standard error", "the times are too far from 0 for their spread", nameof(series));
        }

        ImmutableArray<ModelParameter> parameters =
        [
            new ModelParameter("intercept", intercept, useReference ? null : interceptError),
            new ModelParameter("slope", line.Slope, useReference ? null : s / Math.Sqrt(line.Sxx)),
        ];

        // Gaussian log-likelihood at the maximum-likelihood variance rss / n, as R's logLik.lm, plus the Jacobian of the transform.
        double? logLikelihood = useReference
            ? null
            : (-0.5 * n * (Math.Log(2 * Math.PI * line.Rss / n) + 1)) + jacobian;
        return new TrendFit(model, series, parameters, ImmutableCollectionsMarshal.AsImmutableArray(fitted), ImmutableCollectionsMarshal.AsImmutableArray(residuals), logLikelihood, transform, line);
    }

    /// <summary>On the log scale, refuses a time whose 95% interval is beyond double's range (<see cref="TrendLine.CheckLogRange"/>).</summary>
    /// <param name="time">A finite time after the last observation.</param>
    /// <param name="name">The caller's argument that holds the time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The log-linear forecast at that time is beyond double's range; names <paramref name="name"/>.</exception>
    private protected override void CheckHorizon(double time, string name)
    {
        if (transform.Kind == ScaleTransformKind.Log)
        {
            line.CheckLogRange(time, Model.Name, name);
        }
    }

    /// <inheritdoc/>
    protected override ForecastDistribution ForecastCore(double time)
    {
        var centre = line.Centre(time);
        var scale = line.Scale(time);
        ForecastDistribution z = line.IsStudentT
            ? new StudentTForecast(time, centre, scale, line.DegreesOfFreedom)
            : new NormalForecast(time, centre, scale);
        return transform.Kind == ScaleTransformKind.Identity ? z : new TransformedForecast(z, transform);
    }
}
