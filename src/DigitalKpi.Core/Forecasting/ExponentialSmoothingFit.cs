using System.Collections.Immutable;
using System.Globalization;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>An <see cref="ExponentialSmoothingModel"/> fitted to a series.</summary>
internal sealed class ExponentialSmoothingFit : GridFittedModel
{
    private readonly EtsFit fit;
    private readonly double[] multipliers;
    private readonly double referenceSd;

    public ExponentialSmoothingFit(ExponentialSmoothingModel model, TimedSeries series, EtsFit fit)
        : this(model, series, fit, IsPerfect(fit.Sse / fit.N, series.Values))
    {
    }

    private ExponentialSmoothingFit(ExponentialSmoothingModel model, TimedSeries series, EtsFit fit, bool perfect)
        : base(
            model,
            series,
            BuildParameters(model, fit),
            fit.Sigma2,
            Math.Max(fit.N - fit.EstimatedCount, 0),
            Fitted(series, fit),
            [.. fit.Residuals],
            perfect ? null : fit.LogLikelihood,
            perfect ? null : ComputeAicc(fit.LogLikelihood, fit.EstimatedCount + 1, fit.N),
            perfect)
    {
        this.fit = fit;
        multipliers = fit.VarianceMultipliers(KeptSteps);
        referenceSd = model.ShortSeriesPolicy.ValueScaleSigma(series.Values) * Math.Sqrt(StepOf(series));
    }

    internal EtsFit Engine => fit;

    internal override double MeanAt(int h) => fit.Mean(h);

    internal override double SdAt(int h)
    {
        if (UsesReferenceVariance)
        {
            return referenceSd * Math.Sqrt(h);
        }

        return Math.Sqrt(Sigma2 * Multiplier(h));
    }

    private double Multiplier(int h)
    {
        if (h <= multipliers.Length)
        {
            return multipliers[h - 1];
        }

        return fit.VarianceMultipliers(h)[h - 1];
    }

    private static ImmutableArray<double> Fitted(TimedSeries series, EtsFit fit)
    {
        var values = series.Values;
        var result = new double[values.Length];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = values[t] - fit.Residuals[t];
        }

        return [.. result];
    }

    private static ImmutableArray<ModelParameter> BuildParameters(ExponentialSmoothingModel model, EtsFit fit)
    {
        var p = fit.Parameters;
        var list = ImmutableArray.CreateBuilder<ModelParameter>();
        list.Add(new ModelParameter("alpha", p.Alpha, null));
        if (model.Trend != EtsTrend.None)
        {
            list.Add(new ModelParameter("beta", p.Beta, null));
        }

        if (model.Seasonal)
        {
            list.Add(new ModelParameter("gamma", p.Gamma, null));
        }

        if (model.Trend == EtsTrend.Damped)
        {
            list.Add(new ModelParameter("phi", p.Phi, null));
        }

        list.Add(new ModelParameter("level0", fit.InitialLevel, null));
        if (model.Trend != EtsTrend.None)
        {
            list.Add(new ModelParameter("trend0", fit.InitialTrend, null));
        }

        for (var i = 0; i < fit.InitialSeason.Length; i++)
        {
            list.Add(new ModelParameter(string.Create(CultureInfo.InvariantCulture, $"season0[{i}]"), fit.InitialSeason[i], null));
        }

        return list.ToImmutable();
    }
}
