using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Automatic exponential smoothing: fits every additive-error ETS form the series can support —
/// ETS(A,N,N), ETS(A,A,N), ETS(A,Ad,N) and, for a seasonal period of 2 to 24 with enough cycles,
/// ETS(A,N,A), ETS(A,A,A), ETS(A,Ad,A) — and keeps the one with the smallest AICc.
/// </summary>
/// <remarks>
/// <para>Source: the model selection of R's <c>forecast::ets</c> (Hyndman, Koehler, Snyder &amp; Grose 2002,
/// "A state space framework for automatic forecasting using exponential smoothing methods", IJF 18;
/// FPP3 §8.6), restricted to additive errors. A form is a candidate when the series has more points than
/// its parameters plus one (seasonal forms: also at least two full cycles); with fewer than 3 points no
/// form fits and <see cref="ForecastModel.Fit"/> throws. ETS(A,N,N) is fitted first and kept unless another form does
/// better; with 3 to 5 points it is the only form (Holt's needs 6, the damped trend 7). A form that fits exactly
/// (σ² = 0, below 1e-9 of the level) beats any that does not, as its AICc tends to −∞, and of two exact fits the one
/// with fewer parameters stays unless the other's σ² is below a millionth of its: a constant series keeps ETS(A,N,N),
/// an exact straight line gets Holt's linear trend (even at a level so high that SES's errors, about the slope, pass
/// as exact), each continued exactly with the spread of its <see cref="ShortSeriesPolicy"/>. The fitted model returned is the chosen form's
/// fit, so its <see cref="FittedModel.Model"/> is an <see cref="ExponentialSmoothingModel"/>.
/// Requires a regular series. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AutoExponentialSmoothingModel : ForecastModel
{
    private static readonly ExponentialSmoothingModel[] NonSeasonal =
        [ExponentialSmoothingModel.Simple, ExponentialSmoothingModel.Holt, ExponentialSmoothingModel.Damped];

    private static readonly ExponentialSmoothingModel[] SeasonalForms =
        [new(EtsTrend.None, true), new(EtsTrend.Additive, true), new(EtsTrend.Damped, true)];

    /// <summary>The default selection.</summary>
    public static AutoExponentialSmoothingModel Default { get; } = new();

    /// <summary><c>ets</c>.</summary>
    public override string Name => "ets";

    /// <summary>3 observations (the smallest that ETS(A,N,N) accepts).</summary>
    public override int MinimumPoints => 3;

    /// <inheritdoc/>
    protected override FittedModel FitCore(TimedSeries series)
    {
        GridFittedModel.RequireRegular(series, Name);
        FittedModel? best = null;
        var m = series.SeasonalPeriod;
        foreach (var spec in NonSeasonal)
        {
            best = Better(best, spec, series);
        }

        if (m >= 2 && m <= EtsEngine.MaxSeasonalPeriod)
        {
            foreach (var spec in SeasonalForms)
            {
                if (series.Count >= Math.Max(2 * m, spec.EstimatedCount(m) + 2))
                {
                    best = Better(best, spec, series);
                }
            }
        }

        return best!;
    }

    /// <summary>How much smaller a later exact fit's σ² must be to replace an earlier exact fit.</summary>
    private const double ExactFitImprovement = 1e-6;

    private static FittedModel? Better(FittedModel? best, ExponentialSmoothingModel spec, TimedSeries series)
    {
        if (series.Count < spec.MinimumPoints + 1 && best is not null)
        {
            return best;
        }

        var fit = spec.Fit(series);
        if (best is null)
        {
            return fit;
        }

        if (fit.UsesReferenceVariance || best.UsesReferenceVariance)
        {
            // An exact fit: its AICc (undefined, σ² = 0) is −∞ in the limit. Of two, the earlier and simpler stays unless
            // the later one's errors are a millionth of its: "exact" means below 1e-9 of the level, so on a line at a
            // high level SES, whose errors are about the slope, can pass while Holt's are rounding alone.
            return best.UsesReferenceVariance && !(fit.UsesReferenceVariance && fit.Sigma2 < ExactFitImprovement * best.Sigma2) ? best : fit;
        }

        return fit.Aicc is { } a && (best.Aicc is not { } b || a < b) ? fit : best;
    }
}
