using System.Collections.Immutable;
using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// An immutable model specification — which method, with which settings — that is fitted to a
/// series to give a <see cref="FittedModel"/>, which in turn forecasts distributions.
/// </summary>
/// <remarks>
/// <para>Workflow: <c>spec.Fit(series)</c> → <see cref="FittedModel"/> (parameters, σ², residuals,
/// AICc) → <see cref="FittedModel.Forecast(ReadOnlySpan{double})"/> → one <see cref="ForecastDistribution"/>
/// per time. <see cref="Forecast(TimedSeries, ReadOnlySpan{double})"/> is a shortcut for the same path.</para>
/// <para>A model needs at least <see cref="MinimumPoints"/> observations; <see cref="Fit"/> throws
/// <see cref="ForecastException"/> below that. Each model documents what it does with 1, 2 and 3 points.</para>
/// <para>Implementations are immutable and thread-safe: one spec may fit many series in parallel.
/// Source: the model / fit / forecast separation of R's fable package (O'Hara-Wild, Hyndman, Wang).</para>
/// </remarks>
public abstract class ForecastModel
{
    /// <summary>The largest magnitude of a value a model accepts (and the reciprocal the smallest non-zero one): squares and their sums stay finite and normal.</summary>
    private const double MaxMagnitude = 1e100;

    /// <summary>Initialises a model specification.</summary>
    protected ForecastModel()
    {
    }

    /// <summary>Short lower-case name of the method, such as <c>naive</c>, <c>drift</c> or <c>linear</c>, used in reports and evaluations.</summary>
    public abstract string Name { get; }

    /// <summary>The fewest observations the model can be fitted to (1 for models with a short-series policy).</summary>
    public abstract int MinimumPoints { get; }

    /// <summary>Fits the model to <paramref name="series"/>.</summary>
    /// <param name="series">The observations; at least <see cref="MinimumPoints"/> points, each 0 or of magnitude from 1e-100 to 1e100, and whatever else the model documents (a regular grid, positive values).</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ForecastException">The series has fewer than <see cref="MinimumPoints"/> points, a value outside the magnitudes above, times so close together (or far apart) for its values that an estimate (a slope, a variance) overflows, or does not meet the model's other requirements; the message says which.</exception>
    public FittedModel Fit(TimedSeries series)
    {
        Utility.Guard.NotNull(series);
        if (series.Count < MinimumPoints)
        {
            throw new ForecastException(
                $"The {Name} model needs at least {MinimumPoints} observation(s); the series has {series.Count}.",
                nameof(series));
        }

        CheckMagnitudes(Name, series.Values, nameof(series));
        return FitCore(series);
    }

    /// <summary>Fits the model to <paramref name="series"/> and forecasts at <paramref name="times"/>: the same as <c>Fit(series).Forecast(times)</c>.</summary>
    /// <param name="series">The observations; see <see cref="Fit"/>.</param>
    /// <param name="times">Times in years, each finite, later than the last observation and at most <see cref="FittedModel.MaxYearsAhead"/> years after it; any order.</param>
    /// <returns>One forecast per time, in the order of <paramref name="times"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ForecastException">The model cannot be fitted to the series.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is not finite, not later than the last observation, more than <see cref="FittedModel.MaxYearsAhead"/> years after it, or beyond 1,000,000 steps of a model on a regular grid.</exception>
    public ImmutableArray<ForecastDistribution> Forecast(TimedSeries series, ReadOnlySpan<double> times)
        => Fit(series).Forecast(times);

    /// <summary>The model's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Fits a series that is not null and has at least <see cref="MinimumPoints"/> points.</summary>
    /// <param name="series">The observations.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ForecastException">The series does not meet the model's other requirements.</exception>
    protected abstract FittedModel FitCore(TimedSeries series);

    /// <summary>
    /// The error for a fit whose estimates leave the range of double because the times are too close together (or too
    /// far apart) for the values: a slope of 1 over 1e-300 years, say.
    /// </summary>
    /// <param name="model">The model's name, for the message.</param>
    /// <param name="quantity">What overflows, such as "the variance of the changes per year".</param>
    /// <param name="cause">Why, such as "the times are too close together for these values".</param>
    /// <param name="parameter">The argument that holds the series.</param>
    /// <returns>The exception to throw.</returns>
    internal static ForecastException Overflow(string model, string quantity, string cause, string parameter)
        => new(
            $"The {model} model cannot be fitted: {quantity} overflows the range of double; {cause}. Check that the times are in years.",
            parameter);

    /// <summary>
    /// Refuses a value that is neither 0 nor of magnitude from 1e-100 to 1e100: squares and their sums must stay finite and
    /// normal for a variance to be computed.
    /// </summary>
    /// <param name="model">The model's name, for the message.</param>
    /// <param name="values">The observations.</param>
    /// <param name="parameter">The argument that holds them.</param>
    /// <exception cref="ForecastException">A value is outside these magnitudes.</exception>
    internal static void CheckMagnitudes(string model, ReadOnlySpan<double> values, string parameter)
    {
        foreach (var v in values)
        {
            if (Math.Abs(v) > MaxMagnitude || (v != 0 && Math.Abs(v) < 1 / MaxMagnitude))
            {
                throw new ForecastException(
                    string.Create(CultureInfo.InvariantCulture, $"The {model} model needs values of magnitude from 1e-100 to 1e100 (or 0), so that their variance can be computed; received {v:R}. Express the indicator in a larger or smaller unit."),
                    parameter);
            }
        }
    }
}
