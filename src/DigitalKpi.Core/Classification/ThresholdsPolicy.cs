using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The <c>thresholds</c> policy: ordered rules on attainment, progress or the value, first match wins, as Power BI,
/// ClearPoint, ServiceNow, Spider Impact and OKR grades apply them; ClearPoint's rules by default (≥ 100% of the
/// target done, ≥ 90% likely, else at risk). The rule's label is kept in <see cref="Assessment.MethodVerdict"/>.
/// </summary>
/// <remarks>
/// The shared rules of <see cref="AssessmentPolicy"/> come first (done, missed, no data). Source: METHODS.md §2.1–2.6,
/// <see cref="ThresholdRules"/>. Immutable and thread-safe.
/// </remarks>
public sealed class ThresholdsPolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>thresholds</c>.</summary>
    public const string PolicyName = "thresholds";

    /// <summary>Creates the policy with the given rules.</summary>
    /// <param name="rules">The rules, e.g. <see cref="ThresholdRules.ClearPoint"/>, <see cref="ThresholdRules.ServiceNow"/>, <see cref="ThresholdRules.GoogleOkr"/> or the user's own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ThresholdsPolicy(ThresholdRules rules) => Rules = Guard.NotNull(rules);

    /// <summary>The policy with ClearPoint's rules (the default of <see cref="AssessmentPolicy.FromName"/>).</summary>
    public static ThresholdsPolicy ClearPoint { get; } = new(ThresholdRules.ClearPoint);

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <summary>The rules in priority order.</summary>
    public ThresholdRules Rules { get; }

    /// <inheritdoc />
    internal override IProgressMethod Method => Rules;
}
