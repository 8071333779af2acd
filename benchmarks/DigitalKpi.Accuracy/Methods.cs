using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Accuracy;

/// <summary>The methods the harness knows, by name.</summary>
internal static class Methods
{
    public static readonly string[] Names = ["naive", "snaive", "ses", "holt", "damped", "ets", "theta", "auto", "sesSA", "holtSA", "dampedSA", "comb1", "comb2", "comb3", "comb4", "comb5", "comb6", "comb7", "comb8"];

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
            case "sesSA": return Adjusted(y, frequency, h, EtsTrend.None);
            case "holtSA": return Adjusted(y, frequency, h, EtsTrend.Additive);
            case "dampedSA": return Adjusted(y, frequency, h, EtsTrend.Damped);
            case "comb1": return Mean(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.None), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb2": return Mean(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb3": return Mean(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.Additive), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb4": return Mean(Adjusted(y, frequency, h, EtsTrend.None), Adjusted(y, frequency, h, EtsTrend.Additive), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb5": return Mean(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.None), Adjusted(y, frequency, h, EtsTrend.Additive), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb6": return Median(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.None), Adjusted(y, frequency, h, EtsTrend.Additive), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb7": return Median(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.Additive), Adjusted(y, frequency, h, EtsTrend.Damped));
            case "comb8": return Mean(Theta(y, frequency, h), Adjusted(y, frequency, h, EtsTrend.Damped), Adjusted(y, frequency, h, EtsTrend.Damped), Adjusted(y, frequency, h, EtsTrend.Additive));
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

    private static SeriesForecast Adjusted(double[] y, int m, int h, EtsTrend trend)
    {
        var idx = ClassicalDecomposition.SeasonalIndicesIfSeasonal(y, m);
        if (idx is null)
        {
            return Ets(y, trend, h);
        }

        var x = new double[y.Length];
        for (var t = 0; t < x.Length; t++)
        {
            x[t] = y[t] / idx[t % m];
        }

        var f = Ets(x, trend, h);
        for (var k = 0; k < h; k++)
        {
            var s = idx[(y.Length + k) % m];
            f.Mean[k] *= s; f.Lower80[k] *= s; f.Upper80[k] *= s; f.Lower95[k] *= s; f.Upper95[k] *= s;
        }

        return f;
    }

    private static SeriesForecast Mean(params SeriesForecast[] parts)
    {
        var h = parts[0].Mean.Length;
        var f = new SeriesForecast(new double[h], new double[h], new double[h], new double[h], new double[h]);
        foreach (var p in parts)
        {
            for (var k = 0; k < h; k++)
            {
                f.Mean[k] += p.Mean[k] / parts.Length;
                f.Lower80[k] += p.Lower80[k] / parts.Length;
                f.Upper80[k] += p.Upper80[k] / parts.Length;
                f.Lower95[k] += p.Lower95[k] / parts.Length;
                f.Upper95[k] += p.Upper95[k] / parts.Length;
            }
        }

        return f;
    }

    private static SeriesForecast Median(params SeriesForecast[] parts)
    {
        var h = parts[0].Mean.Length;
        var f = Mean(parts);
        var tmp = new double[parts.Length];
        for (var k = 0; k < h; k++)
        {
            for (var i = 0; i < parts.Length; i++) tmp[i] = parts[i].Mean[k];
            Array.Sort(tmp);
            var med = parts.Length % 2 == 1 ? tmp[parts.Length / 2] : 0.5 * (tmp[parts.Length / 2 - 1] + tmp[parts.Length / 2]);
            var d = med - f.Mean[k];
            f.Mean[k] = med; f.Lower80[k] += d; f.Upper80[k] += d; f.Lower95[k] += d; f.Upper95[k] += d;
        }

        return f;
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
