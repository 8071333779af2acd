using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>Of the targets a policy gave one status, how many were met by their deadline: "of those called likely, 85% were met".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatusCalibration
{
    /// <summary>Creates a row.</summary>
    /// <param name="status">The status.</param>
    /// <param name="count">Cases with that status, at least 0.</param>
    /// <param name="metCount">Of those, cases whose target was met, from 0 to <paramref name="count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined, <paramref name="count"/> is negative, or <paramref name="metCount"/> is outside [0, <paramref name="count"/>].</exception>
    public StatusCalibration(Status status, int count, int metCount)
    {
        Status = EnumCheck.Defined(status);
        Count = Guard.AtLeast(count, 0);
        if (metCount < 0 || metCount > count)
        {
            throw new ArgumentOutOfRangeException(nameof(metCount), metCount, $"metCount must lie in [0, {count}]; received {metCount}.");
        }

        MetCount = metCount;
    }

    /// <summary>The status.</summary>
    public Status Status { get; }

    /// <summary>Cases with that status.</summary>
    public int Count { get; }

    /// <summary>Of those, cases whose target was met by its deadline.</summary>
    public int MetCount { get; }

    /// <summary>The share met, <see cref="MetCount"/> ÷ <see cref="Count"/>, as a fraction in [0, 1]; null when there is no case.</summary>
    public double? MetShare => Count == 0 ? null : (double)MetCount / Count;

    /// <summary>An invariant description, e.g. <c>Likely: 17 of 20 met</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Status}: {MetCount} of {Count} met";
}
