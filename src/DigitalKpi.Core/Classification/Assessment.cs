using System.Collections.Immutable;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The status of one target at an as-of date — done, likely, at risk, missed or not assessable — with the numbers
/// that decided it, the published method's own verdict when the policy is an official one, a sentence in
/// Vietnamese and English saying why, and the status of each interim milestone.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="Assessor"/> and <see cref="AssessmentPolicy.Assess"/>.</remarks>
public sealed class Assessment
{
    private LocalizedText? explanation;
    private AssessmentCase? explain;

    /// <summary>Creates an assessment.</summary>
    /// <param name="target">The target assessed.</param>
    /// <param name="asOf">The as-of date: only values for periods ended by this day were used.</param>
    /// <param name="status">The status.</param>
    /// <param name="policy">The policy name as in METHODS.md (e.g. <c>probabilistic</c>, <c>growth-ratio</c>); not blank.</param>
    /// <param name="evidence">The numbers that decided the status.</param>
    /// <param name="explanation">One or two sentences in Vietnamese and English.</param>
    /// <param name="methodVerdict">The published method's verdict (its own category and score) for an official policy; null for the probabilistic policy or when the method could not be run.</param>
    /// <param name="milestones">Assessments of the target's interim milestones in deadline order; null or empty for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/>, <paramref name="evidence"/> or <paramref name="explanation"/> is null, or a milestone assessment is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public Assessment(
        Target target,
        LocalDate asOf,
        Status status,
        string policy,
        Evidence evidence,
        LocalizedText explanation,
        MethodVerdict? methodVerdict = null,
        IEnumerable<MilestoneAssessment>? milestones = null)
    {
        Target = Guard.NotNull(target);
        AsOf = asOf;
        Status = EnumCheck.Defined(status);
        Policy = Guard.NotBlank(policy);
        Evidence = Guard.NotNull(evidence);
        this.explanation = Guard.NotNull(explanation);
        MethodVerdict = methodVerdict;
        Milestones = milestones is null ? [] : [.. milestones];
        foreach (var m in Milestones)
        {
            if (m is null)
            {
                throw new ArgumentNullException(nameof(milestones), "milestones must not contain null.");
            }
        }
    }

    /// <summary>Creates an assessment whose explanation is written on first read from the concluded case (a pure function of it), so a batch whose texts are never read does not pay for them.</summary>
    internal Assessment(
        Target target,
        LocalDate asOf,
        Status status,
        string policy,
        Evidence evidence,
        AssessmentCase explain,
        MethodVerdict? methodVerdict,
        ImmutableArray<MilestoneAssessment> milestones)
    {
        Target = target;
        AsOf = asOf;
        Status = status;
        Policy = policy;
        Evidence = evidence;
        this.explain = explain;
        MethodVerdict = methodVerdict;
        Milestones = milestones;
    }

    /// <summary>The target assessed.</summary>
    public Target Target { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The status.</summary>
    public Status Status { get; }

    /// <summary>The policy name as in METHODS.md.</summary>
    public string Policy { get; }

    /// <summary>The numbers that decided the status.</summary>
    public Evidence Evidence { get; }

    /// <summary>The published method's own verdict for an official policy, or null.</summary>
    public MethodVerdict? MethodVerdict { get; }

    /// <summary>One or two sentences in Vietnamese and English saying which policy decided and why.</summary>
    /// <remarks>Assessments built by the policies write this text on first read; reading it from several threads at once is safe and gives equal texts.</remarks>
    public LocalizedText Explanation => Volatile.Read(ref explanation) ?? Explain();

    /// <summary>Assessments of the interim milestones in deadline order (empty when the target has none).</summary>
    public ImmutableArray<MilestoneAssessment> Milestones { get; }

    private LocalizedText Explain()
    {
        var write = Volatile.Read(ref explain);
        if (write is null)
        {
            return Volatile.Read(ref explanation)!;
        }

        var text = write.Explain();
        var result = Interlocked.CompareExchange(ref explanation, text, null) ?? text;
        Volatile.Write(ref explain, null);
        return result;
    }

    /// <summary>An invariant description, e.g. <c>dossiers-2025: Likely (probabilistic)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Target.Id}: {Status} ({Policy})";
}
