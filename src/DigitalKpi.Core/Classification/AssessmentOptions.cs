namespace DigitalKpi.Core.Classification;

/// <summary>How a batch assessment runs: how many targets at once, where progress is reported and how it is cancelled.</summary>
/// <remarks>Options never change the result: assessments come back in target order and identical whatever the parallelism. Immutable and thread-safe (the progress sink must be thread-safe itself; <see cref="Progress{T}"/> is).</remarks>
public sealed class AssessmentOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="maxDegreeOfParallelism">Most targets assessed at once: −1 for as many as the thread pool gives (the default), otherwise at least 1 (1 runs sequentially on the calling thread).</param>
    /// <param name="progress">Receives (completed, total) after each target, or null.</param>
    /// <param name="cancellationToken">Cancels the batch; the assessor then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public AssessmentOptions(int maxDegreeOfParallelism = -1, IProgress<AssessmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism must be -1 (no limit) or at least 1; received {maxDegreeOfParallelism}.");
        }

        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Progress = progress;
        CancellationToken = cancellationToken;
    }

    /// <summary>The defaults: no limit on parallelism, no progress reports, no cancellation.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Most targets assessed at once; −1 for no limit.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Receives (completed, total) after each target, or null.</summary>
    public IProgress<AssessmentProgress>? Progress { get; }

    /// <summary>Cancels the batch.</summary>
    public CancellationToken CancellationToken { get; }
}
