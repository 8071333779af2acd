using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The trend arrows of the SDSN Sustainable Development Report: the observed average annual change since the base
/// year divided by the linear annual change needed to reach the target by the deadline.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>observed = (yt − y0)/(t − t0)</c>; <c>required = (yT − y0)/(T − t0)</c>;
/// <c>ratio = observed / required</c> (direction-free: a lower-is-better target has both changes negative).
/// The ratio is unchanged by SDSN's linear 0–100 normalisation, so raw values give the same arrow.</para>
/// <para><b>Cut-offs</b>, lower ends inclusive: <c>ratio ≥ 1</c> on track; <c>0.5 ≤ ratio &lt; 1</c> moderately
/// improving (0.5 exactly is moderately improving, METHODS.md §1.10 case B); <c>0 ≤ ratio &lt; 0.5</c> stagnating;
/// <c>ratio &lt; 0</c> decreasing. A base already meeting the target while the latest does not: decreasing.
/// <c>t = t0</c>: not assessable ("information unavailable").</para>
/// <para><b>Direction.</b> Lower is better needs no special case (both changes are negative); a between target is
/// assessed towards its nearest end (see <see cref="ProgressInput"/>).</para>
/// <para><b>Status.</b> Done if the target (SDSN: the green threshold) is met ("maintaining SDG achievement");
/// missed after the deadline; likely if on track; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §1.5: <c>sdsna/sdgindex-starter</c> report sources (<c>annexe.js</c>,
/// <c>part-2-the-sdg-index-and-dashboards.js</c>) and the trend labels of the SDR data files.</para>
/// </remarks>
public sealed class SdsnLinearRatio : IProgressMethod
{
    /// <summary>Lower end (inclusive) of on track: <c>ratio ≥ 1</c>.</summary>
    public const double OnTrackCutoff = 1;

    /// <summary>Lower end (inclusive) of moderately improving: <c>ratio ≥ 0.5</c>.</summary>
    public const double ModeratelyImprovingCutoff = 0.5;

    /// <summary>The method with the published cut-offs.</summary>
    public static SdsnLinearRatio Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "sdsn";

    /// <summary>Assesses one target by the ratio of linear annual changes.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is the ratio and <see cref="MethodVerdict.RequiredRate"/> the required change per year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var achieved = input.IsAchieved;
        var elapsed = input.LatestTime - input.BaseTime;
        var horizon = input.TargetTime - input.BaseTime;
        double? ratio = null;
        double? required = null;
        if (elapsed > 0 && horizon > 0)
        {
            required = ProgressMath.FiniteOrNull((input.EffectiveTargetValue - input.BaseValue) / horizon);
            if (!input.BaseMeetsTarget && required is { } needed)
            {
                ratio = ProgressMath.FiniteOrNull((input.LatestValue - input.BaseValue) / elapsed / needed);
            }
        }

        var assessable = ratio is not null || (elapsed > 0 && input.BaseMeetsTarget);
        (string Category, string Key) arrow = achieved ? Arrow(OnTrackCutoff)
            : ratio is { } r ? Arrow(r)
            : assessable ? Arrow(-1)
            : ("Information unavailable", "sdsn.unavailable");
        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, assessable, Cutoff.AtOrAbove(ratio, OnTrackCutoff));
        return new MethodVerdict(Name, status, arrow.Category, arrow.Key, requiredRate: required, ratio: ratio);
    }

    /// <summary>The arrow of a linear-rate ratio (lower ends inclusive).</summary>
    internal static (string Category, string Key) Arrow(double ratio)
        => Cutoff.AtOrAbove(ratio, OnTrackCutoff) ? ("On track or maintaining SDG achievement", "sdsn.onTrack")
            : Cutoff.AtOrAbove(ratio, ModeratelyImprovingCutoff) ? ("Score moderately improving, insufficient to attain goal", "sdsn.moderatelyImproving")
            : Cutoff.AtOrAbove(ratio, 0) ? ("Score stagnating or increasing at less than 50 % of required rate", "sdsn.stagnating")
            : ("Decreasing", "sdsn.decreasing");
}
