using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The UN Statistics Division's 2023+ rule as applied by Eustat: continue the observed compound annual growth
/// rate from the latest value to the deadline, then compare the projected progress with the progress needed.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>CAGR_a = (yt/y0)^(1/(t−t0)) − 1</c>; <c>ŷ = yt·(1 + CAGR_a)^(T − t)</c>;
/// <c>P = (ŷ − y0)/(yT − y0)</c>.</para>
/// <para><b>Cut-offs</b>, lower ends inclusive: <c>P ≥ 0.95</c> target met or on the way; <c>0.10 ≤ P &lt; 0.95</c>
/// reasonable progress, acceleration needed; <c>P &lt; 0.10</c> stagnation or regression. The 0.95 band accepts a
/// projection that misses by up to 5 % of the distance (METHODS.md §1.10 case C).</para>
/// <para><b>Met</b> when the latest value meets the target, or, for a percent indicator whose
/// <see cref="ProgressInput.NaturalLimit"/> is 100 (or 0 when lower is better) and whose target equals that limit,
/// when the latest value is within <see cref="PercentPointTolerance"/> of it (inclusive).
/// A base value already meeting the target while the latest does not (P undefined): stagnation or regression.
/// Zero base or opposite signs: not assessable. Direction and between targets via <see cref="ProgressInput"/>:
/// P is a ratio of signed distances, so it needs no direction factor.</para>
/// <para><b>Status.</b> Done if met; missed after the deadline; likely if <c>P ≥ 0.95</c>; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §1.3(b): Eustat Basque SDG methodology (<c>EUSTAT-DES/site</c>,
/// <c>_pages/en/metodologia.md</c>), based on the UNSD Progress Chart Technical Note 2023.</para>
/// </remarks>
public sealed class UnsdProjection2023 : IProgressMethod
{
    /// <summary>Lower end (inclusive) of "target met or on the way": <c>P ≥ 0.95</c>.</summary>
    public const double OnTheWayCutoff = 0.95;

    /// <summary>Lower end (inclusive) of "reasonable progress, acceleration needed": <c>P ≥ 0.10</c>.</summary>
    public const double ReasonableCutoff = 0.10;

    /// <summary>A percent target of 0 % or 100 % counts as met within this many percentage points.</summary>
    public const double PercentPointTolerance = 1;

    /// <summary>No-target cut-off: <c>d·CAGR ≥ 2 %</c> is the top band.</summary>
    public const double NoTargetHighCutoff = 0.02;

    /// <summary>No-target cut-off: <c>d·CAGR ≥ 0.5 %</c> is the middle band.</summary>
    public const double NoTargetMediumCutoff = 0.005;

    /// <summary>The method with the published cut-offs.</summary>
    public static UnsdProjection2023 Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "unsd-2023";

    /// <summary>Assesses one target by the projected progress ratio.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is <c>P</c> and <see cref="MethodVerdict.ProjectedValue"/> is <c>ŷ</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var yT = input.EffectiveTargetValue;
        var achieved = input.IsAchieved
            || (input.NaturalLimit is { } limit && (limit == 100 || limit == 0) && yT == limit
                && Cutoff.AtOrBelow(Math.Abs(input.LatestValue - yT), PercentPointTolerance));
        double? actual = null;
        double? projected = null;
        double? ratio = null;
        if (ProgressMath.TryCagr(input.BaseValue, input.LatestValue, input.LatestTime - input.BaseTime, out var rate))
        {
            actual = rate;
            var y = input.LatestValue * Math.Pow(1 + rate, input.TargetTime - input.LatestTime);
            projected = double.IsFinite(y) ? y : null;
            if (projected is { } py && !input.BaseMeetsTarget)
            {
                ratio = ProgressMath.FiniteOrNull((py - input.BaseValue) / (yT - input.BaseValue));
            }
        }

        (string Category, string Key) band = achieved ? Band(1)
            : ratio is { } p ? Band(p)
            : input.BaseMeetsTarget ? Band(double.MinValue)
            : (VerdictRules.NotAssessable, "common.notAssessable");
        var assessable = ratio is not null || input.BaseMeetsTarget;
        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, assessable, Cutoff.AtOrAbove(ratio, OnTheWayCutoff));
        return new MethodVerdict(Name, status, band.Category, band.Key, actualRate: actual, ratio: ratio, projectedValue: projected);
    }

    /// <summary>The band of a progress ratio P (lower ends inclusive).</summary>
    internal static (string Category, string Key) Band(double p) => Band(p, OnTheWayCutoff, ReasonableCutoff);

    /// <summary>The band of a value against the two cut-offs of the ratio P or of the no-target growth rate (lower ends inclusive).</summary>
    private static (string Category, string Key) Band(double value, double onTheWay, double reasonable)
        => Cutoff.AtOrAbove(value, onTheWay) ? ("Target met or on the way", "unsd2023.onTheWay")
            : Cutoff.AtOrAbove(value, reasonable) ? ("Reasonable progress, acceleration needed", "unsd2023.accelerationNeeded")
            : ("Stagnation or regression", "unsd2023.stagnationOrRegression");

    /// <summary>
    /// Assesses an indicator without a target by its growth rate, mirrored for decreasing indicators:
    /// <c>d·CAGR ≥ 2 %</c> target met or on the way; <c>0.5 % ≤ … &lt; 2 %</c> reasonable progress;
    /// <c>&lt; 0.5 %</c> stagnation or regression.
    /// </summary>
    /// <param name="baseTime">Base time in years.</param>
    /// <param name="baseValue">Base value, finite, not 0.</param>
    /// <param name="latestTime">Latest time in years, after <paramref name="baseTime"/>.</param>
    /// <param name="latestValue">Latest value, finite, same sign as the base.</param>
    /// <param name="polarity">Which direction is progress.</param>
    /// <returns>The verdict: likely in the top band, at risk otherwise, not assessable when the rate is undefined; never done.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public MethodVerdict AssessWithoutTarget(double baseTime, double baseValue, double latestTime, double latestValue, Polarity polarity = Polarity.HigherIsBetter)
    {
        if (!VerdictRules.TryNoTargetRate(baseTime, baseValue, latestTime, latestValue, polarity, out var rate, out var p))
        {
            return VerdictRules.NotAssessableVerdict(Name);
        }

        var (category, key) = Band(p, NoTargetHighCutoff, NoTargetMediumCutoff);
        return new MethodVerdict(Name, Cutoff.AtOrAbove(p, NoTargetHighCutoff) ? Status.Likely : Status.AtRisk, category, key, actualRate: rate, ratio: p);
    }
}
