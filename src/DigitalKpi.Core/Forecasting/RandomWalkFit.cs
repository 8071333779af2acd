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
    /// Fits a random walk (with drift when <paramref name="withDrift"/>) to a series of at least one point. With
    /// <paramref name="studentT"/>, forecasts are Student-t with the estimated variance's degrees of freedom (n − 2 with
    /// drift, n − 1 without): the changes are independent normals, so (forecast − outcome) over its estimated standard
    /// error is exactly Student-t; otherwise normal, as R's <c>rwf</c>. A reference variance stays normal.
    /// </summary>
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
        double q = 0, logStepSum = 0;
        for (var i = 1; i < n; i++)
        {
            var dt = t[i] - t[i - 1];
            fitted[i - 1] = y[i - 1] + (b * dt);
            var r = y[i] - fitted[i - 1];
            residuals[i - 1] = r;
            q += r * r / dt;
            logStepSum += Math.Log(dt);
        }

        var df = withDrift ? m - 1 : m;
        var estimated = df > 0 ? q / df : 0;
        var useReference = df == 0 || Math.Sqrt(estimated) <= PerfectFitFraction * referenceSigma;
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

    /// <inheritdoc/>
    protected override ForecastDistribution ForecastCore(double time)
    {
        var h = time - lastTime;
        var variance = (variancePerYear * h) + (h * h * driftVariance);
        var scaleDf = studentT ? DegreesOfFreedom : double.PositiveInfinity;
        return RollingOrigin.Predictive(time, lastValue + (drift * h), Math.Sqrt(variance), double.PositiveInfinity, scaleDf);
    }
}
