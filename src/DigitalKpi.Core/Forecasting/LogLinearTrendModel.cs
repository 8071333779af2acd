using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Constant growth: a straight line fitted to the natural logarithm of a positive indicator,
/// ln y = a + b·t + ε, so the indicator grows by the factor e^b every year and stays positive.
/// </summary>
/// <remarks>
/// <para>The line is fitted and forecast exactly as <see cref="LinearTrendModel"/> on z = ln y (R:
/// <c>predict(lm(log(y) ~ t), newdata, interval = "prediction")</c>); the forecast is a
/// <see cref="TransformedForecast"/> with <see cref="ScaleTransform.Log"/>: quantiles, intervals and the
/// median are the exponentials of those on the log scale; the mean is the bias-adjusted back-transform
/// (see <see cref="TransformedForecast"/>). The annual growth rate is e^slope − 1.</para>
/// <para>Range: a forecast is refused (<see cref="ArgumentOutOfRangeException"/> on the time) when its central 95%
/// interval on the log scale leaves [−708.40, 709.78], where the exponential stops being a normal double: about 1,000
/// years ahead for a series that doubles every year. Quantiles further out than 95% at a time that is accepted can
/// still reach the largest double or 0 and are clamped there, as <see cref="ScaleTransform.Inverse"/> documents.</para>
/// <para>Fitted model: parameters <c>intercept</c> (ln y at time 0) and <c>slope</c> (change of ln y per year);
/// <see cref="FittedModel.Sigma2"/> and <see cref="FittedModel.Residuals"/> on the log scale; fitted values
/// e^(a + b·t) in indicator units; log-likelihood of y (the log-scale likelihood minus Σ ln y_i), AICc with k = 3.</para>
/// <para>Short series: 1 point — flat forecast at that value; on the log scale normal with standard deviation
/// r·√(t − t_n) (r the <see cref="ShortSeriesPolicy"/> rate, read as a log-scale standard deviation per year);
/// 2 points — the constant growth through both, with the reference s = r on the log scale and the leverage formula;
/// 3 points — Student-t with 1 degree of freedom on the log scale.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §7.7 (log-linear
/// trend, nonlinear regression) and §5.6 (back-transformed forecasts). Immutable and thread-safe.</para>
/// </remarks>
public sealed class LogLinearTrendModel : ForecastModel
{
    /// <summary>Creates the log-linear trend model.</summary>
    /// <param name="policy">Reference uncertainty for series too short to estimate it; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    public LogLinearTrendModel(ShortSeriesPolicy? policy = null)
    {
        Policy = policy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>Reference uncertainty used with 1 or 2 points or an exact exponential.</summary>
    public ShortSeriesPolicy Policy { get; }

    /// <summary><c>log-linear</c>.</summary>
    public override string Name => "log-linear";

    /// <summary>1: a single positive observation gives a flat forecast with the reference uncertainty.</summary>
    public override int MinimumPoints => 1;

    /// <inheritdoc/>
    /// <exception cref="ForecastException">A value is 0 or negative.</exception>
    protected override FittedModel FitCore(TimedSeries series)
    {
        var values = series.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] > 0))
            {
                throw new ForecastException(
                    string.Create(CultureInfo.InvariantCulture, $"The log-linear model needs every value to be greater than 0; value {i} is {values[i]:R}. Use the linear trend model for indicators that can be 0 or negative."),
                    nameof(series));
            }
        }

        return TrendFit.Create(this, series, ScaleTransform.Log, 0, Policy);
    }
}
