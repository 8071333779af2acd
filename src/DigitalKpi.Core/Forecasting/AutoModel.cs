using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The library's default forecasting method: works from a single point up and, on longer regular series,
/// combines the Theta method with two exponential smoothing models, which forecasts the M3 quarterly and
/// monthly data better than any of them alone.
/// </summary>
/// <remarks>
/// <para>By series length n (and spacing):</para>
/// <list type="bullet">
/// <item>n = 1–3, or an irregular series: <see cref="DriftModel"/> with this model's policy — with 1 point a flat
/// forecast with the <see cref="ShortSeriesPolicy"/> reference spread (10% of the level per √year by default),
/// growing with the square root of the time ahead; with 2 or more the average slope from first to last point,
/// with intervals that include the slope's uncertainty (R's <c>rwf(drift = TRUE)</c>, FPP3 §5.2). The fitted
/// model returned is then the <see cref="DriftModel"/>'s.</item>
/// <item>n = 4–9, regular: the Theta method exactly as R's <c>thetaf</c> (<see cref="ThetaModel"/>).</item>
/// <item>n ≥ 10, regular: the equal-weight mean of three forecasts of the same seasonally adjusted data
/// (classical multiplicative decomposition when the 90% seasonal-lag autocorrelation test says so),
/// reseasonalised: the Theta method, damped-trend ETS(A,Ad,N), and simple exponential smoothing with a drift
/// estimated by maximum likelihood (ETS(A,A,N) with beta = 0; Hyndman &amp; Billah 2003 show Theta is SES with
/// a drift fixed at half the slope). Equal-weight combinations of exponential smoothing and Theta are the
/// strong benchmarks of the M3 and M4 competitions (Makridakis &amp; Hibon 2000; Makridakis, Spiliotis &amp;
/// Assimakopoulos 2020, "comb" and SHD). Its spread starts from the mean of the three components' variances
/// plus the variance of their means (the law of total variance over the models, an allowance for model
/// uncertainty) and is calibrated on a genuine hold-out: the combination is refitted without the last
/// min(max(2m, 4), n − 10) points and forecasts them; the root mean square of those standardised errors
/// rescales the spread and their mean absolute value sets the tails (Student-t with the degrees of freedom
/// whose ratio E|T| / sqrt(E T²) matches; normal when the errors are not heavy-tailed), both pooled with a
/// normal prior worth 20 errors. Falls back to Theta when a component fits perfectly.</item>
/// </list>
/// <para>On the M3 development set it is more accurate than each of R's forecast methods on the quarterly and
/// monthly series (benchmarks/DigitalKpi.Accuracy/README.md). Immutable and thread-safe.</para>
/// </remarks>
public sealed class AutoModel : ForecastModel
{
    /// <summary>Smallest length for which the Theta branch is used.</summary>
    private const int ThetaFrom = 4;

    /// <summary>Smallest length for which the combination is used.</summary>
    private const int CombinationFrom = 10;

    /// <summary>Creates the method.</summary>
    /// <param name="shortSeriesPolicy">Reference spread for series too short to estimate one; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    public AutoModel(ShortSeriesPolicy? shortSeriesPolicy = null)
    {
        ShortSeriesPolicy = shortSeriesPolicy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>The method with the default short-series policy.</summary>
    public static AutoModel Default { get; } = new();

    /// <summary>Reference spread for series too short to estimate one.</summary>
    public ShortSeriesPolicy ShortSeriesPolicy { get; }

    /// <summary><c>auto</c>.</summary>
    public override string Name => "auto";

    /// <summary>1 observation.</summary>
    public override int MinimumPoints => 1;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series)
    {
        var n = series.Count;
        if (n < ThetaFrom || !series.IsRegular)
        {
            return new DriftModel(ShortSeriesPolicy).Fit(series);
        }

        if (n >= CombinationFrom && CombinationFit.Create(this, series) is { } combination)
        {
            return combination;
        }

        var fix = EtsFixed.None;
        return new ThetaFitted(this, series, ThetaEngine.Fit(series.Values, series.SeasonalPeriod, fix), ShortSeriesPolicy);
    }
}
