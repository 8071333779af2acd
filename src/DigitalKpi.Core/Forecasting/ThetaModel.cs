using DigitalKpi.Core.TimeSeries;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The Theta method (Assimakopoulos &amp; Nikolopoulos 2000), the best single method of the M3 competition,
/// computed exactly as R's <c>forecast::thetaf</c>: simple exponential smoothing with a drift of half the
/// least-squares slope, on data deseasonalised by classical multiplicative decomposition when the
/// seasonal-lag autocorrelation is significant.
/// </summary>
/// <remarks>
/// <para>Steps (Hyndman &amp; Billah 2003, "Unmasking the Theta method", IJF 19; R <c>thetaf</c>): (1) when the
/// seasonal period m &gt; 1, n &gt; 2m and |r_m| / sqrt((1 + 2 Σ_{k&lt;m} r_k²)/n) &gt; 1.645 (90% test on the
/// autocorrelation at lag m), divide by the seasonal indices of a classical multiplicative decomposition
/// (R's <c>decompose</c>; skipped when a value is not positive); (2) fit ETS(A,N,N) by maximum likelihood;
/// (3) forecast ℓ_n + b/2 (h − 1 + (1 − (1 − α)^n)/α), b the least-squares slope per step; (4) multiply by
/// the seasonal index. Intervals are R's: normal with standard deviation σ sqrt((h − 1)α² + 1), σ² the SES
/// variance on the adjusted scale.</para>
/// <para>Parameters reported: <c>alpha</c>, <c>level0</c>, <c>drift</c> (b/2 per step, adjusted scale). No
/// log-likelihood or AICc (the method is not a likelihood model of the original data). Requires a regular
/// series of at least 3 points; fewer are refused with a <see cref="ForecastException"/> (<see cref="AutoModel"/>
/// forecasts from one point). With 3 points SES estimates alpha and level0 from three one-step errors, leaving one
/// degree of freedom for σ², and the drift is half the slope of the least-squares line through them; a seasonal
/// series of 2m points or fewer is forecast without seasonal adjustment (step 1 needs n &gt; 2m). When SES fits
/// exactly (σ² = 0, e.g. a constant series) the spread is the <see cref="ShortSeriesPolicy"/>'s. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class ThetaModel : ForecastModel
{
    /// <summary>Creates the method, optionally with the SES parameters fixed (to reproduce another fit).</summary>
    /// <param name="alpha">Fixed SES smoothing parameter in [0, 1], or null to estimate.</param>
    /// <param name="initialLevel">Fixed initial SES level on the adjusted scale, or null to estimate.</param>
    /// <param name="shortSeriesPolicy">Spread used when the SES fit is perfect; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside [0, 1] or <paramref name="initialLevel"/> is not finite.</exception>
    public ThetaModel(double? alpha = null, double? initialLevel = null, ShortSeriesPolicy? shortSeriesPolicy = null)
    {
        Alpha = alpha is { } a ? Guard.InRange(a, 0, 1, nameof(alpha)) : null;
        InitialLevel = initialLevel is { } l ? Guard.Finite(l, nameof(initialLevel)) : null;
        ShortSeriesPolicy = shortSeriesPolicy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>The method with everything estimated (R: <c>thetaf(y)</c>).</summary>
    public static ThetaModel Default { get; } = new();

    /// <summary>Fixed SES alpha, or null when estimated.</summary>
    public double? Alpha { get; }

    /// <summary>Fixed initial SES level, or null when estimated.</summary>
    public double? InitialLevel { get; }

    /// <summary>Spread used when the SES fit is perfect.</summary>
    public ShortSeriesPolicy ShortSeriesPolicy { get; }

    /// <summary><c>theta</c>.</summary>
    public override string Name => "theta";

    /// <summary>3 observations.</summary>
    public override int MinimumPoints => 3;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series)
    {
        GridFittedModel.RequireRegular(series, Name);
        var fix = EtsFixed.None with { Alpha = Alpha ?? double.NaN, InitialLevel = InitialLevel ?? double.NaN };
        return new ThetaFitted(this, series, ThetaEngine.Fit(series.Values, series.SeasonalPeriod, fix), ShortSeriesPolicy);
    }
}
