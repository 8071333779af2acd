using System.Numerics;
using System.Runtime.CompilerServices;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// E[g(Z)] for g the inverse scaled logit and Z normal or Student-t on the logit scale, by the same 128-point
/// Gauss–Legendre rule after z = μ + s·tan θ as <see cref="TransformedForecast"/>, with the weighted densities
/// cached per integer ν so that one evaluation costs one (SIMD) exponential per node and allocates nothing.
/// </summary>
/// <remarks>Source: as <see cref="TransformedForecast"/> (FPP3 §13.3). Thread-safe: a cached row is built once
/// and published whole; two threads racing to build it build the same numbers.</remarks>
internal static class LogitMean
{
    private const int Order = 128;

    private static readonly double[] NodeU;

    /// <summary>Weights times the standard normal density, then their sum at index <see cref="Order"/>.</summary>
    private static readonly double[] NormalRow;

    /// <summary>Weights times the Student-t density by ν − 1, and their sum at index <see cref="Order"/>; built on first use.</summary>
    private static readonly double[]?[] StudentRows = new double[]?[Utility.FastStudentT.MaxTabulatedDegrees];

    private static readonly double[] NodeWeight;

    static LogitMean()
    {
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-Math.PI / 2, Math.PI / 2, Order);
        NodeU = new double[Order];
        NodeWeight = new double[Order];
        for (var i = 0; i < Order; i++)
        {
            var theta = rule.GetAbscissa(i);
            var c = Math.Cos(theta);
            NodeU[i] = Math.Tan(theta);
            NodeWeight[i] = rule.GetWeight(i) / (c * c);
        }

        NormalRow = BuildRow(double.PositiveInfinity);
    }

    /// <summary>The mean on the value scale of g(μ + s·T), T standard normal (<paramref name="nu"/> = +∞) or Student-t with ν degrees of freedom.</summary>
    public static double Mean(double mu, double s, double nu, ScaleTransform transform)
    {
        var row = Row(nu);
        Span<double> g = stackalloc double[Order];
        return Math.Clamp(WeightedValues(mu, s, transform, row, g) / row[Order], transform.Lower, transform.Upper);
    }

    /// <summary>
    /// The mean and standard deviation on the value scale of g(μ + s·T), as <see cref="TransformedForecast"/> needs
    /// them: the same nodes and cached weighted densities as <see cref="Mean"/>, two passes (the mean, then the spread
    /// around it, so no cancellation). Finite for any finite width U − L.
    /// </summary>
    public static (double Mean, double StandardDeviation) Moments(double mu, double s, double nu, ScaleTransform transform)
    {
        var row = Row(nu);
        Span<double> g = stackalloc double[Order];
        var mass = row[Order];
        var mean = Math.Clamp(WeightedValues(mu, s, transform, row, g) / mass, transform.Lower, transform.Upper);

        // Deviations in units of the width U − L (each at most 1), scaled back after the square root: squaring them in
        // the indicator's unit would overflow for widths above about 1e154, though the result is at most (U − L)/2.
        var width = transform.Upper - transform.Lower;
        double m2 = 0;
        for (var k = 0; k < Order; k++)
        {
            var d = (g[k] - mean) / width;
            m2 += row[k] * d * d;
        }

        return (mean, width * Math.Sqrt(m2 / mass));
    }

    /// <summary>
    /// Writes g(μ + s·u) at every node into <paramref name="g"/> and returns Σ row·g. For z &lt; 0,
    /// g(z) = L + (U − L)·e^z/(1 + e^z), otherwise U − (U − L)·e^−z/(1 + e^−z): e = exp(−|z|) never overflows.
    /// </summary>
    private static double WeightedValues(double mu, double s, ScaleTransform transform, double[] row, Span<double> g)
    {
        var muV = new Vector<double>(mu);
        var sV = new Vector<double>(s);
        var lowerV = new Vector<double>(transform.Lower);
        var upperV = new Vector<double>(transform.Upper);
        var widthV = new Vector<double>(transform.Upper - transform.Lower);
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= Order - Vector<double>.Count; i += Vector<double>.Count)
        {
            var z = muV + (sV * new Vector<double>(NodeU, i));
            var e = Vector.Exp(-Vector.Abs(z));
            var f = widthV * e / (Vector<double>.One + e);
            var gi = Vector.ConditionalSelect(Vector.LessThan(z, Vector<double>.Zero), lowerV + f, upperV - f);
            gi.CopyTo(g[i..]);
            sum += new Vector<double>(row, i) * gi;
        }

        var total = Vector.Sum(sum);
        for (; i < Order; i++)
        {
            g[i] = transform.InverseUnchecked(mu + (s * NodeU[i]));
            total += row[i] * g[i];
        }

        return total;
    }

    private static double[] Row(double nu)
    {
        if (double.IsPositiveInfinity(nu))
        {
            return NormalRow;
        }

        if (nu >= 1 && nu <= StudentRows.Length && nu == Math.Floor(nu))
        {
            ref var slot = ref StudentRows[(int)nu - 1];
            return Volatile.Read(ref slot) ?? Publish(ref slot, BuildRow(nu));
        }

        return BuildRow(nu);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double[] Publish(ref double[]? slot, double[] row)
    {
        Volatile.Write(ref slot, row);
        return row;
    }

    private static double[] BuildRow(double nu)
    {
        var row = new double[Order + 1];
        double mass = 0;
        for (var i = 0; i < Order; i++)
        {
            var density = double.IsPositiveInfinity(nu)
                ? MathNet.Numerics.Distributions.Normal.PDF(0, 1, NodeU[i])
                : MathNet.Numerics.Distributions.StudentT.PDF(0, 1, nu, NodeU[i]);
            row[i] = NodeWeight[i] * density;
            mass += row[i];
        }

        row[Order] = mass;
        return row;
    }
}
