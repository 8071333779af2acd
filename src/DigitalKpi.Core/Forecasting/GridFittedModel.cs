using System.Collections.Immutable;
using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A fitted model defined on the series' regular grid: it knows the mean and standard deviation h whole
/// steps past the last observation and answers other times by linear interpolation between grid steps
/// (from the last observation, with no spread, before the first step).
/// </summary>
internal abstract class GridFittedModel : FittedModel
{
    /// <summary>The furthest horizon, in steps of the grid, that a model on a grid forecasts, as <see cref="FittedModel.Forecast(double)"/> documents.</summary>
    private const int MaxSteps = 1_000_000;

    /// <summary>Steps ahead whose per-step variance tables a fit keeps; longer horizons are computed when asked for.</summary>
    protected const int KeptSteps = 64;

    private readonly double lastValue;
    private readonly double step;

    protected GridFittedModel(
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
        : base(model, series, parameters, sigma2, degreesOfFreedom, fittedValues, residuals, logLikelihood, aicc, usesReferenceVariance)
    {
        lastValue = series.Values[^1];
        step = StepOf(series);
    }

    /// <summary>
    /// The grid's step in years: the series' spacing, or for a single observation 1 / <see cref="TimedSeries.SeasonalPeriod"/>
    /// (a year for non-seasonal data, a quarter for quarterly data), the spacing its seasonal period implies.
    /// </summary>
    internal static double StepOf(TimedSeries series) => series.Count > 1 ? series.Step : 1.0 / series.SeasonalPeriod;

    /// <summary>Point forecast h ≥ 1 whole steps ahead.</summary>
    internal abstract double MeanAt(int h);

    /// <summary>Standard deviation h ≥ 1 whole steps ahead; greater than 0.</summary>
    internal abstract double SdAt(int h);

    /// <summary>The distribution h ≥ 1 whole steps ahead (normal unless a model overrides it).</summary>
    internal virtual ForecastDistribution At(double time, double mean, double sd) => new NormalForecast(time, mean, sd);

    /// <summary>Throws when <paramref name="time"/> is more than 1,000,000 steps of the grid past the last observation.</summary>
    /// <param name="time">A finite time after the last observation, at most <see cref="FittedModel.MaxYearsAhead"/> years after it.</param>
    /// <param name="name">The caller's argument that holds the time: <c>time</c> or <c>times</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is beyond 1,000,000 steps; the exception names <paramref name="name"/>.</exception>
    private protected override void CheckHorizon(double time, string name)
    {
        var h = (time - Series.LastTime) / step;
        if (h > MaxSteps)
        {
            // Beyond this the per-step variance tables and int step counts would not hold the horizon.
            throw new ArgumentOutOfRangeException(
                name,
                time,
                string.Create(CultureInfo.InvariantCulture, $"The {Model.Name} model forecasts at most {MaxSteps} steps of {step:R} years past the last observation at {Series.LastTime:R}; received {time:R}, {h:R} steps ahead. Check that the time is in years."));
        }
    }

    /// <inheritdoc/>
    protected override ForecastDistribution ForecastCore(double time)
    {
        var h = (time - Series.LastTime) / step;
        var nearest = Math.Round(h);
        if (nearest >= 1 && Math.Abs(h - nearest) <= 1e-6 * nearest)
        {
            var k = (int)Math.Min(nearest, int.MaxValue - 1);
            return At(time, MeanAt(k), SdAt(k));
        }

        var lo = (int)Math.Floor(h);
        var w = h - lo;
        var meanLo = lo == 0 ? lastValue : MeanAt(lo);
        var varLo = lo == 0 ? 0 : SdAt(lo) * SdAt(lo);
        var sdHi = SdAt(lo + 1);
        var mean = meanLo + (w * (MeanAt(lo + 1) - meanLo));
        var sd = Math.Sqrt(varLo + (w * ((sdHi * sdHi) - varLo)));
        return At(time, mean, sd);
    }

    /// <summary>
    /// True when a residual variance is zero for practical purposes: its standard deviation is below 1e-9 of the
    /// series' mean absolute value (rounding leaves a few ulps where an exact fit should give 0).
    /// </summary>
    internal static bool IsPerfect(double sigma2, ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += Math.Abs(v);
        }

        var level = values.Length == 0 ? 0 : sum / values.Length;
        return !(sigma2 > 1e-18 * level * level) || !(sigma2 > 0);
    }

    /// <summary>Throws when the series is not on a regular grid.</summary>
    internal static void RequireRegular(TimedSeries series, string model)
    {
        if (!series.IsRegular)
        {
            throw new ForecastException(
                $"The {model} model needs equally spaced observations (TimedSeries.IsRegular); this series has irregular spacing. Use a model for irregular data such as a linear trend.",
                nameof(series));
        }
    }
}
