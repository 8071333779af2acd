using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The status of one interim milestone of a target at the as-of date, decided by the same policy as the target
/// with the milestone's value and deadline in place of the target's.
/// </summary>
/// <remarks>
/// A milestone is compared the way its target is (at least, at most); a milestone of a between target is read
/// as "at least" its value. Immutable and thread-safe.
/// </remarks>
public sealed class MilestoneAssessment
{
    /// <summary>Creates the assessment of a milestone.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <param name="status">Its status: done, likely, at risk, missed (its deadline passed unmet) or not assessable.</param>
    /// <param name="evidence">The numbers that decided it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public MilestoneAssessment(Milestone milestone, Status status, Evidence evidence)
    {
        Milestone = milestone;
        Status = EnumCheck.Defined(status);
        Evidence = Guard.NotNull(evidence);
    }

    /// <summary>The milestone.</summary>
    public Milestone Milestone { get; }

    /// <summary>Its status at the as-of date.</summary>
    public Status Status { get; }

    /// <summary>The numbers that decided it.</summary>
    public Evidence Evidence { get; }

    /// <summary>An invariant description, e.g. <c>2024: 50 → Likely</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Milestone} → {Status}";
}
