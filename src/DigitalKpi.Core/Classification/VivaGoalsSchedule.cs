using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Microsoft Viva Goals' key-result status: progress from start to target compared with the progress expected on a
/// straight line in time between the start and end dates.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> Actual progress <c>A = (yt − y0)/(yT − y0)</c>; expected progress
/// <c>E = (t − t0)/(T − t0)</c>, clamped to [0, 1], where <c>t</c> is the time of the latest value (the check-in).</para>
/// <para><b>Cut-off.</b> <c>A ≥ E − g</c> (inclusive) On track, otherwise Behind, where the allowed gap <c>g</c> is 0 in Viva
/// Goals and may be widened (METHODS.md policy table: "or within a configurable gap"). A met target is On track. A base that
/// already meets the target while the latest value does not has no defined progress: Behind.
/// A latest value that is its own start (no baseline, no earlier value) has neither elapsed time nor progress, so
/// "on track" would hold for any value: Unable to assess (not assessable) unless it meets the target (done) or the
/// deadline has passed (missed).
/// Lower-is-better ("Decrease from X to Y") and between targets work through the signed distances.</para>
/// <para><b>Status.</b> Done if met; missed after the deadline; likely if On track; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §2.2: learn.microsoft.com Viva Goals "key result types"; S10.</para>
/// </remarks>
public sealed class VivaGoalsSchedule : IProgressMethod
{
    /// <summary>Creates the rule with an allowed gap.</summary>
    /// <param name="allowedGap">How far actual progress may trail expected progress and still be On track, as a fraction (0.05 = 5 percentage points), in [0, 1]; Viva Goals uses 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allowedGap"/> is outside [0, 1].</exception>
    public VivaGoalsSchedule(double allowedGap = 0)
    {
        AllowedGap = Guard.InRange(allowedGap, 0, 1);
    }

    /// <summary>The method as published (no allowed gap).</summary>
    public static VivaGoalsSchedule Instance { get; } = new();

    /// <summary>How far actual progress may trail expected progress and still be On track, as a fraction.</summary>
    public double AllowedGap { get; }

    /// <inheritdoc />
    public string Name => "viva-goals";

    /// <summary>Assesses one target against straight-line expected progress.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict with <see cref="MethodVerdict.ActualProgress"/> and <see cref="MethodVerdict.ExpectedProgress"/> as fractions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        if (VerdictRules.WithoutScheduleStart(Name, input) is { } noStart)
        {
            return noStart;
        }

        var (actual, expected) = VerdictRules.Schedule(input);
        return Verdict(input, actual, expected);
    }

    /// <summary>
    /// Assesses one target against phased targets: the expected value runs piecewise linearly from the base through
    /// the interim milestones to the target, and expected progress is that value's share of the distance from base to target.
    /// </summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <param name="milestoneTimes">Times of the interim milestones in years, finite, strictly increasing, strictly between the base time and the target time.</param>
    /// <param name="milestoneValues">Milestone values in the indicator's unit, finite, same length as <paramref name="milestoneTimes"/>.</param>
    /// <returns>The verdict; with no milestones it equals <see cref="Assess(ProgressInput)"/>.</returns>
    /// <remarks>Source: METHODS.md §2.2, support.microsoft.com "Phased targets" (intermediate target values replace the straight expected line).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or the milestone times are not strictly increasing inside (base time, target time).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A milestone time or value is not finite.</exception>
    public MethodVerdict Assess(ProgressInput input, ReadOnlySpan<double> milestoneTimes, ReadOnlySpan<double> milestoneValues)
    {
        Guard.NotNull(input);
        if (milestoneTimes.Length != milestoneValues.Length)
        {
            throw new ArgumentException($"milestoneTimes and milestoneValues must have the same length; received {milestoneTimes.Length} and {milestoneValues.Length}.", nameof(milestoneValues));
        }

        var previous = input.BaseTime;
        for (var i = 0; i < milestoneTimes.Length; i++)
        {
            Guard.Finite(milestoneTimes[i], nameof(milestoneTimes));
            Guard.Finite(milestoneValues[i], nameof(milestoneValues));
            if (milestoneTimes[i] <= previous || milestoneTimes[i] >= input.TargetTime)
            {
                throw new ArgumentException($"milestoneTimes must be strictly increasing and strictly between the base time and the target time; milestoneTimes[{i}] = {milestoneTimes[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is not.", nameof(milestoneTimes));
            }

            previous = milestoneTimes[i];
        }

        if (VerdictRules.WithoutScheduleStart(Name, input) is { } noStart)
        {
            return noStart;
        }

        var (actual, straight) = VerdictRules.Schedule(input);
        var expected = straight;
        var distance = input.EffectiveTargetValue - input.BaseValue;
        if (milestoneTimes.Length > 0 && distance != 0)
        {
            var now = input.LatestTime;
            var (t0, v0) = (input.BaseTime, input.BaseValue);
            var (t1, v1) = (input.TargetTime, input.EffectiveTargetValue);
            for (var i = 0; i <= milestoneTimes.Length; i++)
            {
                (t1, v1) = i < milestoneTimes.Length ? (milestoneTimes[i], milestoneValues[i]) : (input.TargetTime, input.EffectiveTargetValue);
                if (now <= t1)
                {
                    break;
                }

                (t0, v0) = (t1, v1);
            }

            var value = now >= t1 ? v1 : v0 + ((v1 - v0) * (now - t0) / (t1 - t0));
            expected = ProgressMath.FiniteOrNull((value - input.BaseValue) / distance) ?? straight;
        }

        return Verdict(input, actual, expected);
    }

    /// <summary>On track when met or when actual progress is at least expected progress less the allowed gap; else Behind.</summary>
    private MethodVerdict Verdict(ProgressInput input, double? actual, double expected)
    {
        var onTrack = input.IsAchieved || (actual is { } a && Cutoff.AtOrAbove(a, expected - AllowedGap));
        var status = VerdictRules.Resolve(input.IsAchieved, input.IsDeadlinePassed, true, onTrack);
        return new MethodVerdict(
            Name, status, onTrack ? "On track" : "Behind", onTrack ? "viva.onTrack" : "viva.behind",
            actualProgress: actual, expectedProgress: expected);
    }

    /// <summary>Expected progress on a straight line: the share of the period elapsed, <c>(now − start)/(end − start)</c>, clamped to [0, 1].</summary>
    /// <param name="start">Start of the period, any finite time unit.</param>
    /// <param name="now">Current time in the same unit, finite.</param>
    /// <param name="end">End of the period, finite and after <paramref name="start"/>.</param>
    /// <returns>The expected progress fraction in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static double ExpectedProgress(double start, double now, double end)
    {
        Guard.Finite(start);
        Guard.Finite(now);
        Guard.Finite(end);
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"end must be after start = {start.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; received {end.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return Math.Clamp((now - start) / (end - start), 0, 1);
    }
}
