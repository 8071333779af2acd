using System.Buffers;
using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The allocation-free path of the trend models for assessing many targets: fits a
/// <see cref="LinearTrendModel"/>, <see cref="LogLinearTrendModel"/> or <see cref="SaturatingTrendModel"/> to
/// spans of times and values and forecasts one time, returning a <see cref="TrendProjection"/> value.
/// </summary>
/// <remarks>
/// <para>Same numbers as <c>model.Fit(new TimedSeries(times, values)).Forecast(time)</c> (to 1e-12 relative; both
/// use one least-squares routine), but no fitted model, series copy, parameter list or distribution object is
/// created: the model-scale values live on the stack (series up to 256 points) or in a pooled buffer. Student-t
/// probabilities use closed forms for integer degrees of freedom, interval quantiles come from tables.</para>
/// <para>Thread-safe; the result does not depend on which thread or in which order series are projected.
/// Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §7.6; R <c>predict.lm</c>.</para>
/// </remarks>
public static class TrendForecaster
{
    private const int StackLimit = 256;

    private static readonly double Tail80 = (1 - PredictionLevel.Eighty.Fraction) / 2;

    /// <summary>erfc⁻¹(2p) at the two 80% interval probabilities, as MathNet's normal quantile uses it.</summary>
    private static readonly double ErfcInvLower80 = MathNet.Numerics.SpecialFunctions.ErfcInv(2.0 * Tail80);

    private static readonly double ErfcInvUpper80 = MathNet.Numerics.SpecialFunctions.ErfcInv(2.0 * (1 - Tail80));

    /// <summary>Fits a trend model to a series given as spans and projects it to <paramref name="time"/>.</summary>
    /// <param name="model">A <see cref="LinearTrendModel"/>, <see cref="LogLinearTrendModel"/> or <see cref="SaturatingTrendModel"/>.</param>
    /// <param name="times">Times in years, finite and strictly increasing; at least one.</param>
    /// <param name="values">Observed values in the indicator's unit, finite, one per time; greater than 0 for the log-linear model.</param>
    /// <param name="time">Time of the forecast in years (usually the target's deadline); finite, after the last time and at most <see cref="FittedModel.MaxYearsAhead"/> years after it.</param>
    /// <returns>The mean, median, 80% interval and target probabilities at <paramref name="time"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not one of the three trend models, the spans differ in length, or the times are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time or value is not finite, or <paramref name="time"/> is not after the last time, more than <see cref="FittedModel.MaxYearsAhead"/> years after it or, for the log-linear model, so far ahead that the 95% interval leaves the range of double.</exception>
    /// <exception cref="ForecastException">The series is empty, a value is neither 0 nor of magnitude from 1e-100 to 1e100, or the log-linear model meets a value that is 0 or negative (these name <paramref name="values"/>);
    /// or the times are too close together (or too far apart) for the values, so that the slope or the forecast spread up to <see cref="FittedModel.MaxYearsAhead"/> years ahead overflows (this names <paramref name="times"/>).</exception>
    public static TrendProjection Project(ForecastModel model, ReadOnlySpan<double> times, ReadOnlySpan<double> values, double time)
    {
        Utility.Guard.NotNull(model);
        var (transform, margin, policy) = model switch
        {
            LinearTrendModel m => (ScaleTransform.Identity, 0.0, m.Policy),
            LogLinearTrendModel m => (ScaleTransform.Log, 0.0, m.Policy),
            SaturatingTrendModel m => (m.Transform, m.BoundMargin, m.Policy),
            _ => throw new ArgumentException(
                $"The trend forecaster projects the linear, log-linear and saturating trend models; received the {model.Name} model. Use model.Fit(series).Forecast(time) for other models.",
                nameof(model)),
        };
        Check(model, times, values, time, transform);

        var n = values.Length;
        double[]? rented = null;
        var z = n <= StackLimit ? stackalloc double[n] : (rented = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            var v = transform.Kind == ScaleTransformKind.Logit
                ? Math.Clamp(values[i], transform.Lower + margin, transform.Upper - margin)
                : values[i];
            z[i] = transform.ForwardUnchecked(v);
        }

        var line = TrendLine.Fit(times, z, policy.ModelScaleSigma(transform, values));
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        line.CheckFinite(model.Name, nameof(times));
        if (transform.Kind == ScaleTransformKind.Log)
        {
            line.CheckLogRange(time, model.Name, nameof(time));
        }

        return Build(line, time, transform);
    }

    private static TrendProjection Build(TrendLine line, double time, ScaleTransform transform)
    {
        var centre = Utility.Guard.Finite(line.Centre(time), "forecast centre");
        var scale = Utility.Guard.Positive(line.Scale(time), "forecast scale");
        var nu = line.IsStudentT ? line.DegreesOfFreedom : 0;

        // Model-scale interval ends computed as StudentTForecast and MathNet's Normal.InvCDF compute them.
        double lowerZ, upperZ;
        if (nu > 0)
        {
            lowerZ = centre + (scale * Utility.FastStudentT.Lower80(nu));
            upperZ = centre + (scale * Utility.FastStudentT.Upper80(nu));
        }
        else
        {
            lowerZ = centre - (scale * MathNet.Numerics.Constants.Sqrt2 * ErfcInvLower80);
            upperZ = centre - (scale * MathNet.Numerics.Constants.Sqrt2 * ErfcInvUpper80);
        }

        lowerZ = Math.Clamp(lowerZ, -double.MaxValue, double.MaxValue);
        upperZ = Math.Clamp(upperZ, -double.MaxValue, double.MaxValue);
        var mean = transform.Kind switch
        {
            ScaleTransformKind.Log => Math.Min(Math.Exp(centre + (scale * scale / 2)), double.MaxValue),
            ScaleTransformKind.Logit => LogitMean.Mean(centre, scale, nu > 0 ? nu : double.PositiveInfinity, transform),
            _ => centre,
        };
        return new TrendProjection(
            time,
            centre,
            scale,
            nu,
            transform,
            mean,
            transform.InverseUnchecked(centre),
            transform.InverseUnchecked(lowerZ),
            transform.InverseUnchecked(upperZ));
    }

    private static void Check(ForecastModel model, ReadOnlySpan<double> times, ReadOnlySpan<double> values, double time, ScaleTransform transform)
    {
        Utility.SeriesGuard.FiniteAndIncreasing(times, values);
        if (values.Length == 0)
        {
            throw new ForecastException($"The {model.Name} model needs at least 1 observation(s); the series has 0.", nameof(values));
        }

        ForecastModel.CheckMagnitudes(model.Name, values, nameof(values));
        if (transform.Kind == ScaleTransformKind.Log)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!(values[i] > 0))
                {
                    throw new ForecastException(
                        string.Create(CultureInfo.InvariantCulture, $"The log-linear model needs every value to be greater than 0; value {i} is {values[i]:R}. Use the linear trend model for indicators that can be 0 or negative."),
                        nameof(values));
                }
            }
        }

        FittedModel.CheckTime(time, times[^1], nameof(time));
    }
}
