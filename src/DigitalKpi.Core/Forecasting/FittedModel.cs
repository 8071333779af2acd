using System.Collections.Immutable;
using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A model fitted to one series: its estimated parameters, residual variance, fitted values,
/// residuals and information criteria, and the forecast distribution at any later time.
/// </summary>
/// <remarks>
/// <para><see cref="FittedValues"/> and <see cref="Residuals"/> have the same length, at most
/// <see cref="N"/>, and are aligned with the END of the series: element i belongs to observation
/// <c>N − FittedValues.Length + i</c>. Models that cannot fit the first observations (a random walk
/// has no fit for the first point) return shorter arrays rather than NaN.</para>
/// <para><see cref="LogLikelihood"/> and <see cref="Aicc"/> are null where they are not defined
/// (too few points, a perfect fit, a reference variance); they are never NaN. Compare AICc only
/// between models fitted to the same data on the same scale (FPP3 §7.5).</para>
/// <para>Forecasts are for times strictly after the last observation; at or before it the series
/// itself is the answer, and at most <see cref="MaxYearsAhead"/> (1,000,000) years after it. Models that work on the
/// series' regular grid (exponential smoothing, Theta, and the auto model on a regular series) also forecast at most
/// 1,000,000 grid steps ahead (250,000 years of quarterly data); a time further out, usually one given in the wrong
/// unit, is refused. Instances are immutable and thread-safe.</para>
/// </remarks>
public abstract class FittedModel
{
    /// <summary>Initialises the fitted model; checks that the arrays agree with the series and hold finite numbers.</summary>
    /// <param name="model">The specification that was fitted.</param>
    /// <param name="series">The series it was fitted to.</param>
    /// <param name="parameters">Estimated parameters as the model documents them.</param>
    /// <param name="sigma2">Residual (innovation) variance on the model's scale; finite and at least 0.</param>
    /// <param name="degreesOfFreedom">Residual degrees of freedom: number of residuals minus estimated parameters of the mean; at least 0.</param>
    /// <param name="fittedValues">Fitted values in the indicator's unit, aligned with the end of the series; at most as many as the series.</param>
    /// <param name="residuals">Residuals on the model's scale, same length as <paramref name="fittedValues"/>.</param>
    /// <param name="logLikelihood">Log-likelihood of the observations, or null when not defined.</param>
    /// <param name="aicc">Corrected Akaike information criterion, or null when not defined.</param>
    /// <param name="usesReferenceVariance">True when the forecast variance comes from a <see cref="ShortSeriesPolicy"/> rather than from the residuals.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The arrays have inconsistent lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or <paramref name="sigma2"/> or <paramref name="degreesOfFreedom"/> is negative.</exception>
    protected FittedModel(
        ForecastModel model,
        TimedSeries series,
        ImmutableArray<ModelParameter> parameters,
        double sigma2,
        int degreesOfFreedom,
        ImmutableArray<double> fittedValues,
        ImmutableArray<double> residuals,
        double? logLikelihood,
        double? aicc,
        bool usesReferenceVariance)
    {
        Model = Utility.Guard.NotNull(model);
        Series = Utility.Guard.NotNull(series);
        Sigma2 = Utility.Guard.NonNegative(sigma2);
        DegreesOfFreedom = Utility.Guard.AtLeast(degreesOfFreedom, 0);
        Parameters = parameters.IsDefault ? [] : parameters;
        FittedValues = fittedValues.IsDefault ? [] : fittedValues;
        Residuals = residuals.IsDefault ? [] : residuals;
        if (FittedValues.Length != Residuals.Length || FittedValues.Length > series.Count)
        {
            throw new ArgumentException(
                $"Fitted values and residuals must have the same length, at most the series length {series.Count}; received {FittedValues.Length} and {Residuals.Length}.",
                nameof(residuals));
        }

        for (var i = 0; i < FittedValues.Length; i++)
        {
            Utility.Guard.Finite(FittedValues[i], nameof(fittedValues));
            Utility.Guard.Finite(Residuals[i], nameof(residuals));
        }

        LogLikelihood = logLikelihood is { } ll ? Utility.Guard.Finite(ll, nameof(logLikelihood)) : null;
        Aicc = aicc is { } a ? Utility.Guard.Finite(a, nameof(aicc)) : null;
        UsesReferenceVariance = usesReferenceVariance;
    }

    /// <summary>The specification that was fitted.</summary>
    public ForecastModel Model { get; }

    /// <summary>The series the model was fitted to.</summary>
    public TimedSeries Series { get; }

    /// <summary>Estimated parameters, with standard errors where the data allow; names and units are documented by each model.</summary>
    public ImmutableArray<ModelParameter> Parameters { get; }

    /// <summary>Residual (innovation) variance on the model's scale (log or logit for transformed models), as each model documents it; at least 0.</summary>
    public double Sigma2 { get; }

    /// <summary>Number of observations the model was fitted to.</summary>
    public int N => Series.Count;

    /// <summary>Residual degrees of freedom: residuals minus estimated parameters of the mean; 0 when nothing is left to estimate the variance.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>One-step or in-sample fitted values in the indicator's unit, aligned with the end of the series (see remarks).</summary>
    public ImmutableArray<double> FittedValues { get; }

    /// <summary>Residuals on the model's scale, aligned like <see cref="FittedValues"/>.</summary>
    public ImmutableArray<double> Residuals { get; }

    /// <summary>Log-likelihood of the observed values (on the value scale, transforms included through their Jacobian), or null when not defined.</summary>
    public double? LogLikelihood { get; }

    /// <summary>Corrected Akaike information criterion, −2 log L + 2k + 2k(k + 1)/(n − k − 1), or null when not defined (n ≤ k + 1, or no log-likelihood).</summary>
    public double? Aicc { get; }

    /// <summary>True when the forecast variance comes from the model's <see cref="ShortSeriesPolicy"/> because the series is too short or fits perfectly.</summary>
    public bool UsesReferenceVariance { get; }

    /// <summary>
    /// The furthest a forecast reaches: 1,000,000 years after the last observation. A time that far is a unit mistake
    /// (seconds or days given as years), and a trend's spread would overflow double range not far beyond.
    /// </summary>
    public const double MaxYearsAhead = 1_000_000;

    /// <summary>The forecast distribution at <paramref name="time"/>.</summary>
    /// <param name="time">Time in years; finite, strictly after the last observation and at most <see cref="MaxYearsAhead"/> years after it; for a model on a regular grid also at most 1,000,000 steps after it.</param>
    /// <returns>The forecast distribution in the indicator's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not finite, not after the last observation, more than <see cref="MaxYearsAhead"/> years after it, beyond 1,000,000 steps of a model on a regular grid, or, for the log-linear trend, so far ahead that its 95% interval leaves the range of double.</exception>
    public ForecastDistribution Forecast(double time)
    {
        CheckTime(time, nameof(time));
        return ForecastCore(time);
    }

    /// <summary>The forecast distributions at <paramref name="times"/>.</summary>
    /// <param name="times">Times in years; each finite, strictly after the last observation and at most <see cref="MaxYearsAhead"/> years after it (for a model on a regular grid also at most 1,000,000 steps after it); any order.</param>
    /// <returns>One forecast per time, in the order of <paramref name="times"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is not finite, not after the last observation, more than <see cref="MaxYearsAhead"/> years after it, beyond 1,000,000 steps of a model on a regular grid, or, for the log-linear trend, so far ahead that its 95% interval leaves the range of double.</exception>
    public ImmutableArray<ForecastDistribution> Forecast(ReadOnlySpan<double> times)
    {
        foreach (var t in times)
        {
            CheckTime(t, nameof(times));
        }

        var result = ImmutableArray.CreateBuilder<ForecastDistribution>(times.Length);
        foreach (var t in times)
        {
            result.Add(ForecastCore(t));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The model's name and the number of observations.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Model.Name} fitted to {N} point(s), sigma2 = {Sigma2:R}");

    /// <summary>AICc from a log-likelihood, the number of estimated parameters k (variance included) and the number of observations n; null when n − k − 1 ≤ 0.</summary>
    /// <param name="logLikelihood">Log-likelihood, or null.</param>
    /// <param name="k">Number of estimated parameters including the variance.</param>
    /// <param name="n">Number of observations the likelihood is over.</param>
    /// <returns>The AICc, or null.</returns>
    protected static double? ComputeAicc(double? logLikelihood, int k, int n)
        => logLikelihood is { } ll && n - k - 1 > 0
            ? (-2 * ll) + (2 * k) + (2.0 * k * (k + 1) / (n - k - 1))
            : null;

    /// <summary>The forecast at a time already checked to be finite and after the last observation.</summary>
    /// <param name="time">Time in years.</param>
    /// <returns>The forecast distribution.</returns>
    protected abstract ForecastDistribution ForecastCore(double time);

    /// <summary>
    /// Throws unless <paramref name="time"/> is finite, after <paramref name="last"/> and at most <see cref="MaxYearsAhead"/>
    /// years after it.
    /// </summary>
    internal static void CheckTime(double time, double last, string name)
    {
        if (!double.IsFinite(time) || time <= last || time - last > MaxYearsAhead)
        {
            throw new ArgumentOutOfRangeException(
                name,
                time,
                string.Create(CultureInfo.InvariantCulture, $"A forecast time must be finite, after the last observation at {last:R} years and at most {MaxYearsAhead:N0} years after it; received {time:R}. Check that the time is in years."));
        }
    }

    /// <summary>
    /// Throws when a time that passed <see cref="CheckTime(double, double, string)"/> is still beyond what this model
    /// forecasts (a model on a regular grid: more than 1,000,000 steps ahead; the log-linear trend: a 95% interval beyond
    /// double's range); nothing for other models. Called by both
    /// <c>Forecast</c> overloads before any forecast is made, so the error names the argument the caller passed.
    /// </summary>
    /// <param name="time">A finite time after the last observation, at most <see cref="MaxYearsAhead"/> years after it.</param>
    /// <param name="name">The caller's argument that holds the time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is beyond the model's horizon; the exception names <paramref name="name"/>.</exception>
    private protected virtual void CheckHorizon(double time, string name)
    {
    }

    /// <summary>Throws unless <paramref name="time"/> is finite, after the last observation, at most <see cref="MaxYearsAhead"/> years after it and within the model's horizon.</summary>
    /// <param name="time">The time to check.</param>
    /// <param name="name">The caller's argument that holds the time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is outside these limits; the exception names <paramref name="name"/>.</exception>
    private void CheckTime(double time, string name)
    {
        CheckTime(time, Series.LastTime, name);
        CheckHorizon(time, name);
    }
}
