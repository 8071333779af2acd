namespace DigitalKpi.Core.Forecasting;

/// <summary>The trend component of an exponential smoothing model (Hyndman &amp; Athanasopoulos, FPP3 §8.2).</summary>
public enum EtsTrend
{
    /// <summary>No trend: the forecast is flat at the last level (simple exponential smoothing, ETS(A,N,N)).</summary>
    None = 0,

    /// <summary>Additive trend: the forecast grows by the last slope every step (Holt's linear method, ETS(A,A,N)).</summary>
    Additive = 1,

    /// <summary>Damped additive trend: the slope shrinks by the factor phi every step, so forecasts level off (Gardner &amp; McKenzie 1985, ETS(A,Ad,N)).</summary>
    Damped = 2,
}
