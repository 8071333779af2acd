using System.Collections.Immutable;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A <see cref="ThetaModel"/> fitted to a series: R's <c>thetaf</c> intervals, or, as <see cref="AutoModel"/>'s
/// branch for short seasonal series, intervals calibrated at a rolling origin (<see cref="Calibrated"/>).
/// </summary>
internal sealed class ThetaFitted : GridFittedModel
{
    private readonly ThetaFit fit;
    private readonly double referenceSd;
    private readonly double scale;
    private readonly double scaleDf;
    private readonly double[]? estimation;

    /// <param name="model">The model fitted.</param>
    /// <param name="series">The series.</param>
    /// <param name="fit">The fitted method.</param>
    /// <param name="policy">Reference spread for a series too short to estimate one.</param>
    /// <param name="scale">Factor on <c>thetaf</c>'s standard errors (1 for <c>thetaf</c>).</param>
    /// <param name="scaleDf">Student-t degrees of freedom of the predictive distribution (+∞, normal, for <c>thetaf</c>).</param>
    /// <param name="estimation">The first horizons' <see cref="ThetaFit.EstimationVariances"/>, added to <c>thetaf</c>'s
    /// variance before the scale applies; null for <c>thetaf</c>'s own.</param>
    public ThetaFitted(
        ForecastModel model,
        TimedSeries series,
        ThetaFit fit,
        ShortSeriesPolicy policy,
        double scale = 1,
        double scaleDf = double.PositiveInfinity,
        double[]? estimation = null)
        : base(
            model,
            series,
            [
                new ModelParameter("alpha", fit.Ses.Parameters.Alpha, null),
                new ModelParameter("level0", fit.Ses.InitialLevel, null),
                new ModelParameter("drift", fit.Drift, null),
            ],
            fit.Sigma2,
            Math.Max(fit.N - fit.Ses.EstimatedCount, 0),
            PerPoint(series, fit, residuals: false),
            PerPoint(series, fit, residuals: true),
            null,
            null,
            IsPerfect(fit.Sigma2, series.Values))
    {
        this.fit = fit;
        this.scale = scale;
        this.scaleDf = scaleDf;
        this.estimation = estimation;
        referenceSd = policy.ValueScaleSigma(series.Values) * Math.Sqrt(StepOf(series));
    }

    internal ThetaFit Engine => fit;

    internal override double MeanAt(int h) => fit.Mean(h);

    internal override double SdAt(int h) => UsesReferenceVariance ? referenceSd * Math.Sqrt(h) : scale * StandardError(fit, estimation, h);

    internal override ForecastDistribution At(double time, double mean, double sd)
        => RollingOrigin.Predictive(time, mean, sd, double.PositiveInfinity, scaleDf);

    /// <summary>
    /// Theta with intervals calibrated on its own out-of-sample errors: refitted on the first n − H, n − 2H, n − 3H
    /// points (H = <see cref="RollingOrigin.HoldOut"/>; the origins that leave <see cref="RollingOrigin.EarliestOrigin"/>
    /// points, possibly none), it forecasts the next H from each; its standard errors are rescaled by
    /// <see cref="RollingOrigin.Scale"/> and the predictive is Student-t with the scale's degrees of freedom
    /// (<see cref="RollingOrigin.PriorWeight"/> when no origin fits: a spread estimated from a short series).
    /// The standard errors are <c>thetaf</c>'s with the variance of the estimated starting level and drift added
    /// (<see cref="ThetaFit.EstimationVariances"/>), which matters most where no origin fits: on M3 quarterly series
    /// cut to their last 6 points, <c>thetaf</c>'s spread as Student-t with 4 degrees of freedom held 72% and 90% of
    /// outcomes, with it 78% and 92%.
    /// The point forecasts are <c>thetaf</c>'s. SES with drift has error coefficients c_j = α. An origin whose refit
    /// is perfect is skipped; a fit that needs the reference spread is left as <c>thetaf</c>'s.
    /// </summary>
    public static ThetaFitted Calibrated(ForecastModel model, TimedSeries series, ShortSeriesPolicy policy)
    {
        var y = series.Values;
        var n = y.Length;
        var m = series.SeasonalPeriod;
        var fit = ThetaEngine.Fit(y, m, EtsFixed.None);
        if (IsPerfect(fit.Sigma2, y))
        {
            return new ThetaFitted(model, series, fit, policy);
        }

        var horizon = RollingOrigin.HoldOut(m);
        Span<double> c = stackalloc double[horizon];
        var estimation = new double[horizon];
        double sumZ2 = 0, independent = 0;
        var errors = 0;
        for (var j = 1; j <= RollingOrigin.Origins && n - (j * horizon) >= RollingOrigin.EarliestOrigin; j++)
        {
            var origin = n - (j * horizon);
            var past = ThetaEngine.Fit(y[..origin], m, EtsFixed.None);
            if (!(past.Sigma2 > 0))
            {
                continue;
            }

            past.EstimationVariances(estimation);
            for (var h = 1; h <= horizon; h++)
            {
                var z = (y[origin + h - 1] - past.Mean(h)) / StandardError(past, estimation, h);
                sumZ2 += z * z;
            }

            c[0] = 1;
            c[1..].Fill(past.Alpha);
            independent += RollingOrigin.IndependentErrors(c);
            errors += horizon;
        }

        var (scale, scaleDf) = RollingOrigin.Scale(sumZ2, errors, independent);
        var kept = new double[KeptSteps];
        fit.EstimationVariances(kept);
        return new ThetaFitted(model, series, fit, policy, scale, scaleDf, kept);
    }

    /// <summary>
    /// <c>thetaf</c>'s standard error h steps ahead, with σ² × <paramref name="estimation"/>[h − 1] added to its
    /// variance when given (computed for horizons past its end).
    /// </summary>
    private static double StandardError(ThetaFit fit, double[]? estimation, int h)
    {
        if (estimation is null)
        {
            return fit.StandardError(h);
        }

        double added;
        if (h <= estimation.Length)
        {
            added = estimation[h - 1];
        }
        else
        {
            var longer = new double[h];
            fit.EstimationVariances(longer);
            added = longer[h - 1];
        }

        var se = fit.StandardError(h);
        return Math.Sqrt((se * se) + (fit.Sigma2 * added));
    }

    /// <summary>The in-sample one-step fitted values, or the residuals, at every observation.</summary>
    private static ImmutableArray<double> PerPoint(TimedSeries series, ThetaFit fit, bool residuals)
    {
        var y = series.Values;
        var r = new double[y.Length];
        for (var t = 0; t < r.Length; t++)
        {
            r[t] = residuals ? fit.Residual(y, t) : fit.Fitted(y, t);
        }

        return [.. r];
    }
}
