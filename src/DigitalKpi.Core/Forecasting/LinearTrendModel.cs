using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A straight line in time fitted by ordinary least squares, y = a + b·t + ε, with exact Student-t
/// prediction intervals that widen with the distance from the mean time.
/// </summary>
/// <remarks>
/// <para>Estimates: b = Σ(t_i − t̄)(y_i − ȳ)/S_xx, a = ȳ − b·t̄, S_xx = Σ(t_i − t̄)², s² = Σ residual²/(n − 2).
/// Forecast at time t: Student-t with n − 2 degrees of freedom, location a + b·t and scale
/// s·√(1 + 1/n + (t − t̄)²/S_xx). This is R's <c>predict(lm(y ~ t), newdata, interval = "prediction")</c>.</para>
/// <para>Fitted model: parameters <c>intercept</c> (value at time 0, in indicator units) and <c>slope</c>
/// (indicator units per year), with the standard errors of <c>summary(lm)</c>; <see cref="FittedModel.Sigma2"/> = s²;
/// degrees of freedom n − 2; log-likelihood as R's <c>logLik(lm)</c>, AICc with k = 3.</para>
/// <para>Short series: 1 point — no slope can be estimated: a flat forecast at that value, normal with standard
/// deviation r·ȳ·√(t − t_n) (r the <see cref="ShortSeriesPolicy"/> rate per year, ȳ the mean absolute value);
/// 2 points — the line through both points; no degree of freedom is left for s, so the reference s = r·ȳ is used
/// with the same leverage formula and a normal distribution; 3 points — s from 1 degree of freedom, a Student-t
/// with 1 degree of freedom (Cauchy): very wide intervals, honestly so. A series on an exact line is treated like
/// 2 points (reference s). Irregular spacing needs no special treatment.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §7.1–§7.6
/// (linear trend, forecasting with regression, prediction intervals); R <c>stats::lm</c>, <c>predict.lm</c>.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class LinearTrendModel : ForecastModel
{
    /// <summary>Creates the linear trend model.</summary>
    /// <param name="policy">Reference uncertainty for series too short to estimate it; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    public LinearTrendModel(ShortSeriesPolicy? policy = null)
    {
        Policy = policy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>Reference uncertainty used with 1 or 2 points or an exact line.</summary>
    public ShortSeriesPolicy Policy { get; }

    /// <summary><c>linear</c>.</summary>
    public override string Name => "linear";

    /// <summary>1: a single observation gives a flat forecast with the reference uncertainty.</summary>
    public override int MinimumPoints => 1;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series) => TrendFit.Create(this, series, ScaleTransform.Identity, 0, Policy);
}
