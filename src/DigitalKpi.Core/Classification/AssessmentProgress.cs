namespace DigitalKpi.Core.Classification;

/// <summary>How far a batch assessment has come: targets completed out of the total.</summary>
/// <remarks>Reported through <see cref="AssessmentOptions.Progress"/>; completions may be reported out of order when targets run in parallel, but <see cref="Completed"/> only grows. The <c>default</c> value is 0 of 0.</remarks>
public readonly struct AssessmentProgress : IEquatable<AssessmentProgress>
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="completed">Targets assessed so far, 0 to <paramref name="total"/>.</param>
    /// <param name="total">Targets in the batch, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="completed"/> is outside 0 to <paramref name="total"/>.</exception>
    public AssessmentProgress(int completed, int total)
    {
        if (total < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"total must be at least 0; received {total}.");
        }

        if (completed < 0 || completed > total)
        {
            throw new ArgumentOutOfRangeException(nameof(completed), completed, $"completed must be from 0 to total = {total}; received {completed}.");
        }

        Completed = completed;
        Total = total;
    }

    /// <summary>Targets assessed so far.</summary>
    public int Completed { get; }

    /// <summary>Targets in the batch.</summary>
    public int Total { get; }

    /// <summary>Whether two reports are equal.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AssessmentProgress left, AssessmentProgress right) => left.Equals(right);

    /// <summary>Whether two reports differ.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(AssessmentProgress left, AssessmentProgress right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AssessmentProgress other) => Completed == other.Completed && Total == other.Total;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AssessmentProgress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Completed, Total);

    /// <summary>An invariant description, e.g. <c>12/62</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Completed}/{Total}";
}
