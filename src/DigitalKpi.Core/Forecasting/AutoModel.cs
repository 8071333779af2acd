using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The library's default forecasting method: works from a single point up and, on longer regular series,
/// combines the Theta method with exponential smoothing models, weighted by how well each forecast the series'
/// own last points, which forecasts the M3 data better than any of them alone.
/// </summary>
/// <remarks>
/// <para>By series length n (and spacing):</para>
/// <list type="bullet">
/// <item>n = 1–3, an irregular series, or a non-seasonal one (m = 1, such as annual data) shorter than the
/// combination's 22 points: <see cref="DriftModel"/> with this model's policy — with 1 point a flat forecast with the
/// <see cref="ShortSeriesPolicy"/> reference spread (10% of the level per √year by default), growing with the square
/// root of the time ahead; with 2 or more the average slope from first to last point, with intervals that include
/// the slope's uncertainty (R's <c>rwf(drift = TRUE)</c>, FPP3 §5.2), and, from 3 points, Student-t with n − 2
/// degrees of freedom around rwf's spread instead of rwf's normal: with the variance estimated from n − 1 changes,
/// that is the exact predictive distribution of a random walk with drift (on the M3 "other" series cut to their last
/// 8 points rwf's normal intervals hold 74% and 90% of outcomes, these 79% and 94%). Its parameter is "drift".</item>
/// <item>A regular series of 4 or more points on an exact straight line (a constant included: the random walk with
/// drift through it leaves no error, below 1e-9 of the reference spread): <see cref="DriftModel"/>'s line, continued
/// exactly, with the <see cref="ShortSeriesPolicy"/> reference spread. The branches below would not continue it: Theta
/// keeps half the slope, and the combination needs errors to weigh its components.</item>
/// <item>From 4 points up to the combination's length, regular with a seasonal period (m &gt; 1): the point forecasts
/// of the Theta method exactly as R's <c>thetaf</c> (<see cref="ThetaModel"/>). Its spread is <c>thetaf</c>'s plus the
/// variance of the estimated starting level and drift, which <c>thetaf</c> treats as known (that of SES with drift at
/// the same alpha, the drift's share halved: Theta's drift is half a slope), calibrated as the combination's below,
/// at the origins n − H, n − 2H, n − 3H that leave at least 10 points (none below 18 quarterly or 34 monthly points:
/// then the predictive is Student-t with the prior's 4 degrees of freedom). <c>thetaf</c>'s own normal intervals
/// cover about 74% and 88% of outcomes on M3 quarterly series cut to 16–33 points; with the 4 degrees of freedom
/// alone, 72% and 90% on quarterly series cut to their last 6 points, with the estimation variance 78% and 92%.</item>
/// <item>n ≥ 10 + 3·max(2m, 4) (22 annual, 34 quarterly, 82 monthly), regular — enough for the weights below to rest
/// on all three forecast origins: a weighted mean of forecasts of the same seasonally
/// adjusted data (classical multiplicative decomposition when the 90% seasonal-lag autocorrelation test says so),
/// reseasonalised: the Theta method, damped-trend ETS(A,Ad,N), simple exponential smoothing with a drift estimated
/// by maximum likelihood (ETS(A,A,N) with beta = 0; Hyndman &amp; Billah 2003 show Theta is SES with a drift fixed at
/// half the slope) and, when the data have no seasonal period, Holt's linear trend ETS(A,A,N) and the random walk
/// with drift (ETS(A,A,N) with alpha = 1, beta = 0).
/// Combinations of exponential smoothing and Theta are the strong benchmarks of the M3 and M4 competitions
/// (Makridakis &amp; Hibon 2000; Makridakis, Spiliotis &amp; Assimakopoulos 2020, "comb" and SHD; FPP3 §13.4).
/// The weights come from genuine out-of-sample errors at a rolling origin (FPP3 §5.10): the components are
/// refitted, parameters and initial states, on the first n − H, n − 2H and n − 3H points (H = max(2m, 4), at least
/// 10 points at the earliest) and forecast the next H points from each;
/// each weight is the component's inverse mean squared error over these E = 3H errors, normalised and shrunk toward
/// equal weights by E / (E + 1) (inverse-MSE weights, Bates &amp; Granger 1969; shrinkage toward equal weights
/// because estimated weights are noisy, Smith &amp; Wallis 2009).
/// Each exponential smoothing component's variance adds, to the model's own σ² v_h, the variance of its forecast
/// due to the least-squares initial states, σ² g_hᵀ(CᵀC)⁻¹g_h (the regression prediction formula: given the
/// smoothing parameters the one-step errors are affine in the initial states), which carries the uncertainty of a
/// drift fixed from the start; for the random walk with drift it is R's σ² h²/(n − 1).
/// The spread starts from the weighted mean of the components' variances plus the weighted variance of their
/// means (law of total variance over the models, an allowance for model uncertainty); the root mean square of
/// the combination's standardised errors at the same E points rescales it. Errors from one origin share
/// innovations, so they count as fewer independent ones (H² / Σ ρ², about 1.6 of the 4 errors of a random walk),
/// and that count, pooled with a prior scale of 1 worth 4 errors, is also the Student-t degrees of freedom of the
/// predictive distribution (an estimated scale, as in the t prediction interval of a regression). Heavier tails of
/// the in-sample one-step residuals (the Student-t whose ratio E|T| / sqrt(E T²) matches theirs, ν ≥ 3) lower the
/// degrees of freedom further, keeping the calibrated standard deviation.
/// Falls back to the calibrated Theta when a component fits perfectly.</item>
/// </list>
/// <para>Why these lengths: on the M3 development series cut to 4–41 points, the random walk with drift forecast
/// short non-seasonal series better than Theta or the combination, with intervals nearer their level, and Theta
/// forecast short seasonal series better than the combination, whose weights need the evidence of all three origins.
/// Measured against R's forecast methods, on the full and the cut series, in benchmarks/DigitalKpi.Accuracy/README.md.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class AutoModel : ForecastModel
{
    /// <summary>Smallest length for which the Theta branch is used.</summary>
    private const int ThetaFrom = 4;

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
        var m = series.SeasonalPeriod;
        var drift = n < ThetaFrom || !series.IsRegular || (m == 1 && n < CombinationFit.MinimumLength(m));
        if (drift || RandomWalkFit.IsExactLine(series, ShortSeriesPolicy))
        {
            return RandomWalkFit.Create(this, series, withDrift: true, ShortSeriesPolicy, studentT: true);
        }

        return CombinationFit.Create(this, series)
            ?? (FittedModel)ThetaFitted.Calibrated(this, series, ShortSeriesPolicy);
    }
}
