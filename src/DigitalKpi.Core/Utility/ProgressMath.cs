namespace DigitalKpi.Core.Utility;

/// <summary>Numeric building blocks shared by the published progress-assessment methods.</summary>
internal static class ProgressMath
{
    /// <summary>
    /// Compound annual growth rate <c>(to/from)^(1/years) − 1</c>; false when it is undefined
    /// (<paramref name="from"/> is 0, the values have opposite signs, or <paramref name="years"/> ≤ 0).
    /// </summary>
    public static bool TryCagr(double from, double to, double years, out double rate)
    {
        rate = 0;
        var ratio = to / from;
        if (from == 0 || years <= 0 || ratio < 0)
        {
            return false;
        }

        rate = Math.Pow(ratio, 1 / years) - 1;
        return double.IsFinite(rate);
    }

    /// <summary>The value, or null when it is NaN or infinite (an overflow on extreme inputs), so no non-finite number leaves the library.</summary>
    public static double? FiniteOrNull(double value) => double.IsFinite(value) ? value : null;

    /// <summary>Straight-line interpolation through the given knots (x increasing), clamped at both ends.</summary>
    public static double PiecewiseLinear(double x, ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        if (x <= xs[0])
        {
            return ys[0];
        }

        for (var i = 1; i < xs.Length; i++)
        {
            if (x <= xs[i])
            {
                return ys[i - 1] + ((ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]));
            }
        }

        return ys[^1];
    }
}
