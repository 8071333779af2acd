using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Targets;

/// <summary>An interim value a target must reach by the end of an earlier period than its deadline.</summary>
/// <remarks><c>default(Milestone)</c> is the value 0 in the year 1. Equality compares deadline and value exactly. Immutable.</remarks>
public readonly struct Milestone : IEquatable<Milestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="deadline">The period by whose end the value is due.</param>
    /// <param name="value">The value due, in the indicator's unit, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public Milestone(ReportingPeriod deadline, double value)
    {
        Deadline = deadline;
        Value = Guard.Finite(value);
    }

    /// <summary>The period by whose end the value is due.</summary>
    public ReportingPeriod Deadline { get; }

    /// <summary>The value due, in the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>Whether deadline and value are equal.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Milestone left, Milestone right) => left.Equals(right);

    /// <summary>Whether deadline or value differ.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Milestone left, Milestone right) => !left.Equals(right);

    /// <summary>Whether deadline and value are equal.</summary>
    /// <param name="other">The other milestone.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Milestone other) => Deadline == other.Deadline && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Milestone other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Deadline, Value);

    /// <summary>The milestone as <c>2024: 50</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Deadline}: {Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
}
