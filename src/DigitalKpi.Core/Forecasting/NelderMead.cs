namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Derivative-free minimiser of a function of a few unconstrained variables (Nelder &amp; Mead 1965,
/// with the coefficients and relative stopping rule of R's <c>optim(method = "Nelder-Mead")</c>),
/// restarted once from its best point so that a collapsed simplex cannot stop it early. The first run stops at a
/// looser relative tolerance than R's (1e-6 by default); the restart, which starts next to the minimum and so
/// costs few evaluations, polishes to a hundredth of it (R's default <c>reltol</c>, 1e-8).
/// </summary>
internal static class NelderMead
{
    /// <summary>The objective: reads the point, returns a value to minimise (may be +∞ outside the feasible region).</summary>
    public delegate double Objective(ReadOnlySpan<double> x);

    /// <summary>Minimises <paramref name="f"/> starting at <paramref name="x"/>, which receives the best point found.</summary>
    /// <param name="f">Objective.</param>
    /// <param name="x">Start on entry, minimiser on exit; length 1 to 8.</param>
    /// <param name="step">Initial simplex edge in every coordinate.</param>
    /// <param name="maxEvaluations">Evaluation budget of the first run; the restart gets half of it.</param>
    /// <param name="relativeTolerance">The first run stops when the simplex's values differ by at most this relative amount; the restart at a hundredth of it.</param>
    /// <returns>The smallest value found.</returns>
    public static double Minimize(Objective f, Span<double> x, double step, int maxEvaluations = 600, double relativeTolerance = 1e-6)
    {
        var best = Run(f, x, step, maxEvaluations, relativeTolerance);
        var again = Run(f, x, step * 0.5, maxEvaluations / 2, relativeTolerance * 0.01);
        return Math.Min(best, again);
    }

    private static double Run(Objective f, Span<double> x, double step, int maxEvaluations, double relativeTolerance)
    {
        var n = x.Length;
        Span<double> simplex = stackalloc double[(n + 1) * n];
        Span<double> values = stackalloc double[n + 1];
        Span<double> centroid = stackalloc double[n];
        Span<double> trial = stackalloc double[n];
        Span<double> trial2 = stackalloc double[n];

        for (var i = 0; i <= n; i++)
        {
            var v = simplex.Slice(i * n, n);
            x.CopyTo(v);
            if (i > 0)
            {
                v[i - 1] += step;
            }

            values[i] = f(v);
            if (i > 0 && !double.IsFinite(values[i]))
            {
                // Step the other way when the first step leaves the feasible region.
                v[i - 1] -= 2 * step;
                values[i] = f(v);
            }
        }

        var evaluations = 2 * (n + 1);
        while (evaluations < maxEvaluations)
        {
            // Order: find best (lowest), worst and second worst.
            int lo = 0, hi = 0;
            for (var i = 1; i <= n; i++)
            {
                if (values[i] < values[lo])
                {
                    lo = i;
                }

                if (values[i] > values[hi])
                {
                    hi = i;
                }
            }

            var nh = lo;
            for (var i = 0; i <= n; i++)
            {
                if (i != hi && values[i] > values[nh])
                {
                    nh = i;
                }
            }

            if (double.IsFinite(values[hi])
                && values[hi] - values[lo] <= relativeTolerance * (Math.Abs(values[lo]) + relativeTolerance))
            {
                break;
            }

            centroid.Clear();
            for (var i = 0; i <= n; i++)
            {
                if (i == hi)
                {
                    continue;
                }

                var v = simplex.Slice(i * n, n);
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += v[j] / n;
                }
            }

            var worst = simplex.Slice(hi * n, n);
            for (var j = 0; j < n; j++)
            {
                trial[j] = centroid[j] + (centroid[j] - worst[j]);
            }

            var fr = f(trial);
            evaluations++;
            if (fr < values[lo])
            {
                for (var j = 0; j < n; j++)
                {
                    trial2[j] = centroid[j] + 2 * (centroid[j] - worst[j]);
                }

                var fe = f(trial2);
                evaluations++;
                if (fe < fr)
                {
                    trial2.CopyTo(worst);
                    values[hi] = fe;
                }
                else
                {
                    trial.CopyTo(worst);
                    values[hi] = fr;
                }

                continue;
            }

            if (fr < values[nh])
            {
                trial.CopyTo(worst);
                values[hi] = fr;
                continue;
            }

            // Contraction (outside if the reflection improved on the worst, else inside).
            var outside = fr < values[hi];
            for (var j = 0; j < n; j++)
            {
                trial2[j] = outside
                    ? centroid[j] + 0.5 * (trial[j] - centroid[j])
                    : centroid[j] + 0.5 * (worst[j] - centroid[j]);
            }

            var fc = f(trial2);
            evaluations++;
            if (fc < Math.Min(fr, values[hi]))
            {
                trial2.CopyTo(worst);
                values[hi] = fc;
                continue;
            }

            // Shrink towards the best vertex.
            var bestVertex = simplex.Slice(lo * n, n);
            for (var i = 0; i <= n; i++)
            {
                if (i == lo)
                {
                    continue;
                }

                var v = simplex.Slice(i * n, n);
                for (var j = 0; j < n; j++)
                {
                    v[j] = bestVertex[j] + 0.5 * (v[j] - bestVertex[j]);
                }

                values[i] = f(v);
                evaluations++;
            }
        }

        var b = 0;
        for (var i = 1; i <= n; i++)
        {
            if (values[i] < values[b])
            {
                b = i;
            }
        }

        simplex.Slice(b * n, n).CopyTo(x);
        return values[b];
    }
}
