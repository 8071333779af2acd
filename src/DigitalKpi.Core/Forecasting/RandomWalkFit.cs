using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A random walk, with or without drift, fitted in continuous time: the change over Δt years is
/// normal with mean b·Δt and variance σ²·Δt, so irregular spacing is handled exactly and a regular
/// series gives R's <c>forecast::rwf</c> results. R's intervals are normal around the estimates; with
/// <c>studentT</c> (<see cref="AutoModel"/>'s branch for short series) the predictive is the exact one under the model,
/// Student-t with the variance estimate's degrees of freedom.
/// </summary>
internal sealed class RandomWalkFit : FittedModel
{
    /// <summary>Below this fraction of the reference standard deviation an estimated one counts as a perfect fit.</summary>
    private const double PerfectFitFraction = 1e-9;

    /// <summary>Why an estimate per year overflows.</summary>
    private const string TooClose = "the times are too close together for these values";

    private readonly double lastValue;
    private readonly double lastTime;
    private readonly double drift;
    private readonly double variancePerYear;
    private readonly double driftVariance;
    private readonly bool studentT;

    private RandomWalkFit(
        ForecastModel model,
        TimedSeries series,
        ImmutableArray<ModelParameter> parameters,
        double sigma2,
        int degreesOfFreedom,
        ImmutableArray<double> fittedValues,
        ImmutableArray<double> residuals,
        double? logLikelihood,
        double? aicc,
        bool usesReferenceVariance,
        double drift,
        double variancePerYear,
        double driftVariance,
        bool studentT)
        : base(model, series, parameters, sigma2, degreesOfFreedom, fittedValues, residuals, logLikelihood, aicc, usesReferenceVariance)
    {
        lastValue = series.Values[^1];
        lastTime = series.LastTime;
        this.drift = drift;
        this.variancePerYear = variancePerYear;
        this.driftVariance = driftVariance;
        this.studentT = studentT && !usesReferenceVariance && degreesOfFreedom > 0;
    }

    /// <summary>
    /// True when the series, of at least 3 points, lies on a straight line (a constant included): the random walk with
    /// drift through it leaves no error, its variance per year below (1e-9 × the reference spread)², the test
    /// <see cref="Create"/> uses for a perfect fit. Allocates nothing.
    /// </summary>
    public static bool IsExactLine(TimedSeries series, ShortSeriesPolicy policy)
    {
        var t = series.Times;
        var y = series.Values;
        var n = y.Length;
        if (n < 3)
        {
            return false;
        }

        var q = Changes(t, y, (y[^1] - y[0]) / (t[^1] - t[0]), default, default);
        return IsNegligible(q / (n - 2), policy.ValueScaleSigma(y));
    }

    /// <summary>
    /// Fits a random walk (with drift when <paramref name="withDrift"/>) to a series of at least one point. With
    /// <paramref name="studentT"/>, forecasts are Student-t with the estimated variance's degrees of freedom (n − 2 with
    /// drift, n − 1 without): the changes are independent normals, so (forecast − outcome) over its estimated standard
    /// error is exactly Student-t; otherwise normal, as R's <c>rwf</c>. A reference variance stays normal.
    /// </summary>
    /// <exception cref="ForecastException">The drift, the variance per year or per step, or the forecast variance within
    /// <see cref="FittedModel.MaxYearsAhead"/> years overflows: the times are too close together (or too far apart) for the values; names <c>series</c>.</exception>
    public static RandomWalkFit Create(ForecastModel model, TimedSeries series, bool withDrift, ShortSeriesPolicy policy, bool studentT = false)
    {
        var t = series.Times;
        var y = series.Values;
        var n = y.Length;
        var referenceSigma = policy.ValueScaleSigma(y);
        if (n == 1)
        {
            // Nothing to estimate: a flat forecast whose variance grows with the horizon at the reference rate.
            return new RandomWalkFit(model, series, [], referenceSigma * referenceSigma, 0, [], [], null, null, true, 0, referenceSigma * referenceSigma, 0, false);
        }

        var m = n - 1;
        var span = t[^1] - t[0];
        var meanStep = span / m;
        var b = withDrift ? (y[^1] - y[0]) / span : 0;
        var fitted = new double[m];
        var residuals = new double[m];
        if (!double.IsFinite(b * MaxYearsAhead))
        {
            throw ForecastModel.Overflow(model.Name, "the drift per year times the 1,000,000 years it forecasts", TooClose, nameof(series));
        }

        var q = Changes(t, y, b, fitted, residuals);
        if (!double.IsFinite(q))
        {
            throw ForecastModel.Overflow(model.Name, "the variance of the changes per year", TooClose, nameof(series));
        }

        double logStepSum = 0;
        for (var i = 1; i < n; i++)
        {
            logStepSum += Math.Log(t[i] - t[i - 1]);
        }

        var df = withDrift ? m - 1 : m;
        var estimated = df > 0 ? q / df : 0;
        var useReference = df == 0 || IsNegligible(estimated, referenceSigma);
        var perYear = useReference ? referenceSigma * referenceSigma : estimated;

        double? logLikelihood = null;
        if (!useReference)
        {
            // Gaussian log-likelihood of the m changes with the maximum-likelihood variance q / m per year.
            var mle = q / m;
            logLikelihood = -0.5 * ((m * Math.Log(2 * Math.PI * mle)) + logStepSum + m);
        }

        var k = withDrift ? 2 : 1;
        var driftVariance = withDrift ? perYear / span : 0;
        if (!double.IsFinite((perYear * MaxYearsAhead) + (MaxYearsAhead * MaxYearsAhead * driftVariance)))
        {
            throw ForecastModel.Overflow(model.Name, "the forecast variance within the 1,000,000 years it forecasts", TooClose, nameof(series));
        }

        if (!double.IsFinite(perYear * meanStep))
        {
            throw ForecastModel.Overflow(model.Name, "the variance per step", "the times are too far apart for these values", nameof(series));
        }

        ImmutableArray<ModelParameter> parameters = withDrift
            ? [new ModelParameter("drift", b, useReference ? null : Math.Sqrt(driftVariance))]
            : [];
        return new RandomWalkFit(
            model,
            series,
            parameters,
            perYear * meanStep,
            df,
            ImmutableCollectionsMarshal.AsImmutableArray(fitted),
            ImmutableCollectionsMarshal.AsImmutableArray(residuals),
            logLikelihood,
            ComputeAicc(logLikelihood, k, m),
            useReference,
            b,
            perYear,
            driftVariance,
            studentT);
    }

    /// <summary>
    /// Σ r_i² / Δt_i over the changes, r_i = y_i − y_{i−1} − b Δt_i (their variance per year times the count); fills
    /// <paramref name="fitted"/> with y_{i−1} + b Δt_i and <paramref name="residuals"/> with r_i when they are not empty.
    /// </summary>
    private static double Changes(ReadOnlySpan<double> t, ReadOnlySpan<double> y, double b, Span<double> fitted, Span<double> residuals)
    {
        double q = 0;
        for (var i = 1; i < y.Length; i++)
        {
            var dt = t[i] - t[i - 1];
            var forecast = y[i - 1] + (b * dt);
            var r = y[i] - forecast;
            if (!fitted.IsEmpty)
            {
                fitted[i - 1] = forecast;
                residuals[i - 1] = r;
            }

            q += r * r / dt;
        }

        return q;
    }

    /// <summary>An estimated variance per year too small to tell from a perfect fit: its root at most 1e-9 of the reference spread.</summary>
    private static bool IsNegligible(double variancePerYear, double referenceSigma) => Math.Sqrt(variancePerYear) <= PerfectFitFraction * referenceSigma;

    /// <inheritdoc/>
    protected override ForecastDistribution ForecastCore(double time)
    {
        var h = time - lastTime;
        var variance = (variancePerYear * h) + (h * h * driftVariance);
        var scaleDf = studentT ? DegreesOfFreedom : double.PositiveInfinity;
        return RollingOrigin.Predictive(time, lastValue + (drift * h), Math.Sqrt(variance), double.PositiveInfinity, scaleDf);
    }
}
