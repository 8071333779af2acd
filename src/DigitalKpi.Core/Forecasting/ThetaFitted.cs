using System.Collections.Immutable;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>A <see cref="ThetaModel"/> fitted to a series.</summary>
internal sealed class ThetaFitted : GridFittedModel
{
    private readonly ThetaFit fit;
    private readonly double referenceSd;

    public ThetaFitted(ForecastModel model, TimedSeries series, ThetaFit fit, ShortSeriesPolicy policy)
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
        var step = series.Count > 1 ? series.Step : 1;
        referenceSd = policy.ValueScaleSigma(series.Values) * Math.Sqrt(step);
    }

    internal ThetaFit Engine => fit;

    internal override double MeanAt(int h) => fit.Mean(h);

    internal override double SdAt(int h) => UsesReferenceVariance ? referenceSd * Math.Sqrt(h) : fit.StandardError(h);

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
