namespace DigitalKpi.Core.Classification;

/// <summary>
/// The <c>linear-ratio</c> policy: SDSN's dashboard rule, the observed linear change per year divided by the change
/// per year needed to reach the target by the deadline; likely iff the ratio is at least 1, else at risk. The method's
/// own category is kept in <see cref="Assessment.MethodVerdict"/>.
/// </summary>
/// <remarks>
/// The shared rules of <see cref="AssessmentPolicy"/> come first (done, missed, no data). Source: METHODS.md §1.5,
/// <see cref="SdsnLinearRatio"/>. Immutable and thread-safe.
/// </remarks>
public sealed class LinearRatioPolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>linear-ratio</c>.</summary>
    public const string PolicyName = "linear-ratio";

    private LinearRatioPolicy()
    {
    }

    /// <summary>The policy with SDSN's method and cut-offs.</summary>
    public static LinearRatioPolicy Sdsn { get; } = new();

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <inheritdoc />
    internal override IProgressMethod Method => SdsnLinearRatio.Instance;
}
