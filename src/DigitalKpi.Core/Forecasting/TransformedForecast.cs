namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A forecast made on a transformed scale and mapped back to the indicator's unit: the value is
/// g(Z) where Z follows a <see cref="NormalForecast"/> or <see cref="StudentTForecast"/> on the model
/// scale and g is the inverse of a <see cref="ScaleTransform"/>. Positive indicators stay positive
/// (<see cref="ScaleTransformKind.Log"/>) and bounded ones stay inside their bounds (<see cref="ScaleTransformKind.Logit"/>).
/// </summary>
/// <remarks>
/// <para>Because g is strictly increasing, quantiles and the CDF map exactly: Q(p) = g(Q_Z(p)) and
/// F(x) = F_Z(g⁻¹(x)), with F(x) = 0 at or below the lower end of the domain and 1 at or above the upper end.
/// The median is g(median of Z); intervals are the back-transformed intervals of Z, so they are not symmetric.</para>
/// <para><see cref="Mean"/> and <see cref="StandardDeviation"/> on the value scale:
/// <list type="bullet">
/// <item><description>Identity: the mean and standard deviation of Z.</description></item>
/// <item><description>Log with a normal Z(μ, σ): the exact log-normal moments, mean = exp(μ + σ²/2), sd = mean × √(exp(σ²) − 1).</description></item>
/// <item><description>Log with a Student-t Z(μ, s, ν): the exact moments are infinite (the t tails are heavier than
/// exponential), so the same log-normal formulas are used with the scale s in place of σ — the bias-adjusted
/// back-transform of FPP3 §5.6.</description></item>
/// <item><description>Logit: exact expectations E[g(Z)] and E[(g(Z) − mean)²] by 128-point Gauss–Legendre quadrature after the
/// substitution z = μ + s·tan θ, θ ∈ (−π/2, π/2), which maps the whole real line to a bounded interval; the
/// integrand is bounded, so the error is far below the precision of the data. The weighted densities are cached per
/// integer ν and shared with <see cref="TrendForecaster"/>.</description></item>
/// </list></para>
/// <para>Immutable and thread-safe. Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice"
/// (3rd ed.), §5.6 (back-transformed forecasts and bias adjustment) and §13.3 (forecasts constrained to an interval).</para>
/// </remarks>
public sealed class TransformedForecast : ForecastDistribution
{
    private readonly double mean;
    private readonly double? standardDeviation;

    /// <summary>Creates the back-transformed forecast of <paramref name="modelScale"/>.</summary>
    /// <param name="modelScale">The forecast on the model scale (log or logit values); a <see cref="NormalForecast"/> or a <see cref="StudentTForecast"/>.</param>
    /// <param name="transform">The transform that maps indicator values to the model scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="modelScale"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelScale"/> is itself a <see cref="TransformedForecast"/>.</exception>
    public TransformedForecast(ForecastDistribution modelScale, ScaleTransform transform)
        : base(Utility.Guard.NotNull(modelScale).Time)
    {
        if (modelScale is not (NormalForecast or StudentTForecast))
        {
            throw new ArgumentException(
                $"The model-scale forecast must be a {nameof(NormalForecast)} or a {nameof(StudentTForecast)}; received a {modelScale.GetType().Name}.",
                nameof(modelScale));
        }

        ModelScale = modelScale;
        Transform = transform;
        (mean, standardDeviation) = Moments(modelScale, transform);
    }

    /// <summary>The forecast on the model scale (log or logit of the indicator).</summary>
    public ForecastDistribution ModelScale { get; }

    /// <summary>The transform from indicator values to the model scale.</summary>
    public ScaleTransform Transform { get; }

    /// <summary>Mean on the value scale; see the remarks for how it is computed for each transform.</summary>
    public override double Mean => mean;

    /// <summary>g(median of the model-scale forecast): the back-transformed point forecast.</summary>
    public override double Median => Transform.InverseUnchecked(ModelScale.Median);

    /// <summary>Standard deviation on the value scale; see the remarks for how it is computed. Null only for the identity transform of a Student-t with ν ≤ 2.</summary>
    public override double? StandardDeviation => standardDeviation;

    /// <inheritdoc/>
    private protected override double QuantileCore(double p) => Transform.InverseUnchecked(ModelScale.Quantile(p));

    /// <inheritdoc/>
    /// <remarks>g of the model-scale upper-tail quantile: every transform is increasing, so the value exceeded with
    /// probability q maps to the value exceeded with probability q.</remarks>
    private protected override double UpperQuantileCore(double q) => Transform.InverseUnchecked(ModelScale.UpperTailQuantile(q));

    /// <inheritdoc/>
    private protected override double CdfCore(double x)
    {
        if (x <= Transform.Lower)
        {
            return 0;
        }

        return x >= Transform.Upper ? 1 : ModelScale.Cdf(Transform.ForwardUnchecked(x));
    }

    /// <summary>
    /// 1 − e^(−v) for v ≥ 0 to a few units in the last place (Kahan's trick: with u = e^(−v) rounded, (1 − u) · v / −ln u
    /// cancels the rounding of u). The plain difference 1 − e^(−v) loses about 1e-16 / v relative, and .NET's
    /// double.ExpM1 computes just that difference; MathNet's Expm1 is off by about 1e-8 relative at −0.09.
    /// </summary>
    private static double OneMinusExpNegative(double v)
    {
        var u = Math.Exp(-v);
        return u == 1 ? v : u == 0 ? 1 : (1 - u) * v / -Math.Log(u);
    }

    private static (double Mean, double? StandardDeviation) Moments(ForecastDistribution z, ScaleTransform transform)
    {
        var (mu, s, nu) = z switch
        {
            StudentTForecast t => (t.Location, t.Scale, t.DegreesOfFreedom),
            NormalForecast n => (n.Mean, n.Sigma, double.PositiveInfinity),
            _ => throw new InvalidOperationException("Unreachable: the constructor admits only normal and Student-t forecasts."),
        };

        switch (transform.Kind)
        {
            case ScaleTransformKind.Log:
                {
                    // sd = exp(μ + s²/2) · √(e^{s²} − 1), computed in logs: ln(e^{s²} − 1) = s² + ln(1 − e^{−s²}).
                    var v = s * s;
                    var m = Math.Min(Math.Exp(mu + (v / 2)), double.MaxValue);
                    var sd = Math.Min(Math.Exp(mu + v + (0.5 * Math.Log(OneMinusExpNegative(v)))), double.MaxValue);
                    return (m, sd);
                }

            case ScaleTransformKind.Logit:
                {
                    var (mean, sd) = LogitMean.Moments(mu, s, nu, transform);
                    return (mean, sd);
                }

            default:
                return (z.Mean, z.StandardDeviation);
        }
    }
}
