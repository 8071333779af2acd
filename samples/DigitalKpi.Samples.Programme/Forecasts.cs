using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Samples.Programme;

/// <summary>The forecasting model the report uses for an indicator: saturating inside known bounds (a percent, a bounded index), a linear trend otherwise.</summary>
internal static class Forecasts
{
    public static Bounds? BoundsOf(Indicator indicator)
        => indicator.Bounds ?? (indicator.Unit == Unit.Percent ? Bounds.Percent : null);

    public static ForecastModel ModelFor(Indicator indicator)
        => BoundsOf(indicator) is { } bounds
            ? new SaturatingTrendModel(bounds.Lower, bounds.Upper)
            : new LinearTrendModel();

    /// <summary>The fitted model for a series, or null when the model cannot be fitted (no points, or values on a bound).</summary>
    public static FittedModel? TryFit(IndicatorSeries series)
    {
        if (series.Count == 0)
        {
            return null;
        }

        try
        {
            return ModelFor(series.Indicator).Fit(series.ToTimedSeries());
        }
        catch (Exception e) when (e is ForecastException or ArgumentException)
        {
            return null;
        }
    }
}
