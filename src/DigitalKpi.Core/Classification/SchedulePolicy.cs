using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The <c>schedule</c> policy: progress from the base towards the target against the straight-line progress expected
/// by the elapsed share of the time window, as goal-tracking products compute it; likely when on track, else at risk.
/// The product's own category is kept in <see cref="Assessment.MethodVerdict"/>.
/// </summary>
/// <remarks>
/// The shared rules of <see cref="AssessmentPolicy"/> come first (done, missed, no data). Source: METHODS.md §2.2,
/// <see cref="VivaGoalsSchedule"/> and <see cref="EngagedlySchedule"/>. Immutable and thread-safe.
/// </remarks>
public sealed class SchedulePolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>schedule</c>.</summary>
    public const string PolicyName = "schedule";

    /// <summary>Creates the policy.</summary>
    /// <param name="variant">Which product's rule to run; Viva Goals by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not a defined value.</exception>
    public SchedulePolicy(ScheduleVariant variant = ScheduleVariant.VivaGoals)
    {
        Variant = EnumCheck.Defined(variant);
        Method = variant == ScheduleVariant.VivaGoals ? VivaGoalsSchedule.Instance : EngagedlySchedule.Instance;
    }

    /// <summary>The policy with Viva Goals' rule (the default of <see cref="AssessmentPolicy.FromName"/>).</summary>
    public static SchedulePolicy VivaGoals { get; } = new(ScheduleVariant.VivaGoals);

    /// <summary>The policy with Engagedly's rule.</summary>
    public static SchedulePolicy Engagedly { get; } = new(ScheduleVariant.Engagedly);

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <summary>Which product's rule the policy runs.</summary>
    public ScheduleVariant Variant { get; }

    /// <inheritdoc />
    internal override IProgressMethod Method { get; }
}
