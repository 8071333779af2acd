using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// A strictly increasing map from an indicator's values to the scale a model works on, used so
/// that positive indicators stay positive (<see cref="Log"/>) and bounded indicators stay inside
/// their bounds (<see cref="Logit"/>).
/// </summary>
/// <remarks>
/// <para><c>default(ScaleTransform)</c> is the identity. Equality compares the kind and, for
/// <see cref="ScaleTransformKind.Logit"/>, both bounds. Immutable and thread-safe.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.6
/// (forecasting with transformations) and §13.3 (ensuring forecasts stay within limits: the scaled logit).</para>
/// </remarks>
public readonly struct ScaleTransform : IEquatable<ScaleTransform>
{
    private ScaleTransform(ScaleTransformKind kind, double lower, double upper)
    {
        Kind = kind;
        Lower0 = lower;
        Upper0 = upper;
    }

    /// <summary>The identity: the model works on the values themselves.</summary>
    public static ScaleTransform Identity => default;

    /// <summary>The natural logarithm, for indicators that are positive: values must be greater than 0.</summary>
    public static ScaleTransform Log => new(ScaleTransformKind.Log, 0, double.PositiveInfinity);

    /// <summary>The family of the transform.</summary>
    public ScaleTransformKind Kind { get; }

    /// <summary>The lowest value the indicator can approach: L for <see cref="ScaleTransformKind.Logit"/>, 0 for <see cref="ScaleTransformKind.Log"/>, −∞ for the identity.</summary>
    public double Lower => Kind == ScaleTransformKind.Identity ? double.NegativeInfinity : Lower0;

    /// <summary>The highest value the indicator can approach: U for <see cref="ScaleTransformKind.Logit"/>, +∞ otherwise.</summary>
    public double Upper => Kind == ScaleTransformKind.Logit ? Upper0 : double.PositiveInfinity;

    private double Lower0 { get; }

    private double Upper0 { get; }

    /// <summary>The scaled logit between <paramref name="lower"/> and <paramref name="upper"/>: z = ln((y − L) / (U − y)).</summary>
    /// <param name="lower">Lower bound L in the indicator's unit (0 for a percentage); finite.</param>
    /// <param name="upper">Upper bound U in the indicator's unit (100 for a percentage); finite, greater than <paramref name="lower"/>, and with U − L finite.</param>
    /// <returns>The transform.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or the width <paramref name="upper"/> − <paramref name="lower"/> is beyond the range of double (named <paramref name="upper"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is not greater than <paramref name="lower"/>.</exception>
    public static ScaleTransform Logit(double lower, double upper)
    {
        Utility.Guard.Finite(lower);
        Utility.Guard.Finite(upper);
        if (upper <= lower)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The upper bound must be greater than the lower bound; received lower = {lower:R}, upper = {upper:R}."),
                nameof(upper));
        }

        if (!double.IsFinite(upper - lower))
        {
            // The back-transform scales by U − L: an infinite width gives infinite or NaN values.
            throw new ArgumentOutOfRangeException(
                nameof(upper),
                upper,
                string.Create(CultureInfo.InvariantCulture, $"The width between the bounds, upper − lower, must be finite; received lower = {lower:R}, upper = {upper:R}, whose difference exceeds the largest double. Use bounds closer together, or a smaller unit."));
        }

        return new ScaleTransform(ScaleTransformKind.Logit, lower, upper);
    }

    /// <summary>True when <paramref name="value"/> lies strictly inside the domain (Log: greater than 0; Logit: strictly between the bounds; identity: finite).</summary>
    /// <param name="value">A value in the indicator's unit.</param>
    /// <returns>Whether <see cref="Forward"/> accepts the value.</returns>
    public bool InDomain(double value) => Kind switch
    {
        ScaleTransformKind.Log => double.IsFinite(value) && value > 0,
        ScaleTransformKind.Logit => value > Lower0 && value < Upper0,
        _ => double.IsFinite(value),
    };

    /// <summary>Maps a value of the indicator to the model scale.</summary>
    /// <param name="value">A value in the indicator's unit, strictly inside the domain (see <see cref="InDomain"/>).</param>
    /// <returns>The value on the model scale; finite.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the domain.</exception>
    public double Forward(double value)
    {
        if (!InDomain(value))
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                string.Create(CultureInfo.InvariantCulture, $"{this} needs a value in ({Lower:R}, {Upper:R}); received {value:R}."));
        }

        return ForwardUnchecked(value);
    }

    /// <summary>Maps a value on the model scale back to the indicator's unit.</summary>
    /// <param name="z">A value on the model scale; finite.</param>
    /// <returns>The value in the indicator's unit, inside [Lower, Upper]; a result beyond the largest double is returned as <see cref="double.MaxValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not finite.</exception>
    public double Inverse(double z) => InverseUnchecked(Utility.Guard.Finite(z));

    /// <summary>The transform as invariant text: <c>identity</c>, <c>log</c> or <c>logit(0, 100)</c>.</summary>
    /// <returns>The name and bounds.</returns>
    public override string ToString() => Kind switch
    {
        ScaleTransformKind.Log => "log",
        ScaleTransformKind.Logit => string.Create(CultureInfo.InvariantCulture, $"logit({Lower0:R}, {Upper0:R})"),
        _ => "identity",
    };

    /// <inheritdoc/>
    public bool Equals(ScaleTransform other)
        => Kind == other.Kind && Lower0.Equals(other.Lower0) && Upper0.Equals(other.Upper0);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScaleTransform other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Lower0, Upper0);

    /// <summary>True when kind and bounds are equal.</summary>
    /// <param name="left">First transform.</param>
    /// <param name="right">Second transform.</param>
    /// <returns>Whether the transforms are equal.</returns>
    public static bool operator ==(ScaleTransform left, ScaleTransform right) => left.Equals(right);

    /// <summary>True when kind or bounds differ.</summary>
    /// <param name="left">First transform.</param>
    /// <param name="right">Second transform.</param>
    /// <returns>Whether the transforms differ.</returns>
    public static bool operator !=(ScaleTransform left, ScaleTransform right) => !left.Equals(right);

    /// <summary>Forward map for a value already known to be in the domain.</summary>
    internal double ForwardUnchecked(double value) => Kind switch
    {
        ScaleTransformKind.Log => Math.Log(value),
        ScaleTransformKind.Logit => Math.Log((value - Lower0) / (Upper0 - value)),
        _ => value,
    };

    /// <summary>Inverse map for a finite or infinite model-scale value; never returns NaN or infinity.</summary>
    internal double InverseUnchecked(double z) => Kind switch
    {
        ScaleTransformKind.Log => Math.Min(Math.Exp(z), double.MaxValue),
        ScaleTransformKind.Logit => z < 0
            ? Lower0 + ((Upper0 - Lower0) * Math.Exp(z) / (1 + Math.Exp(z)))
            : Upper0 - ((Upper0 - Lower0) * Math.Exp(-z) / (1 + Math.Exp(-z))),
        _ => Math.Clamp(z, -double.MaxValue, double.MaxValue),
    };
}
