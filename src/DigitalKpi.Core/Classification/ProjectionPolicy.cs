using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The <c>projection</c> policy: the latest trend is projected to the deadline and compared with the target — UNSD's
/// exponential projection with progress ratio P (likely iff P ≥ 0.95) or Destatis' linear continuation with the
/// shortfall as a share of the gap (likely iff under 5%). The method's own category is kept in <see cref="Assessment.MethodVerdict"/>
/// and its projected value in <see cref="Evidence.Projected"/> (without an interval).
/// </summary>
/// <remarks>
/// The shared rules of <see cref="AssessmentPolicy"/> come first (done, missed, no data); Destatis needs at least four
/// values and is not assessable with fewer. UNSD's own rule that a percent target of 0% or 100% is met within 1
/// percentage point can make a target within it done (95, 98, 99.2% against at least 100%: done, "the target is met"),
/// as the published method counts it, though <see cref="Targets.Target.IsMetBy"/> does not. Source: METHODS.md §1.3 and §1.7, <see cref="UnsdProjection2023"/> and
/// <see cref="DestatisWeather"/>. Immutable and thread-safe.
/// </remarks>
public sealed class ProjectionPolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>projection</c>.</summary>
    public const string PolicyName = "projection";

    /// <summary>Creates the policy.</summary>
    /// <param name="variant">Which published method to run; UNSD 2023 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not a defined value.</exception>
    public ProjectionPolicy(ProjectionVariant variant = ProjectionVariant.Unsd2023)
    {
        Variant = EnumCheck.Defined(variant);
        Method = variant == ProjectionVariant.Unsd2023 ? UnsdProjection2023.Instance : DestatisWeather.Instance;
    }

    /// <summary>The policy with UNSD's 2023 method (the default of <see cref="AssessmentPolicy.FromName"/>).</summary>
    public static ProjectionPolicy Unsd2023 { get; } = new(ProjectionVariant.Unsd2023);

    /// <summary>The policy with Destatis' method.</summary>
    public static ProjectionPolicy Destatis { get; } = new(ProjectionVariant.Destatis);

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <summary>Which published method the policy runs.</summary>
    public ProjectionVariant Variant { get; }

    /// <inheritdoc />
    internal override IProgressMethod Method { get; }
}
