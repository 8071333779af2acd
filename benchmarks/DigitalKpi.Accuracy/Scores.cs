using System.Collections.Immutable;
using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Accuracy;

/// <summary>Point forecasts and 80% / 95% bounds of one series.</summary>
internal sealed record SeriesForecast(double[] Mean, double[] Lower80, double[] Upper80, double[] Lower95, double[] Upper95)
{
    /// <summary>The fitted model's parameters; empty for methods computed in the harness.</summary>
    public ImmutableArray<ModelParameter> Parameters { get; init; } = [];
}

/// <summary>
/// Accuracy over a set: sMAPE and MASE averaged over horizon then series; coverage in % of test points. MASE is over the
/// <see cref="MaseSeries"/> series whose in-sample seasonal naive error is not 0 (NaN when there are none).
/// </summary>
internal sealed record Scores(double Smape, double Mase, double Coverage80, double Coverage95, int MaseSeries)
{
    public static Scores Compute(IReadOnlyList<M3Series> series, IReadOnlyList<SeriesForecast> results)
    {
        double smape = 0, mase = 0;
        int inside80 = 0, inside95 = 0, points = 0, maseCount = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var f = results[i];
            var h = s.Test.Length;
            double sm = 0, ae = 0;
            for (var j = 0; j < h; j++)
            {
                var y = s.Test[j];
                var m = f.Mean[j];
                var denom = Math.Abs(y) + Math.Abs(m);
                sm += denom == 0 ? 0 : 200 * Math.Abs(y - m) / denom;
                ae += Math.Abs(y - m);
                if (y >= f.Lower80[j] && y <= f.Upper80[j])
                {
                    inside80++;
                }

                if (y >= f.Lower95[j] && y <= f.Upper95[j])
                {
                    inside95++;
                }

                points++;
            }

            smape += sm / h;
            var scale = SeasonalNaiveMae(s.Train, s.Frequency);
            if (scale > 0)
            {
                mase += ae / h / scale;
                maseCount++;
            }
        }

        return new Scores(smape / series.Count, maseCount > 0 ? mase / maseCount : double.NaN, 100.0 * inside80 / points, 100.0 * inside95 / points, maseCount);
    }

    private static double SeasonalNaiveMae(double[] y, int m)
    {
        var lag = y.Length > m ? m : 1;
        double sum = 0;
        for (var t = lag; t < y.Length; t++)
        {
            sum += Math.Abs(y[t] - y[t - lag]);
        }

        return y.Length > lag ? sum / (y.Length - lag) : 0;
    }
}
