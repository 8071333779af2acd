using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Eurostat's EU SDG monitoring rule for an indicator with a quantitative target: the ratio of the observed to
/// the required compound annual growth rate, <c>R = CAGR_a / CAGR_r</c>, placed in four bands.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>CAGR_a = (yt/y0)^(1/(t−t0)) − 1</c>, <c>CAGR_r = (yT/y0)^(1/(T−t0)) − 1</c>,
/// written with the direction factor as Statistics Canada's Eurostat-derived code does,
/// <c>R = s·d·CAGR_a / |CAGR_r|</c> (<c>s</c> the sign of <c>y0</c>, <c>d</c> = +1 higher is better, −1 lower is
/// better), so a lower-is-better indicator (a rank) falling towards its target has <c>R &gt; 0</c>.</para>
/// <para><b>Cut-offs</b> (all inclusive at the lower end): <c>R ≥ 0.95</c> significant progress;
/// <c>0.60 ≤ R &lt; 0.95</c> moderate progress; <c>0 ≤ R &lt; 0.60</c> insufficient progress; <c>R &lt; 0</c>
/// movement away from the EU target.</para>
/// <para><b>Special cases.</b> A base value already meeting the target while the latest does not is movement away
/// (also when <c>CAGR_r = 0</c>). A base of 0, values of opposite signs or <c>t = t0</c> leave the rates undefined:
/// not assessable. The assessment window (5 or 15 years) is chosen by the caller through the base point.
/// Between targets are assessed towards the nearest end of the band (see <see cref="ProgressInput"/>).</para>
/// <para><b>Status.</b> Done if the latest value meets the target (the R band is kept as the category);
/// missed after the deadline; likely if <c>R ≥ 0.95</c>; else at risk.</para>
/// <para><b>Source.</b> METHODS.md §1.1: IISD summary of the Eurostat 2018 EU SDG report (category names);
/// Open SDG <c>docs/progress-methodology.md</c> and <c>sdg-build</c> <c>ProgressMeasure.py</c> (cut-offs 0.95 / 0.6 / 0);
/// no-target bands from Statistics Canada's earlier Eurostat-style <c>ProgressMeasure.py</c>.</para>
/// </remarks>
public sealed class EurostatGrowthRatio : IProgressMethod
{
    /// <summary>Lower end (inclusive) of "significant progress": <c>R ≥ 0.95</c>.</summary>
    public const double SignificantCutoff = 0.95;

    /// <summary>Lower end (inclusive) of "moderate progress": <c>R ≥ 0.60</c>.</summary>
    public const double ModerateCutoff = 0.60;

    /// <summary>Lower end (inclusive) of "insufficient progress": <c>R ≥ 0</c>.</summary>
    public const double InsufficientCutoff = 0;

    /// <summary>No-target band: <c>d·CAGR ≥ 1 %</c> is significant progress (inclusive, as in the corroborating code).</summary>
    public const double NoTargetHighCutoff = 0.01;

    /// <summary>No-target band: <c>d·CAGR &lt; −1 %</c> is significant movement away.</summary>
    public const double NoTargetLowCutoff = -0.01;

    /// <summary>Length of Eurostat's short-term assessment window in years.</summary>
    public const double ShortTermYears = 5;

    /// <summary>Length of Eurostat's long-term assessment window in years.</summary>
    public const double LongTermYears = 15;

    /// <summary>The method with Eurostat's published cut-offs.</summary>
    public static EurostatGrowthRatio Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "eurostat";

    /// <summary>Assesses one target by the ratio of growth rates.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is <c>R</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var computed = VerdictRules.TryGrowthRatio(input, null, out var actual, out var required, out var ratio);
        var achieved = input.IsAchieved;
        (string Category, string Key) band;
        if (computed && ratio is { } r)
        {
            band = Band(r);
        }
        else if (!achieved && input.BaseMeetsTarget)
        {
            band = ("Movement away from the EU target", "eurostat.movingAway");
        }
        else
        {
            band = achieved ? (VerdictRules.Achieved, "common.achieved") : (VerdictRules.NotAssessable, "common.notAssessable");
        }

        var assessable = ratio is not null || (!achieved && input.BaseMeetsTarget);
        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, assessable, Cutoff.AtOrAbove(ratio, SignificantCutoff));
        return new MethodVerdict(
            Name, status, band.Category, band.Key,
            actualRate: computed ? actual : null,
            requiredRate: computed ? required : null,
            ratio: ratio);
    }

    /// <summary>
    /// Assesses one target over a window ending at the latest value, as Eurostat reports a short-term (5-year) and a
    /// long-term (15-year) assessment side by side: the base becomes the earliest observation of
    /// <see cref="ProgressInput.Series"/> at or after <c>t − years</c>, and both rates are computed from it.
    /// </summary>
    /// <param name="input">The target's progress numbers, with the observed series.</param>
    /// <param name="years">Window length in years, greater than 0, e.g. <see cref="ShortTermYears"/> or <see cref="LongTermYears"/>.</param>
    /// <returns>The verdict over the window; not assessable (or done / missed) when the window holds only the latest point.</returns>
    /// <remarks>Anchoring the required rate at the window start follows METHODS.md §1.1 (marked unverified there: the Eurostat annex was not readable).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> has no series.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not finite or not positive.</exception>
    public MethodVerdict AssessOverWindow(ProgressInput input, double years)
    {
        Guard.NotNull(input);
        Guard.Positive(years);
        if (input.Series is not { Count: > 0 } series)
        {
            throw new ArgumentException("input must carry the observed series (ProgressInput.Series) to choose a window base; received none.", nameof(input));
        }

        var start = input.LatestTime - years;
        var i = 0;
        while (i < series.Count - 1 && series.Times[i] < start)
        {
            i++;
        }

        var (t0, y0) = series.Times[i] <= input.LatestTime ? (series.Times[i], series.Values[i]) : (input.LatestTime, input.LatestValue);
        return Assess(new ProgressInput(
            t0, y0, input.LatestTime, input.LatestValue, input.TargetTime, input.TargetValue, input.Polarity,
            input.UpperTargetValue, input.NaturalLimit, input.AsOfTime, series));
    }

    /// <summary>
    /// Assesses an indicator without a target by its observed growth rate, sign flipped when lower is better:
    /// <c>d·CAGR ≥ 1 %</c> significant progress; <c>0 ≤ … &lt; 1 %</c> moderate progress; <c>−1 % ≤ … &lt; 0</c>
    /// moderate movement away; <c>&lt; −1 %</c> significant movement away (all lower ends inclusive).
    /// </summary>
    /// <param name="baseTime">Start of the window in years.</param>
    /// <param name="baseValue">Value at the start, finite and not 0.</param>
    /// <param name="latestTime">End of the window in years, after <paramref name="baseTime"/>.</param>
    /// <param name="latestValue">Value at the end, finite, same sign as <paramref name="baseValue"/>.</param>
    /// <param name="polarity">Which direction is progress.</param>
    /// <returns>The verdict: likely in the top band, at risk otherwise, not assessable when the rate is undefined; never done (there is no target).</returns>
    /// <remarks>Labels "significant / moderate progress towards SD objectives" and "moderate / significant movement away from SD objectives" are Eurostat's as recorded in METHODS.md §1.1 (marked unverified there); cut-offs from Statistics Canada's earlier code <c>{'high': 0.01, 'med': 0, 'low': -0.01}</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public MethodVerdict AssessWithoutTarget(double baseTime, double baseValue, double latestTime, double latestValue, Polarity polarity = Polarity.HigherIsBetter)
    {
        if (!VerdictRules.TryNoTargetRate(baseTime, baseValue, latestTime, latestValue, polarity, out var rate, out var progress))
        {
            return VerdictRules.NotAssessableVerdict(Name);
        }

        var (category, key) = Cutoff.AtOrAbove(progress, NoTargetHighCutoff) ? ("Significant progress towards SD objectives", "eurostat.noTarget.significantProgress")
            : Cutoff.AtOrAbove(progress, 0) ? ("Moderate progress towards SD objectives", "eurostat.noTarget.moderateProgress")
            : Cutoff.AtOrAbove(progress, NoTargetLowCutoff) ? ("Moderate movement away from SD objectives", "eurostat.noTarget.moderateMovementAway")
            : ("Significant movement away from SD objectives", "eurostat.noTarget.significantMovementAway");
        return new MethodVerdict(Name, Cutoff.AtOrAbove(progress, NoTargetHighCutoff) ? Status.Likely : Status.AtRisk, category, key, actualRate: rate, ratio: progress);
    }

    /// <summary>The band of a ratio R (lower ends inclusive).</summary>
    internal static (string Category, string Key) Band(double r)
        => Cutoff.AtOrAbove(r, SignificantCutoff) ? ("Significant progress towards the EU target", "eurostat.significant")
            : Cutoff.AtOrAbove(r, ModerateCutoff) ? ("Moderate progress towards the EU target", "eurostat.moderate")
            : Cutoff.AtOrAbove(r, InsufficientCutoff) ? ("Insufficient progress towards the EU target", "eurostat.insufficient")
            : ("Movement away from the EU target", "eurostat.movingAway");
}
