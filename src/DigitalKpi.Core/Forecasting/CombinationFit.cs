using System.Collections.Immutable;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The main branch of <see cref="AutoModel"/>: the equal-weight mean of the Theta method and the damped
/// trend ETS(A,Ad,N) fitted to the same seasonally adjusted data, reseasonalised.
/// </summary>
internal sealed class CombinationFit : GridFittedModel
{
    private readonly ThetaFit theta;
    private readonly EtsFit damped;
    private readonly double[] multipliers;
    private readonly double dampedSigma2;

    private CombinationFit(ForecastModel model, TimedSeries series, ThetaFit theta, EtsFit damped, double[] fitted, double[] residuals, double sigma2, int df)
        : base(
            model,
            series,
            [
                new ModelParameter("theta.alpha", theta.Ses.Parameters.Alpha, null),
                new ModelParameter("theta.drift", theta.Drift, null),
                new ModelParameter("damped.alpha", damped.Parameters.Alpha, null),
                new ModelParameter("damped.beta", damped.Parameters.Beta, null),
                new ModelParameter("damped.phi", damped.Parameters.Phi, null),
            ],
            sigma2,
            df,
            [.. fitted],
            [.. residuals],
            null,
            null,
            false)
    {
        this.theta = theta;
        this.damped = damped;
        multipliers = new double[64];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, multipliers);
        dampedSigma2 = damped.Sse / Math.Max(damped.N - damped.EstimatedCount, 1);
    }

    /// <summary>Fits both components; null when a perfect fit leaves no variance to calibrate on.</summary>
    public static CombinationFit? Create(ForecastModel model, TimedSeries series)
    {
        var y = series.Values;
        var n = y.Length;
        var m = series.SeasonalPeriod;
        var theta = ThetaEngine.Fit(y, m, EtsFixed.None);
        var adjusted = new double[n];
        for (var t = 0; t < n; t++)
        {
            adjusted[t] = theta.Indices is null ? y[t] : y[t] / theta.Indices[t % m];
        }

        var damped = EtsEngine.Fit(adjusted, new EtsShape(EtsTrend.Damped, false), 1, EtsFixed.None);
        var fitted = new double[n];
        var residuals = new double[n];
        double sse = 0;
        for (var t = 0; t < n; t++)
        {
            var index = theta.Indices is null ? 1 : theta.Indices[t % m];
            var dampedFitted = (adjusted[t] - damped.Residuals[t]) * index;
            fitted[t] = 0.5 * (theta.Fitted(y, t) + dampedFitted);
            residuals[t] = y[t] - fitted[t];
            sse += residuals[t] * residuals[t];
        }

        if (!(theta.Sigma2 > 0) || !(damped.Sse > 0))
        {
            return null;
        }

        var df = Math.Max(n - damped.EstimatedCount, 1);
        return new CombinationFit(model, series, theta, damped, fitted, residuals, sse / df, df);
    }

    internal override double MeanAt(int h) => 0.5 * (theta.Mean(h) + (damped.Mean(h) * theta.Index(h)));

    internal override double SdAt(int h)
    {
        var index = theta.Index(h);
        var sdTheta = theta.StandardError(h) * index;
        var sdDamped = Math.Sqrt(dampedSigma2 * Multiplier(h)) * index;
        var spread = theta.Mean(h) - (damped.Mean(h) * index);
        return Math.Sqrt((0.5 * ((sdTheta * sdTheta) + (sdDamped * sdDamped))) + (0.25 * spread * spread));
    }

    private double Multiplier(int h)
    {
        if (h <= multipliers.Length)
        {
            return multipliers[h - 1];
        }

        var v = new double[h];
        EtsEngine.VarianceMultipliers(damped.Parameters, 0, v);
        return v[h - 1];
    }
}
