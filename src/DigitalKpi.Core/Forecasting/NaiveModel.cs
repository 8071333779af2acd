using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The naïve method (random walk): every future value is forecast as the last observation, with an
/// uncertainty that grows with the square root of the horizon.
/// </summary>
/// <remarks>
/// <para>Model: y(t + Δ) = y(t) + ε with ε ~ N(0, σ²·Δ/τ), where τ is the mean spacing of the series and σ²
/// the variance of a one-step change. Forecast at time t &gt; t_n: N(y_n, σ²·(t − t_n)/τ). On a regular series
/// this is σ_h = σ√h for h steps ahead (FPP3 §5.5) and equals R's <c>forecast::naive(y, h)</c> /
/// <c>rwf(y, h)</c>, with σ² = mean of the squared one-step changes (R's <c>lagwalk</c>). On an irregular
/// series each change is scaled by its own spacing: σ²/τ = mean of (Δy_i)²/Δt_i, the maximum-likelihood
/// estimate of a Brownian motion observed at irregular times.</para>
/// <para>Fitted model: <see cref="FittedModel.Parameters"/> is empty; <see cref="FittedModel.Sigma2"/> is σ² per
/// mean step τ (per year with one point); fitted values y_{i−1} for observations 2..n; degrees of freedom n − 1;
/// log-likelihood of the n − 1 changes with k = 1; on a regular series log-likelihood and AICc equal R's <c>Arima(y, order = c(0, 1, 0))</c>.</para>
/// <para>Short series: 1 point — flat forecast at that value, standard deviation r·ȳ·√(t − t_n) with r the
/// <see cref="ShortSeriesPolicy"/> rate per year and ȳ the mean absolute value; 2 points — σ² from the single
/// change (the reference rate if the two values are equal); 3 points — σ² from two changes.
/// The forecast is never certain: every time after the last observation has a positive standard deviation.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.2 (naïve
/// method) and §5.5 (prediction intervals of benchmark methods); R <c>forecast::naive</c>.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class NaiveModel : ForecastModel
{
    /// <summary>Creates the naïve model.</summary>
    /// <param name="policy">Reference uncertainty for series too short to estimate it; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    public NaiveModel(ShortSeriesPolicy? policy = null)
    {
        Policy = policy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>Reference uncertainty used with 1 point or a constant series.</summary>
    public ShortSeriesPolicy Policy { get; }

    /// <summary><c>naive</c>.</summary>
    public override string Name => "naive";

    /// <summary>1: a single observation gives a flat forecast with the reference uncertainty.</summary>
    public override int MinimumPoints => 1;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series) => RandomWalkFit.Create(this, series, withDrift: false, Policy);
}
