using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Engagedly's goal status: the gap between expected progress (elapsed share of the period) and actual progress,
/// in percentage points, placed in three bands.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>A = (yt − y0)/(yT − y0)</c>, <c>E = (t − t0)/(T − t0)</c> clamped to [0, 1], gap
/// <c>G = 100·(E − A)</c> percentage points.</para>
/// <para><b>Cut-offs.</b> Met (<c>A ≥ 100 %</c>): Achieved; <c>G ≤ 16.5</c> On Track; <c>16.5 &lt; G ≤ 33</c> Behind;
/// <c>G &gt; 33</c> At Risk. A base already meeting the target while the latest value does not: At Risk (no defined progress).</para>
/// <para><b>Direction.</b> Progress uses signed distances, so lower-is-better ("decrease from X to Y") and between targets
/// (nearest end, see <see cref="ProgressInput"/>) need no special case.</para>
/// <para>A latest value that is its own start (no baseline, no earlier value) has neither elapsed time nor progress, so
/// "on track" would hold for any value: Unable to assess (not assessable) unless it meets the target (done) or the
/// deadline has passed (missed).</para>
/// <para><b>Status.</b> Done if achieved; missed after the deadline (Engagedly: "after the due date … else At Risk");
/// likely if On Track; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §2.2: help.engagedly.com "How is goal progress calculated"; S11.</para>
/// </remarks>
public sealed class EngagedlySchedule : IProgressMethod
{
    /// <summary>Largest gap (inclusive) in percentage points that is On Track.</summary>
    public const double OnTrackGap = 16.5;

    /// <summary>Largest gap (inclusive) in percentage points that is Behind; above it is At Risk.</summary>
    public const double BehindGap = 33;

    /// <summary>The method as published.</summary>
    public static EngagedlySchedule Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "engagedly";

    /// <summary>Assesses one target by its gap to straight-line expected progress.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Score"/> is the gap <c>G</c> in percentage points (null when progress is undefined).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        if (VerdictRules.WithoutScheduleStart(Name, input) is { } noStart)
        {
            return noStart;
        }

        var (actual, expected) = VerdictRules.Schedule(input);

        var gap = actual is { } a ? ProgressMath.FiniteOrNull(100 * (expected - a)) : null;
        (string Category, string Key) band = input.IsAchieved ? ("Achieved", "engagedly.achieved") : Band(gap ?? double.MaxValue);
        var status = VerdictRules.Resolve(input.IsAchieved, input.IsDeadlinePassed, true, band.Key == "engagedly.onTrack");
        return new MethodVerdict(Name, status, band.Category, band.Key, score: gap, actualProgress: actual, expectedProgress: expected);
    }

    /// <summary>The band of a gap in percentage points (upper ends inclusive).</summary>
    internal static (string Category, string Key) Band(double gap)
        => Cutoff.AtOrBelow(gap, OnTrackGap) ? ("On Track", "engagedly.onTrack")
            : Cutoff.AtOrBelow(gap, BehindGap) ? ("Behind", "engagedly.behind")
            : ("At Risk", "engagedly.atRisk");
}
