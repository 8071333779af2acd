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
/// <para><b>AARR variants</b> (<see cref="UnsdRateRatio"/>): the ratio of log-linear rates
/// <c>s·d·ln(yt/y0)/(t−t0) ÷ |ln(yT/y0)/(T−t0)|</c> (observed over required average annual rate of reduction) replaces CR;
/// "AARRR" uses cut-offs 1 / 0.5 / −0.5 (lower ends inclusive), "CAGRR+AARRR" the CR cut-offs. A latest value of 0 is
/// then not assessable unless it meets the target.</para>
/// <para><b>Direction.</b> Decreasing targets (lower is better, a rank) use <c>d = −1</c> and the mirrored achieved test;
/// a between target is assessed towards its nearest end (see <see cref="ProgressInput"/>).</para>
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

    /// <summary>"AARRR" lower end (inclusive) of On track: observed AARR at least the required one.</summary>
    public const double AarrOnTrackCutoff = 1;

    /// <summary>"AARRR" lower end (inclusive) of limited progress: ratio ≥ −0.5.</summary>
    public const double AarrLimitedCutoff = -0.5;

    /// <summary>No-target cut-off (inclusive) for On track: <c>d·CAGR ≥ 1 %</c>.</summary>
    public const double NoTargetHighCutoff = 0.01;

    /// <summary>No-target cut-off (inclusive) for fair progress: <c>d·CAGR ≥ 0.5 %</c>.</summary>
    public const double NoTargetMediumCutoff = 0.005;

    /// <summary>No-target cut-off (inclusive) for limited progress: <c>d·CAGR ≥ −1 %</c>.</summary>
    public const double NoTargetLowCutoff = -0.01;

    /// <summary>Creates the rule with a chosen rate ratio.</summary>
    /// <param name="ratio">CAGR ratio (default) or one of the AARR variants.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not a defined value.</exception>
    public UnsdProgressChart2022(UnsdRateRatio ratio = UnsdRateRatio.Cagrr)
    {
        if (!Enum.IsDefined(ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, $"ratio must be Cagrr, Aarrr or CagrrAarrr; received {(int)ratio}.");
        }

        RateRatio = ratio;
        Name = ratio switch
        {
            UnsdRateRatio.Aarrr => "unsd-2022-aarrr",
            UnsdRateRatio.CagrrAarrr => "unsd-2022-cagrr-aarrr",
            _ => "unsd-2022",
        };
    }

    /// <summary>The method with the published cut-offs and the CAGR ratio.</summary>
    public static UnsdProgressChart2022 Instance { get; } = new();

    /// <summary>Which rate ratio decides the band.</summary>
    public UnsdRateRatio RateRatio { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Assesses one target by the ratio of growth rates.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is <c>CR</c> (or the AARR ratio), <see cref="MethodVerdict.ActualRate"/> and
    /// <see cref="MethodVerdict.RequiredRate"/> are the CAGRs (or the observed and required AARR, positive for a reduction).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var achieved = IsAchieved(input);
        var computed = RateRatio == UnsdRateRatio.Cagrr
            ? VerdictRules.TryGrowthRatio(input, null, out var actual, out var required, out var ratio)
            : TryAarrRatio(input, out actual, out required, out ratio);
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
            band = RateRatio == UnsdRateRatio.Aarrr ? AarrBand(r) : Band(r);
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
    internal static (string Category, string Key) Band(double cr) => Band(cr, OnTrackCutoff, FairCutoff, LimitedCutoff);

    /// <summary>
    /// Assesses an indicator without a target by its growth rate, mirrored for decreasing indicators (UNDP default
    /// <c>CAGRLimit = [0.01, 0.005, −0.01]</c>): <c>d·CAGR ≥ 1 %</c> On track; <c>0.5 % ≤ … &lt; 1 %</c> fair;
    /// <c>−1 % ≤ … &lt; 0.5 %</c> limited; <c>&lt; −1 %</c> deterioration. The note writes "&gt; 1 %"; lower ends are taken
    /// inclusive here as for every other UNSD cut-off, which differs only exactly at a cut-off.
    /// </summary>
    /// <param name="baseTime">Base time in years.</param>
    /// <param name="baseValue">Base value, finite, not 0.</param>
    /// <param name="latestTime">Latest time in years, after <paramref name="baseTime"/>.</param>
    /// <param name="latestValue">Latest value, finite, same sign as the base.</param>
    /// <param name="polarity">Which direction is progress.</param>
    /// <returns>The verdict: likely when On track, at risk otherwise, not assessable when the rate is undefined; never done.</returns>
    /// <remarks>Source: METHODS.md §1.3(a), <c>UNDP-Data/fe-sdg-push-data-collection-application</c> <c>src/Utils/GetMethodologyObj.tsx</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public MethodVerdict AssessWithoutTarget(double baseTime, double baseValue, double latestTime, double latestValue, Indicators.Polarity polarity = Indicators.Polarity.HigherIsBetter)
    {
        if (!VerdictRules.TryNoTargetRate(baseTime, baseValue, latestTime, latestValue, polarity, out var rate, out var p))
        {
            return VerdictRules.NotAssessableVerdict(Name);
        }

        var (category, key) = Band(p, NoTargetHighCutoff, NoTargetMediumCutoff, NoTargetLowCutoff);
        return new MethodVerdict(Name, Cutoff.AtOrAbove(p, NoTargetHighCutoff) ? Status.Likely : Status.AtRisk, category, key, actualRate: rate, ratio: p);
    }

    /// <summary>The "AARRR" band of an AARR ratio (lower ends inclusive).</summary>
    internal static (string Category, string Key) AarrBand(double r) => Band(r, AarrOnTrackCutoff, FairCutoff, AarrLimitedCutoff);

    /// <summary>The band of a value against three cut-offs, the CR, AARR or no-target ones (lower ends inclusive).</summary>
    private static (string Category, string Key) Band(double value, double onTrack, double fair, double limited)
        => Cutoff.AtOrAbove(value, onTrack) ? ("On track (substantial progress)", "unsd2022.onTrack")
            : Cutoff.AtOrAbove(value, fair) ? ("Fair progress but acceleration needed", "unsd2022.fair")
            : Cutoff.AtOrAbove(value, limited) ? ("Limited or no progress", "unsd2022.limited")
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
            || (input.Direction > 0 ? yT > 0 && Cutoff.Above(yt / yT, AchievedRatio)
                : yt == 0 || (yt > 0 && Cutoff.Above(yT / yt, AchievedRatio)));
    }

    private static bool TryAarrRatio(ProgressInput input, out double observed, out double required, out double? ratio)
    {
        observed = required = 0;
        ratio = null;
        var y0 = input.BaseValue;
        var elapsed = input.LatestTime - input.BaseTime;
        var horizon = input.TargetTime - input.BaseTime;
        if (elapsed <= 0 || horizon <= 0 || y0 == 0 || input.LatestValue / y0 <= 0 || input.EffectiveTargetValue / y0 <= 0)
        {
            return false;
        }

        observed = Math.Log(y0 / input.LatestValue) / elapsed;
        required = Math.Log(y0 / input.EffectiveTargetValue) / horizon;
        if (required != 0)
        {
            ratio = ProgressMath.FiniteOrNull(-Math.Sign(y0) * input.Direction * observed / Math.Abs(required));
        }

        return double.IsFinite(observed) && double.IsFinite(required);
    }
}
