using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The drift method (random walk with drift): the line from the first to the last observation,
/// extended from the last observation, with intervals that include the uncertainty of the drift.
/// </summary>
/// <remarks>
/// <para>Model: y(t + Δ) = y(t) + b·Δ + ε, ε ~ N(0, σ²·Δ/τ), τ the mean spacing. The drift is
/// b = (y_n − y_1)/(t_n − t_1) per year (the weighted least-squares estimate of a Brownian motion with drift);
/// its variance is σ²/(τ·T) with T = t_n − t_1. Forecast at t = t_n + Δ: N(y_n + b·Δ, σ²·(Δ/τ)·(1 + Δ/T)).
/// On a regular series with h = Δ/τ steps and T/τ = n − 1 this is σ_h = σ√(h(1 + h/(n − 1))) and equals
/// R's <c>forecast::rwf(y, h, drift = TRUE)</c>, with σ² the variance of the one-step changes (divisor n − 2).
/// On an irregular series each change is scaled by its spacing: σ²/τ = Σ (Δy_i − b·Δt_i)²/Δt_i / (n − 2).</para>
/// <para>Fitted model: one parameter <c>drift</c> in indicator units per year with its standard error;
/// <see cref="FittedModel.Sigma2"/> per mean step τ (per year with one point); fitted values y_{i−1} + b·Δt_i for observations 2..n;
/// degrees of freedom n − 2; log-likelihood of the n − 1 changes with k = 2; on a regular series log-likelihood and AICc equal R's <c>Arima(y, order = c(0, 1, 0), include.drift = TRUE)</c>.</para>
/// <para>Short series: 1 point — no drift can be estimated: flat forecast with standard deviation
/// r·ȳ·√(t − t_n) as <see cref="NaiveModel"/> (r the <see cref="ShortSeriesPolicy"/> rate, ȳ the mean absolute
/// value); 2 points — the drift is the slope between them, but no degree of freedom is left for σ², so the
/// reference σ = r·ȳ per √year is used in the same formula, including the drift term (the drift's standard
/// error is then reported as null); 3 points — σ² from the two changes with 1 degree of freedom.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.2 (drift
/// method) and §5.5 (Table 5.2: σ_h = σ√(h(1 + h/T))); R <c>forecast::rwf(drift = TRUE)</c>.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class DriftModel : ForecastModel
{
    /// <summary>Creates the drift model.</summary>
    /// <param name="policy">Reference uncertainty for series too short to estimate it; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    public DriftModel(ShortSeriesPolicy? policy = null)
    {
        Policy = policy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>Reference uncertainty used with 1 or 2 points or changes that are exactly constant.</summary>
    public ShortSeriesPolicy Policy { get; }

    /// <summary><c>drift</c>.</summary>
    public override string Name => "drift";

    /// <summary>1: a single observation gives a flat forecast with the reference uncertainty.</summary>
    public override int MinimumPoints => 1;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series) => RandomWalkFit.Create(this, series, withDrift: true, Policy);
}
