using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The UN Statistics Division's SDG Progress Chart 2022 rule: the ratio of the observed to the required
/// compound annual growth rate, <c>CR = CAGR_a / CAGR_r</c>, with an achieved test that tolerates 0.05 %.
/// </summary>
/// <remarks>
/// <para><b>Achieved</b> ("Target achieved"): the latest value meets the target, or lies within 0.05 % of it:
/// <c>yt/yT &gt; 0.9995</c> for an increasing target (<c>yT &gt; 0</c>), <c>yT/yt &gt; 0.9995</c> for a decreasing one
/// (<c>yt &gt; 0</c>); a latest value of 0 meets a decreasing target. Both tolerance tests are exclusive, as coded.</para>
/// <para><b>Base rules.</b> A base value that already met the target (including base = target, <c>CAGR_r = 0</c>)
/// while the latest value does not: Deterioration.</para>
/// <para><b>Cut-offs</b> on <c>CR</c> (computed as <c>s·d·CAGR_a/|CAGR_r|</c>, equal to <c>CAGR_a/CAGR_r</c> whenever the
/// base is short of the target), lower ends inclusive: <c>CR ≥ 0.95</c> On track (substantial progress);
/// <c>0.5 ≤ CR &lt; 0.95</c> Fair progress but acceleration needed; <c>−0.1 ≤ CR &lt; 0.5</c> Limited or no progress;
/// <c>CR &lt; −0.1</c> Deterioration. A zero base or values of opposite signs: not assessable.</para>
/// <para><b>Status.</b> Done if achieved (with the tolerance); missed after the deadline; likely if On track; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §1.3(a): UNDP "SDG Push" status script following the UNSD Progress Chart 2022
/// Technical Note (<c>UNDP-Data/fe-sdg-push-data-collection-application</c>).</para>
/// </remarks>
public sealed class UnsdProgressChart2022 : IProgressMethod
{
    /// <summary>Achieved tolerance: the ratio of latest to target (or target to latest) must exceed 0.9995.</summary>
    public const double AchievedRatio = 0.9995;

    /// <summary>Lower end (inclusive) of On track: <c>CR ≥ 0.95</c>.</summary>
    public const double OnTrackCutoff = 0.95;

    /// <summary>Lower end (inclusive) of fair progress: <c>CR ≥ 0.5</c>.</summary>
    public const double FairCutoff = 0.5;

    /// <summary>Lower end (inclusive) of limited or no progress: <c>CR ≥ −0.1</c>.</summary>
    public const double LimitedCutoff = -0.1;

    /// <summary>The method with the published cut-offs.</summary>
    public static UnsdProgressChart2022 Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "unsd-2022";

    /// <summary>Assesses one target by the ratio of growth rates.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is <c>CR</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var achieved = IsAchieved(input);
        var computed = VerdictRules.TryGrowthRatio(input, null, out var actual, out var required, out var ratio);
        (string Category, string Key) band;
        var assessable = true;
        if (achieved)
        {
            band = ("Target achieved", "unsd2022.achieved");
        }
        else if (input.BaseMeetsTarget)
        {
            band = ("Deterioration", "unsd2022.deterioration");
        }
        else if (computed && ratio is { } r)
        {
            band = Band(r);
        }
        else
        {
            band = (VerdictRules.NotAssessable, "common.notAssessable");
            assessable = false;
        }

        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, assessable, band.Key == "unsd2022.onTrack");
        return new MethodVerdict(
            Name, status, band.Category, band.Key,
            actualRate: computed ? actual : null,
            requiredRate: computed ? required : null,
            ratio: ratio);
    }

    /// <summary>The band of a ratio CR (lower ends inclusive).</summary>
    internal static (string Category, string Key) Band(double cr)
        => cr >= OnTrackCutoff ? ("On track (substantial progress)", "unsd2022.onTrack")
            : cr >= FairCutoff ? ("Fair progress but acceleration needed", "unsd2022.fair")
            : cr >= LimitedCutoff ? ("Limited or no progress", "unsd2022.limited")
            : ("Deterioration", "unsd2022.deterioration");

    /// <summary>The achieved test with the 0.05 % tolerance (see the remarks of the class).</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>True when the target counts as achieved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static bool IsAchieved(ProgressInput input)
    {
        Guard.NotNull(input);
        var yt = input.LatestValue;
        var yT = input.EffectiveTargetValue;
        return input.IsAchieved
            || (input.Direction > 0 ? yT > 0 && yt / yT > AchievedRatio
                : yt == 0 || (yt > 0 && yT / yt > AchievedRatio));
    }
}
