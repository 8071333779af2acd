using DigitalKpi.Core.Forecasting;

namespace DigitalKpi.Accuracy;

internal static class Experiments
{
    public static double[] Comb(double[] y, int m, int h, string variant)
    {
        var n = y.Length;
        var v = Math.Min(h, n - 10);
        double w = 0.5;
        if (v >= 2)
        {
            var sub = y.AsSpan(0, n - v).ToArray();
            var (t, d) = Means(sub, m, v);
            double et = 0, ed = 0, ec = 0;
            for (var k = 0; k < v; k++)
            {
                var a = y[n - v + k];
                et += Math.Abs(a - t[k]);
                ed += Math.Abs(a - d[k]);
                ec += Math.Abs(a - 0.5 * (t[k] + d[k]));
            }

            if (variant == "w")
            {
                w = (et + ed) > 0 ? ed / (et + ed) : 0.5;
            }
            else if (variant == "s")
            {
                w = ec <= Math.Min(et, ed) ? 0.5 : et < ed ? 1 : 0;
            }
            else if (variant == "s2")
            {
                w = et < ed ? 0.75 : 0.25;
            }
        }

        var (tf, df) = Means(y, m, h);
        var r = new double[h];
        for (var k = 0; k < h; k++)
        {
            r[k] = w * tf[k] + (1 - w) * df[k];
        }

        return r;
    }

    public static double[] Three(double[] y, int m, int h, bool median)
    {
        var theta = ThetaEngine.Fit(y, m, EtsFixed.None);
        var adj = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            adj[t] = theta.Indices is null ? y[t] : y[t] / theta.Indices[t % m];
        }

        var damped = EtsEngine.Fit(adj, new EtsShape(EtsTrend.Damped, false), 1, EtsFixed.None);
        var best = damped;
        foreach (var tr in new[] { EtsTrend.None, EtsTrend.Additive })
        {
            var f = EtsEngine.Fit(adj, new EtsShape(tr, false), 1, EtsFixed.None);
            double Aicc(EtsFit e) { var k = e.EstimatedCount + 1; return -2 * e.LogLikelihood + 2 * k + 2.0 * k * (k + 1) / Math.Max(e.N - k - 1, 1); }
            if (Aicc(f) < Aicc(best)) best = f;
        }

        var r = new double[h];
        for (var k = 1; k <= h; k++)
        {
            double a = theta.Mean(k), b = damped.Mean(k) * theta.Index(k), c = best.Mean(k) * theta.Index(k);
            r[k - 1] = median ? Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c)) : (a + b + c) / 3;
        }

        return r;
    }

    private static (double[] Theta, double[] Damped) Means(double[] y, int m, int h)
    {
        var theta = ThetaEngine.Fit(y, m, EtsFixed.None);
        var adj = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            adj[t] = theta.Indices is null ? y[t] : y[t] / theta.Indices[t % m];
        }

        var damped = EtsEngine.Fit(adj, new EtsShape(EtsTrend.Damped, false), 1, EtsFixed.None);
        var a = new double[h];
        var b = new double[h];
        for (var k = 1; k <= h; k++)
        {
            a[k - 1] = theta.Mean(k);
            b[k - 1] = damped.Mean(k) * theta.Index(k);
        }

        return (a, b);
    }
}
