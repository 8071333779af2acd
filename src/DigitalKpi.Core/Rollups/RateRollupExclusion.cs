using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Rollups;

/// <summary>An observation that a rate rollup did not use, and why.</summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class RateRollupExclusion
{
    /// <summary>Creates an exclusion.</summary>
    /// <param name="observation">The observation left out.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public RateRollupExclusion(Observation observation, RateRollupExclusionReason reason)
    {
        Observation = Guard.NotNull(observation);
        Reason = EnumCheck.Defined(reason);
    }

    /// <summary>The observation left out.</summary>
    public Observation Observation { get; }

    /// <summary>Why it was left out.</summary>
    public RateRollupExclusionReason Reason { get; }

    /// <summary>An invariant description, e.g. <c>online-dossier-share @ VN-HD 2024 = 92 (Actual): NoNumeratorDenominator</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Observation}: {Reason}";
}
