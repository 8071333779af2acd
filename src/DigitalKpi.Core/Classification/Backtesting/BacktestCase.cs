using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>One target assessed at an earlier as-of date, next to what happened: whether it was met by its deadline.</summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class BacktestCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="target">The target.</param>
    /// <param name="asOf">The as-of date of the assessment, before the deadline's end.</param>
    /// <param name="status">The status the policy gave on <paramref name="asOf"/>.</param>
    /// <param name="probability">The probability of meeting the target the policy gave, in [0, 1], or null when it gave none.</param>
    /// <param name="met">Whether the target was met by its deadline (see <see cref="Backtest.Outcome"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value, or <paramref name="probability"/> is outside [0, 1].</exception>
    public BacktestCase(Target target, LocalDate asOf, Status status, double? probability, bool met)
    {
        Target = Guard.NotNull(target);
        AsOf = asOf;
        Status = EnumCheck.Defined(status);
        Probability = probability is { } p ? Guard.InRange(p, 0, 1, nameof(probability)) : null;
        Met = met;
    }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The as-of date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The status given on <see cref="AsOf"/>.</summary>
    public Status Status { get; }

    /// <summary>The probability of meeting the target given on <see cref="AsOf"/>, or null.</summary>
    public double? Probability { get; }

    /// <summary>Whether the target was met by its deadline.</summary>
    public bool Met { get; }

    /// <summary>An invariant description, e.g. <c>dossiers-2025 @ 2024-06-30: Likely (p = 0.71), met</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Target.Id} @ {AsOf:uuuu-MM-dd}: {Status}{(Probability is { } p ? $" (p = {p.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty)}, {(Met ? "met" : "not met")}";
}
