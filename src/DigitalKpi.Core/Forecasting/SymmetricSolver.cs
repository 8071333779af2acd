namespace DigitalKpi.Core.Forecasting;

/// <summary>Solves small symmetric positive-definite systems by Cholesky factorisation, with a tiny ridge when nearly singular.</summary>
internal static class SymmetricSolver
{
    /// <summary>Solves A x = b for a k×k symmetric A stored row-major; A and b are overwritten.</summary>
    /// <returns>False when A is not positive definite even after the ridge.</returns>
    public static bool Solve(double[] a, double[] b, int k, Span<double> x)
    {
        double trace = 0;
        for (var i = 0; i < k; i++)
        {
            trace += a[(i * k) + i];
        }

        if (!(trace > 0) || !double.IsFinite(trace))
        {
            return false;
        }

        var ridge = 1e-12 * trace / k;
        for (var i = 0; i < k; i++)
        {
            a[(i * k) + i] += ridge;
        }

        // In-place Cholesky: lower triangle holds L.
        for (var j = 0; j < k; j++)
        {
            var d = a[(j * k) + j];
            for (var p = 0; p < j; p++)
            {
                d -= a[(j * k) + p] * a[(j * k) + p];
            }

            if (!(d > 0))
            {
                return false;
            }

            d = Math.Sqrt(d);
            a[(j * k) + j] = d;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[(i * k) + j];
                for (var p = 0; p < j; p++)
                {
                    s -= a[(i * k) + p] * a[(j * k) + p];
                }

                a[(i * k) + j] = s / d;
            }
        }

        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= a[(i * k) + p] * x[p];
            }

            x[i] = s / a[(i * k) + i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var s = x[i];
            for (var p = i + 1; p < k; p++)
            {
                s -= a[(p * k) + i] * x[p];
            }

            x[i] = s / a[(i * k) + i];
        }

        return true;
    }
}
