namespace DigitalKpi.Core.Forecasting;

/// <summary>A forecast that is normally distributed: mean μ and standard deviation σ &gt; 0.</summary>
/// <remarks>
/// <para>Used where the forecast variance is known or estimated from many points (random walks as in R's
/// <c>forecast::rwf</c>, exponential smoothing). Quantiles and CDF use MathNet's <c>Normal.InvCDF</c> and
/// <c>Normal.CDF</c>. Immutable and thread-safe.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.5.</para>
/// </remarks>
public sealed class NormalForecast : ForecastDistribution
{
    /// <summary>Creates a normal forecast.</summary>
    /// <param name="time">Time of the forecast in years; finite.</param>
    /// <param name="mean">Mean in the indicator's unit; finite.</param>
    /// <param name="standardDeviation">Standard deviation in the indicator's unit; finite and greater than 0 (a future value is never certain).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> or <paramref name="mean"/> is not finite, or <paramref name="standardDeviation"/> is not finite and positive.</exception>
    public NormalForecast(double time, double mean, double standardDeviation)
        : base(time)
    {
        Mean = Utility.Guard.Finite(mean);
        Sigma = Utility.Guard.Positive(standardDeviation);
    }

    /// <summary>Mean μ, in the indicator's unit; also the median.</summary>
    public override double Mean { get; }

    /// <summary>Equal to <see cref="Mean"/>.</summary>
    public override double Median => Mean;

    /// <summary>Standard deviation σ in the indicator's unit; never null for this distribution.</summary>
    public override double? StandardDeviation => Sigma;

    /// <summary>Standard deviation σ in the indicator's unit, greater than 0.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    private protected override double QuantileCore(double p) => MathNet.Numerics.Distributions.Normal.InvCDF(Mean, Sigma, p);

    /// <inheritdoc/>
    /// <remarks>The reflection μ − (lower quantile of N(0, σ²) at q). MathNet computes the quantile as μ − σ√2 erfc⁻¹(2p) and
    /// its erfc⁻¹ is odd about 1 to the bit, so where 1 − q is exact this equals <see cref="QuantileCore"/> at 1 − q.</remarks>
    private protected override double UpperQuantileCore(double q) => Mean - MathNet.Numerics.Distributions.Normal.InvCDF(0, Sigma, q);

    /// <inheritdoc/>
    private protected override double CdfCore(double x) => MathNet.Numerics.Distributions.Normal.CDF(Mean, Sigma, x);
}
