using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Samples.Programme;

/// <summary>The forecast the charts draw: the probabilistic policy's default model (saturating inside bounds, a linear trend otherwise).</summary>
internal static class Forecasts
{
    /// <summary>The fitted model for a series, or null when the model cannot be fitted (no points, or values on a bound).</summary>
    public static FittedModel? TryFit(IndicatorSeries series)
    {
        if (series.Count == 0)
        {
            return null;
        }

        try
        {
            var timed = series.ToTimedSeries();
            return ProbabilisticPolicy.DefaultModel(series.Indicator, timed).Fit(timed);
        }
        catch (Exception e) when (e is ForecastException or ArgumentException)
        {
            return null;
        }
    }
}
