using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A trend that saturates at known bounds (a share that cannot pass 100%, an index in [0, 1]):
/// a straight line fitted to the logit of the position between the bounds, so every projection and
/// every interval stays strictly inside them.
/// </summary>
/// <remarks>
/// <para>Transform: z = ln((y − L)/(U − y)). Values at or beyond a bound are first pulled inside by
/// <see cref="BoundMargin"/> = 0.5% of U − L (so 100% becomes 99.5% on a 0–100 scale) because the logit of a
/// bound is infinite. The line is fitted and forecast on z exactly as <see cref="LinearTrendModel"/>; the
/// forecast is a <see cref="TransformedForecast"/> with <see cref="ScaleTransform.Logit"/>: quantiles and
/// intervals are back-transformed and lie inside (L, U); the mean is computed by quadrature. Far beyond the
/// data, where the logit of a quantile exceeds about 37 in absolute value, the distance to the bound is below
/// double precision and that end of an interval equals the bound.</para>
/// <para>Fitted model: parameters <c>intercept</c> (z at time 0) and <c>slope</c> (change of z per year);
/// <see cref="FittedModel.Sigma2"/> and <see cref="FittedModel.Residuals"/> on the logit scale; fitted values in
/// indicator units; log-likelihood of y through the Jacobian of the transform at the pulled-in values, AICc with k = 3.</para>
/// <para>Short series: 1 point — flat forecast at that value; on the logit scale normal with standard deviation
/// 4·r·√(t − t_n) (r the <see cref="ShortSeriesPolicy"/> rate; 4·r on the logit scale is r·(U − L) on the value scale
/// at mid-range, less near the bounds); 2 points — the logistic curve through both, with the reference s = 4·r and
/// the leverage formula; 3 points — Student-t with 1 degree of freedom on the logit scale.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §13.3 (forecasts
/// constrained to an interval, the scaled logit) and §7 (regression on time). Immutable and thread-safe.</para>
/// </remarks>
public sealed class SaturatingTrendModel : ForecastModel
{
    /// <summary>The fraction of U − L by which values at or beyond a bound are pulled inside.</summary>
    public const double BoundMarginFraction = 0.005;

    private string? text;

    /// <summary>Creates a saturating trend between two bounds.</summary>
    /// <param name="lower">Lowest value the indicator can take, in its unit (0 for a percentage); finite.</param>
    /// <param name="upper">Highest value the indicator can take, in its unit (100 for a percentage); finite, greater than <paramref name="lower"/>, and with upper − lower finite.</param>
    /// <param name="policy">Reference uncertainty for series too short to estimate it; null for <see cref="ShortSeriesPolicy.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or the width <paramref name="upper"/> − <paramref name="lower"/> is beyond the range of double (named <paramref name="upper"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is not greater than <paramref name="lower"/>.</exception>
    public SaturatingTrendModel(double lower, double upper, ShortSeriesPolicy? policy = null)
    {
        Transform = ScaleTransform.Logit(lower, upper);
        Policy = policy ?? ShortSeriesPolicy.Default;
    }

    /// <summary>Lowest value the indicator can take, in its unit.</summary>
    public double Lower => Transform.Lower;

    /// <summary>Highest value the indicator can take, in its unit.</summary>
    public double Upper => Transform.Upper;

    /// <summary>How far inside the bounds values at or beyond them are pulled before the logit: <see cref="BoundMarginFraction"/> × (U − L), in the indicator's unit.</summary>
    public double BoundMargin => BoundMarginFraction * (Upper - Lower);

    /// <summary>The scaled logit between <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public ScaleTransform Transform { get; }

    /// <summary>Reference uncertainty used with 1 or 2 points or an exact logistic curve.</summary>
    public ShortSeriesPolicy Policy { get; }

    /// <summary><c>saturating</c>.</summary>
    public override string Name => "saturating";

    /// <summary>1: a single observation gives a flat forecast with the reference uncertainty.</summary>
    public override int MinimumPoints => 1;

    /// <summary>The model and its bounds as invariant text, such as <c>saturating(0, 100)</c>.</summary>
    /// <returns>The name and bounds.</returns>
    /// <remarks>Written once per model and reused: an assessment records it for every target.</remarks>
    public override string ToString() => text ??= string.Create(CultureInfo.InvariantCulture, $"{Name}({Lower:R}, {Upper:R})");

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series) => TrendFit.Create(this, series, Transform, BoundMargin, Policy);
}
