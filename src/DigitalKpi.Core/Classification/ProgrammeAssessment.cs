using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>The assessments of every target of a programme at one as-of date under one policy, in the programme's target order.</summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="Assessor.Assess(Programmes.Programme, LocalDate, AssessmentPolicy?, AssessmentOptions?)"/>.</remarks>
public sealed class ProgrammeAssessment
{
    /// <summary>Creates a programme assessment.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="policy">The policy name as in METHODS.md; not blank.</param>
    /// <param name="assessments">The assessments in target order; no nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is blank.</exception>
    public ProgrammeAssessment(LocalDate asOf, string policy, IEnumerable<Assessment> assessments)
    {
        Guard.NotNull(assessments);
        AsOf = asOf;
        Policy = Guard.NotBlank(policy);
        Assessments = [.. assessments];
        for (var i = 0; i < Assessments.Length; i++)
        {
            ItemGuard.NotNull(Assessments[i], i, nameof(assessments));
        }
    }

    private ProgrammeAssessment(LocalDate asOf, string policy, ImmutableArray<Assessment> assessments)
    {
        AsOf = asOf;
        Policy = policy;
        Assessments = assessments;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The policy name as in METHODS.md.</summary>
    public string Policy { get; }

    /// <summary>The assessments, in the programme's target order.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>
    /// Takes over the assessor's array of results, every item set, without copying or checking it again: a batch of a
    /// million targets would otherwise copy eight megabytes once more. The caller must not touch the array afterwards.
    /// </summary>
    internal static ProgrammeAssessment FromResults(LocalDate asOf, string policy, Assessment[] results)
        => new(asOf, policy, ImmutableCollectionsMarshal.AsImmutableArray(results));

    /// <summary>An invariant description, e.g. <c>2024-07-10 probabilistic: 62 targets</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{AsOf:uuuu-MM-dd} {Policy}: {Assessments.Length} targets";
}
