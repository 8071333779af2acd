using System.Globalization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Indicators;

/// <summary>The closed interval [<see cref="Lower"/>, <see cref="Upper"/>] an indicator's values cannot leave, in the indicator's unit.</summary>
/// <remarks>
/// <para><c>default(Bounds)</c> is the degenerate interval [0, 0]: the constructor never produces it and
/// <see cref="Indicator"/> rejects it.</para>
/// <para>Equality compares both ends exactly. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Bounds : IEquatable<Bounds>
{
    /// <summary>Creates the interval [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">The smallest possible value, finite.</param>
    /// <param name="upper">The largest possible value, finite and greater than <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite, or <paramref name="upper"/> is not greater than <paramref name="lower"/>.</exception>
    public Bounds(double lower, double upper)
    {
        Guard.Finite(lower);
        if (!double.IsFinite(upper) || upper <= lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"upper must be a finite number greater than lower ({Show(lower)}); received {Show(upper)}.");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The bounds of a percentage: [0, 100].</summary>
    public static Bounds Percent { get; } = new(0, 100);

    /// <summary>The smallest possible value.</summary>
    public double Lower { get; }

    /// <summary>The largest possible value.</summary>
    public double Upper { get; }

    /// <summary>Upper − Lower (positive, except for <c>default</c>).</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in the interval, both ends included.</summary>
    /// <param name="value">A value in the indicator's unit; NaN gives false.</param>
    /// <returns>True when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The nearest value inside the interval.</summary>
    /// <param name="value">A finite value in the indicator's unit.</param>
    /// <returns><paramref name="value"/> limited to [<see cref="Lower"/>, <see cref="Upper"/>].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public double Clamp(double value) => Math.Clamp(Guard.Finite(value), Lower, Upper);

    /// <summary>Whether both ends are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Bounds left, Bounds right) => left.Equals(right);

    /// <summary>Whether an end differs.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Bounds left, Bounds right) => !left.Equals(right);

    /// <summary>Whether both ends are equal.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Bounds other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Bounds other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>The interval in invariant culture, e.g. <c>[0, 100]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Show(Lower)}, {Show(Upper)}]";

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
