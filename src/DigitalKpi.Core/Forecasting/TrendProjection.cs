using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A trend model's forecast at one time as a small value: mean, median and 80% interval, and the
/// probability of meeting a target read from the same distribution — what an assessment needs from
/// <see cref="LinearTrendModel"/>, <see cref="LogLinearTrendModel"/> or <see cref="SaturatingTrendModel"/>,
/// without allocating a fitted model or a distribution object.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="TrendForecaster.Project"/>. Every number equals, to 1e-12 relative, what
/// <c>model.Fit(series).Forecast(time)</c> gives: <see cref="ForecastDistribution.Mean"/>,
/// <see cref="ForecastDistribution.Median"/>, the ends of <see cref="ForecastDistribution.Interval"/> at 80%, and
/// <see cref="ForecastDistribution.ProbabilityAtLeast"/> / <see cref="ForecastDistribution.ProbabilityAtMost"/> /
/// <see cref="ForecastDistribution.ProbabilityBetween"/>.</para>
/// <para><c>default(TrendProjection)</c> is not a forecast: its probabilities are those of a point mass at 0 and its
/// numbers are 0. Equality compares every number and the transform. Immutable and thread-safe.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.5 and §7.6.</para>
/// </remarks>
public readonly struct TrendProjection : IEquatable<TrendProjection>
{
    private readonly double location;
    private readonly double scale;
    private readonly ScaleTransform transform;

    internal TrendProjection(double time, double location, double scale, int degreesOfFreedom, ScaleTransform transform, double mean, double median, double lower80, double upper80)
    {
        Time = time;
        this.location = location;
        this.scale = scale;
        DegreesOfFreedom = degreesOfFreedom;
        this.transform = transform;
        Mean = mean;
        Median = median;
        Lower80 = lower80;
        Upper80 = upper80;
    }

    /// <summary>Time of the forecast in years.</summary>
    public double Time { get; }

    /// <summary>Expected value in the indicator's unit, as <see cref="ForecastDistribution.Mean"/> of the model's forecast.</summary>
    public double Mean { get; }

    /// <summary>The 50% quantile in the indicator's unit: the back-transformed point forecast.</summary>
    public double Median { get; }

    /// <summary>Lower end of the central 80% prediction interval (the 10% quantile), in the indicator's unit.</summary>
    public double Lower80 { get; }

    /// <summary>Upper end of the central 80% prediction interval (the 90% quantile), in the indicator's unit.</summary>
    public double Upper80 { get; }

    /// <summary>Degrees of freedom of the Student-t on the model scale (n − 2), or 0 when the forecast is normal (one or two points, a perfect fit: the reference variance).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>True when the spread comes from the model's <see cref="ShortSeriesPolicy"/> rather than from the residuals.</summary>
    public bool UsesReferenceVariance => DegreesOfFreedom == 0;

    /// <summary>True when the two projections have equal numbers and transforms.</summary>
    /// <param name="left">First projection.</param>
    /// <param name="right">Second projection.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TrendProjection left, TrendProjection right) => left.Equals(right);

    /// <summary>True when a number or the transform differs.</summary>
    /// <param name="left">First projection.</param>
    /// <param name="right">Second projection.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TrendProjection left, TrendProjection right) => !left.Equals(right);

    /// <summary>The probability that the indicator is at most <paramref name="x"/> at <see cref="Time"/>.</summary>
    /// <param name="x">A value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double Cdf(double x) => Math.Clamp(CdfCore(Utility.Guard.Finite(x)), 0, 1);

    /// <summary>The probability of meeting an "at least" target: the indicator reaches <paramref name="x"/> or more.</summary>
    /// <param name="x">The target value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double ProbabilityAtLeast(double x) => 1 - Cdf(x);

    /// <summary>The probability of meeting an "at most" target: the indicator stays at or below <paramref name="x"/>. Equal to <see cref="Cdf"/>.</summary>
    /// <param name="x">The target value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double ProbabilityAtMost(double x) => Cdf(x);

    /// <summary>The probability of meeting a "between" target: the indicator lies in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">Lower end in the indicator's unit; finite.</param>
    /// <param name="upper">Upper end in the indicator's unit; finite and at least <paramref name="lower"/>.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public double ProbabilityBetween(double lower, double upper)
    {
        Utility.IntervalEnds.Check(lower, upper);
        return Math.Clamp(Cdf(upper) - Cdf(lower), 0, 1);
    }

    /// <inheritdoc/>
    public bool Equals(TrendProjection other)
        => Time.Equals(other.Time) && location.Equals(other.location) && scale.Equals(other.scale)
            && DegreesOfFreedom == other.DegreesOfFreedom && transform == other.transform && Mean.Equals(other.Mean)
            && Median.Equals(other.Median) && Lower80.Equals(other.Lower80) && Upper80.Equals(other.Upper80);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TrendProjection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Time, location, scale, DegreesOfFreedom, transform, Mean, Lower80, Upper80);

    /// <summary>The projection as invariant text: time, median and 80% interval.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"trend at {Time:R}: median {Median:R}, 80% [{Lower80:R}, {Upper80:R}]");

    private double CdfCore(double x)
    {
        if (x <= transform.Lower)
        {
            return 0;
        }

        if (x >= transform.Upper)
        {
            return 1;
        }

        var z = transform.ForwardUnchecked(x);
        if (!(scale > 0))
        {
            return z < location ? 0 : 1;
        }

        var p = DegreesOfFreedom > 0
            ? Utility.FastStudentT.Cdf((z - location) / scale, DegreesOfFreedom)
            : MathNet.Numerics.Distributions.Normal.CDF(location, scale, z);
        return Math.Clamp(p, 0, 1);
    }
}
