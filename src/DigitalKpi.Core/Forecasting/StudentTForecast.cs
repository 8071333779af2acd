namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A forecast distributed as a location-scale Student-t: value = location + scale × T with T a
/// standard Student-t variable with ν degrees of freedom.
/// </summary>
/// <remarks>
/// <para>This is the exact prediction distribution of ordinary least squares with a normal error whose
/// variance is estimated from the residuals, so it is the right choice when few points give few degrees
/// of freedom (R: <c>predict.lm(..., interval = "prediction")</c> uses <c>qt(·, df.residual)</c>). With 1 or 2
/// degrees of freedom the tails are very heavy: the intervals are wide, honestly so.</para>
/// <para>The CDF uses the regularised incomplete beta function of MathNet; quantiles are solved to full
/// precision by bracketed Newton iteration on the logarithm of that CDF, started in the far tail from its power-law
/// asymptote, so they stay accurate down to the smallest probabilities (closed forms for ν = 1 and 2). Immutable and thread-safe.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §7.6;
/// Abramowitz &amp; Stegun 26.7.</para>
/// <para>Fast path for integer ν up to 200 (every regression forecast): the CDF from the finite series of
/// Abramowitz &amp; Stegun 26.7.3/26.7.4 and the 80% and 95% interval quantiles from tables of the exact solver;
/// both agree with R's <c>pt</c> and <c>qt</c> to about 1e-13 relative.</para>
/// </remarks>
public sealed class StudentTForecast : ForecastDistribution
{
    /// <summary>Creates a Student-t forecast.</summary>
    /// <param name="time">Time of the forecast in years; finite.</param>
    /// <param name="location">Centre in the indicator's unit; finite.</param>
    /// <param name="scale">Scale (standard error of prediction) in the indicator's unit; finite and greater than 0.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom ν; finite and greater than 0 (usually the residual degrees of freedom, n − 2 for a straight line).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> or <paramref name="location"/> is not finite, or <paramref name="scale"/> or <paramref name="degreesOfFreedom"/> is not finite and positive.</exception>
    public StudentTForecast(double time, double location, double scale, double degreesOfFreedom)
        : base(time)
    {
        Location = Utility.Guard.Finite(location);
        Scale = Utility.Guard.Positive(scale);
        DegreesOfFreedom = Utility.Guard.Positive(degreesOfFreedom);
    }

    /// <summary>Centre of the distribution in the indicator's unit; also the median and, when ν &gt; 1, the mean.</summary>
    public double Location { get; }

    /// <summary>Scale in the indicator's unit, greater than 0.</summary>
    public double Scale { get; }

    /// <summary>Degrees of freedom ν, greater than 0.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>The location. For ν ≤ 1 the expectation does not exist and the centre of symmetry, the location, is reported.</summary>
    public override double Mean => Location;

    /// <summary>Equal to <see cref="Location"/>.</summary>
    public override double Median => Location;

    /// <summary>scale × √(ν / (ν − 2)) when ν &gt; 2; null when ν ≤ 2, where the variance is infinite.</summary>
    public override double? StandardDeviation
        => DegreesOfFreedom > 2 ? Scale * Math.Sqrt(DegreesOfFreedom / (DegreesOfFreedom - 2)) : null;

    /// <inheritdoc/>
    private protected override double QuantileCore(double p)
        => Location + (Scale * Utility.FastStudentT.Quantile(p, DegreesOfFreedom));

    /// <inheritdoc/>
    /// <remarks>The reflection location − scale × (standard lower quantile at q), which is how the standard quantile at
    /// 1 − q is computed, so where 1 − q is exact the two agree to the bit.</remarks>
    private protected override double UpperQuantileCore(double q)
        => Location - (Scale * Utility.FastStudentT.Quantile(q, DegreesOfFreedom));

    /// <inheritdoc/>
    private protected override double CdfCore(double x)
        => Utility.FastStudentT.Cdf((x - Location) / Scale, DegreesOfFreedom);
}
