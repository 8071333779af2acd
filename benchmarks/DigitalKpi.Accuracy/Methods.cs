using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Accuracy;

/// <summary>The methods the harness knows, by name; all but snaive go through the library's public models.</summary>
internal static class Methods
{
    public static readonly string[] Names = ["naive", "snaive", "drift", "linear", "ses", "holt", "damped", "ets", "theta", "auto"];

    private const double Z80 = 1.2815515655446004;
    private const double Z95 = 1.959963984540054;

    public static SeriesForecast Run(string name, double[] y, int frequency, int h, double start)
    {
        if (name == "snaive")
        {
            return Naive(y, y.Length > frequency ? frequency : 1, h);
        }

        ForecastModel model = name switch
        {
            "naive" => new NaiveModel(),
            "drift" => new DriftModel(),
            "linear" => new LinearTrendModel(),
            "ses" => ExponentialSmoothingModel.Simple,
            "holt" => ExponentialSmoothingModel.Holt,
            "damped" => ExponentialSmoothingModel.Damped,
            "ets" => AutoExponentialSmoothingModel.Default,
            "theta" => ThetaModel.Default,
            "auto" => AutoModel.Default,
            _ => throw new ArgumentException($"Unknown method '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
        };
        var series = TimedSeries.Regular(y, frequency, start);
        var times = new double[h];
        for (var k = 0; k < h; k++)
        {
            times[k] = series.LastTime + ((k + 1.0) / frequency);
        }

        var fitted = model.Fit(series);
        var forecasts = fitted.Forecast(times);
        var f = new SeriesForecast(new double[h], new double[h], new double[h], new double[h], new double[h])
        {
            Parameters = fitted.Parameters,
        };
        for (var k = 0; k < h; k++)
        {
            var d = forecasts[k];
            var i80 = d.Interval(PredictionLevel.Eighty);
            var i95 = d.Interval(PredictionLevel.NinetyFive);
            f.Mean[k] = d.Mean;
            f.Lower80[k] = i80.Lower;
            f.Upper80[k] = i80.Upper;
            f.Lower95[k] = i95.Lower;
            f.Upper95[k] = i95.Upper;
        }

        return f;
    }

    /// <summary>R's <c>snaive</c> (lag m): the last cycle repeated, σ² the mean squared lag-m difference.</summary>
    private static SeriesForecast Naive(double[] y, int lag, int h)
    {
        var n = y.Length;
        double s2 = 0;
        for (var t = lag; t < n; t++)
        {
            s2 += (y[t] - y[t - lag]) * (y[t] - y[t - lag]);
        }

        s2 /= Math.Max(n - lag, 1);
        var f = new SeriesForecast(new double[h], new double[h], new double[h], new double[h], new double[h]);
        for (var k = 1; k <= h; k++)
        {
            var mu = y[n - lag + ((k - 1) % lag)];
            var s = Math.Sqrt(s2 * (((k - 1) / lag) + 1));
            f.Mean[k - 1] = mu;
            f.Lower80[k - 1] = mu - (Z80 * s);
            f.Upper80[k - 1] = mu + (Z80 * s);
            f.Lower95[k - 1] = mu - (Z95 * s);
            f.Upper95[k - 1] = mu + (Z95 * s);
        }

        return f;
    }
}
