using System.Collections.Immutable;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The short or irregular series branch of <see cref="AutoModel"/>: a random walk with drift in continuous
/// time (years). One point gives a flat forecast; two or more continue the average slope from the first to
/// the last point.
/// </summary>
/// <remarks>
/// Increments over a gap Δ are modelled as slope·Δ + σ·W(Δ) (Brownian motion with drift), the continuous-time
/// form of R's <c>rwf(y, drift = TRUE)</c> (FPP3 §5.2, §5.5): the forecast d years after the last point has
/// variance σ² d (1 + d / T), T the span of the data, the second term being the uncertainty of the slope.
/// σ² is estimated from the increments (n − 2 degrees of freedom) when there are at least 4 points and is
/// otherwise the <see cref="ShortSeriesPolicy"/> reference; the estimate is never allowed below the reference
/// when fewer than 4 increments support it.
/// </remarks>
internal sealed class DriftFit : FittedModel
{
    private readonly double slope;
    private readonly double span;
    private readonly double sigma;
    private readonly double last;

    private DriftFit(ForecastModel model, TimedSeries series, double slope, double sigma2, int df, bool reference, ImmutableArray<double> fitted, ImmutableArray<double> residuals)
        : base(model, series, [new ModelParameter("drift", slope, null)], sigma2, df, fitted, residuals, null, null, reference)
    {
        this.slope = slope;
        span = series.Count > 1 ? series.LastTime - series.Times[0] : 0;
        sigma = Math.Sqrt(sigma2);
        last = series.Values[^1];
    }

    public static DriftFit Create(ForecastModel model, TimedSeries series, ShortSeriesPolicy policy)
    {
        var n = series.Count;
        var t = series.Times;
        var y = series.Values;
        var reference = policy.ValueScaleSigma(y);
        if (n == 1)
        {
            return new DriftFit(model, series, 0, reference * reference, 0, true, [], []);
        }

        var span = t[^1] - t[0];
        var slope = (y[^1] - y[0]) / span;
        var fitted = new double[n - 1];
        var residuals = new double[n - 1];
        double s2 = 0;
        for (var i = 1; i < n; i++)
        {
            var dt = t[i] - t[i - 1];
            fitted[i - 1] = y[i - 1] + (slope * dt);
            residuals[i - 1] = y[i] - fitted[i - 1];
            s2 += residuals[i - 1] * residuals[i - 1] / dt;
        }

        var df = n - 2;
        var estimated = df > 0 ? s2 / df : 0;
        var useReference = n < 4 ? !(estimated > reference * reference) : !(estimated > 0);
        var sigma2 = n < 4 ? Math.Max(estimated, reference * reference) : estimated > 0 ? estimated : reference * reference;
        return new DriftFit(model, series, slope, sigma2, df, useReference, [.. fitted], [.. residuals]);
    }

    protected override ForecastDistribution ForecastCore(double time)
    {
        var d = time - Series.LastTime;
        var variance = sigma * sigma * d * (1 + (span > 0 ? d / span : 0));
        return new NormalForecast(time, last + (slope * d), Math.Sqrt(variance));
    }
}
