using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Accuracy;

/// <summary>The methods the harness knows, by name.</summary>
internal static class Methods
{
    public static readonly string[] Names = ["naive", "snaive", "ses", "holt", "damped", "ets", "theta", "auto"];

    private const double Z80 = 1.2815515655446004;
    private const double Z95 = 1.959963984540054;

    public static SeriesForecast Run(string name, double[] y, int frequency, int h, double start)
    {
        switch (name)
        {
            case "naive": return Naive(y, 1, h);
            case "snaive": return Naive(y, y.Length > frequency ? frequency : 1, h);
            case "ses": return Ets(y, EtsTrend.None, h);
            case "holt": return Ets(y, EtsTrend.Additive, h);
            case "damped": return Ets(y, EtsTrend.Damped, h);
            case "theta": return Theta(y, frequency, h);
            default: return Theta(y, frequency, h);
        }
    }

    private static SeriesForecast Naive(double[] y, int lag, int h)
    {
        var n = y.Length;
        double s2 = 0;
        for (var t = lag; t < n; t++)
        {
            s2 += (y[t] - y[t - lag]) * (y[t] - y[t - lag]);
        }

        s2 /= Math.Max(n - lag, 1);
        return Build(h, k => y[n - lag + ((k - 1) % lag)], k => Math.Sqrt(s2 * (((k - 1) / lag) + 1)));
    }

    private static SeriesForecast Ets(double[] y, EtsTrend trend, int h)
    {
        var fit = EtsEngine.Fit(y, new EtsShape(trend, false), 1, EtsFixed.None);
        var v = new double[h];
        EtsEngine.VarianceMultipliers(fit.Parameters, 0, v);
        var s2 = fit.Sse / Math.Max(fit.N - fit.EstimatedCount, 1);
        return Build(h, fit.Mean, k => Math.Sqrt(s2 * v[k - 1]));
    }

    private static SeriesForecast Theta(double[] y, int m, int h)
    {
        var fit = ThetaEngine.Fit(y, m, EtsFixed.None);
        return Build(h, fit.Mean, fit.StandardError);
    }

    private static SeriesForecast Build(int h, Func<int, double> mean, Func<int, double> se)
    {
        var f = new SeriesForecast(new double[h], new double[h], new double[h], new double[h], new double[h]);
        for (var k = 1; k <= h; k++)
        {
            var mu = mean(k);
            var s = se(k);
            f.Mean[k - 1] = mu;
            f.Lower80[k - 1] = mu - (Z80 * s);
            f.Upper80[k - 1] = mu + (Z80 * s);
            f.Lower95[k - 1] = mu - (Z95 * s);
            f.Upper95[k - 1] = mu + (Z95 * s);
        }

        return f;
    }
}
