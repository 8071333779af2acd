using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Statistics Canada's progress measure as shipped in Open SDG: the growth-rate ratio with a direction factor,
/// "Target achieved" first, 0.001 substituted for a zero base or target, a −5…+5 score, and growth bands
/// scaled near a natural limit for indicators without a target.
/// </summary>
/// <remarks>
/// <para><b>With a target.</b> If the latest value meets the target: "Target achieved", score +5. Otherwise
/// <c>R = s·d·CAGR_a / |CAGR_r|</c> (<c>s</c> the sign of <c>y0</c>, <c>d</c> the direction) with a zero base or
/// target replaced by <see cref="ZeroSubstitute"/>. Cut-offs, lower ends inclusive: <c>R ≥ 0.95</c> On track;
/// <c>0.60 ≤ R &lt; 0.95</c> Progress made but acceleration needed; <c>0 ≤ R &lt; 0.60</c> Limited progress;
/// <c>R &lt; 0</c> Deterioration. Base equal to target but latest short of it (<c>CAGR_r = 0</c>): Deterioration, score −5.</para>
/// <para><b>Score</b> (<see cref="Score(double)"/>): piecewise linear in R through (−0.6, −5), (0, −2.5), (0.6, 0),
/// (0.95, 2.5), (1.3, 5), clamped to [−5, 5].</para>
/// <para><b>Without a target</b> (<see cref="AssessWithoutTarget"/>): <c>p = s·d·CAGR</c> against 1.5 %·C, 0.5 %·C and 0.</para>
/// <para><b>Direction.</b> A lower-is-better indicator (a rank) has <c>d = −1</c>, so a falling value gives <c>R &gt; 0</c>;
/// all-negative series are handled by <c>s</c>. A between target is assessed towards its nearest end (see <see cref="ProgressInput"/>).</para>
/// <para><b>Status.</b> Done if achieved; missed after the deadline; likely if On track; else at risk; not assessable
/// when the base and latest values have opposite signs or <c>t = t0</c> ("Unable to assess").</para>
/// <para><b>Source.</b> METHODS.md §1.2: <c>open-sdg/open-sdg</c> <c>docs/progress-methodology.md</c> and
/// <c>open-sdg/sdg-build</c> <c>sdg/ProgressMeasure.py</c> (the scaling factor C is read from that code,
/// <c>get_progress_thresholds</c>, exponent 4.44, since the documentation publishes it only as an image).</para>
/// </remarks>
public sealed class StatisticsCanadaProgress : IProgressMethod
{
    /// <summary>Value substituted for a base or target value of exactly 0.</summary>
    public const double ZeroSubstitute = 0.001;

    /// <summary>Lower end (inclusive) of On track: <c>R ≥ 0.95</c>.</summary>
    public const double OnTrackCutoff = 0.95;

    /// <summary>Lower end (inclusive) of "Progress made but acceleration needed": <c>R ≥ 0.60</c>.</summary>
    public const double AccelerationCutoff = 0.60;

    /// <summary>No-target growth cut-off for On track before scaling: <c>p ≥ 1.5 %·C</c>.</summary>
    public const double NoTargetHighCutoff = 0.015;

    /// <summary>No-target growth cut-off for "acceleration needed" before scaling: <c>p ≥ 0.5 %·C</c>.</summary>
    public const double NoTargetMediumCutoff = 0.005;

    private const double LimitExponent = 4.44;

    private static readonly double[] ScoreRatios = [-0.6, 0, 0.6, 0.95, 1.3];
    private static readonly double[] ScoreValues = [-5, -2.5, 0, 2.5, 5];

    /// <summary>The method with the published defaults.</summary>
    public static StatisticsCanadaProgress Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "statcan";

    /// <summary>Assesses one target by the direction-aware growth-rate ratio.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is <c>R</c> and <see cref="MethodVerdict.Score"/> the −5…+5 score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var computed = VerdictRules.TryGrowthRatio(input, ZeroSubstitute, out var actual, out var required, out var ratio);
        var achieved = input.IsAchieved;
        string category;
        string key;
        double? score;
        if (achieved)
        {
            (category, key, score) = ("Target achieved", "statcan.achieved", 5);
        }
        else if (computed && ratio is { } r)
        {
            (category, key) = Band(r, OnTrackCutoff, AccelerationCutoff, 0);
            score = Score(r);
        }
        else if (computed)
        {
            (category, key, score) = ("Deterioration", "statcan.deterioration", -5);
        }
        else
        {
            (category, key, score) = ("Unable to assess", "statcan.unableToAssess", null);
        }

        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, computed, Cutoff.AtOrAbove(ratio, OnTrackCutoff));
        return new MethodVerdict(
            Name, status, category, key, score,
            actualRate: computed ? actual : null,
            requiredRate: computed ? required : null,
            ratio: ratio);
    }

    /// <summary>
    /// Assesses an indicator without a target: <c>p = s·d·CAGR</c>; On track if <c>p ≥ 1.5 %·C</c>, acceleration
    /// needed if <c>p ≥ 0.5 %·C</c>, limited progress if <c>p ≥ 0</c>, else deterioration (lower ends inclusive);
    /// score through (−2 %, −5), (0, −2.5), (0.5 %·C, 0), (1.5 %·C, 2.5), (2 %·C, 5), clamped; +5 when <c>C = 0</c> and <c>p ≥ 0</c>.
    /// </summary>
    /// <param name="baseTime">Base time in years.</param>
    /// <param name="baseValue">Base value, finite; 0 is replaced by <see cref="ZeroSubstitute"/>.</param>
    /// <param name="latestTime">Latest time in years; at least one year after <paramref name="baseTime"/> is usual.</param>
    /// <param name="latestValue">Latest value, finite, same sign as the base.</param>
    /// <param name="polarity">Which direction is progress.</param>
    /// <param name="naturalLimit">Hard limit in the desired direction (e.g. 100 for a percent), or null; see <see cref="ScalingFactor"/>.</param>
    /// <returns>The verdict: likely when On track, at risk otherwise, not assessable when the rate is undefined; never done.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public MethodVerdict AssessWithoutTarget(double baseTime, double baseValue, double latestTime, double latestValue, Polarity polarity = Polarity.HigherIsBetter, double? naturalLimit = null)
    {
        var y0 = baseValue == 0 ? ZeroSubstitute : baseValue;
        if (!VerdictRules.TryNoTargetRate(baseTime, y0, latestTime, latestValue, polarity, out var rate, out var p))
        {
            return new MethodVerdict(Name, Status.NotAssessable, "Unable to assess", "statcan.unableToAssess");
        }

        var c = naturalLimit is { } limit ? ScalingFactor(y0, Guard.Finite(limit, nameof(naturalLimit))) : 1;
        var high = NoTargetHighCutoff * c;
        var (category, key) = Band(p, high, NoTargetMediumCutoff * c, 0);
        double score = p < 0 ? Math.Max((125 * p) - 2.5, -5)
            : c == 0 ? 5
            : ProgressMath.PiecewiseLinear(p / c, [0, NoTargetMediumCutoff, NoTargetHighCutoff, 0.02], [-2.5, 0, 2.5, 5]);
        return new MethodVerdict(Name, Cutoff.AtOrAbove(p, high) ? Status.Likely : Status.AtRisk, category, key, score, actualRate: rate, ratio: p);
    }

    /// <summary>The with-target score: piecewise linear in <paramref name="ratio"/> through (−0.6, −5), (0, −2.5), (0.6, 0), (0.95, 2.5), (1.3, 5), clamped to [−5, 5].</summary>
    /// <param name="ratio">The growth-rate ratio R, finite.</param>
    /// <returns>The score in [−5, 5]; equal to StatCan's older <c>7.1429·R − 4.2857</c> (R ≥ 0.6) and <c>4.1667·R − 2.5</c> (R &lt; 0.6) to 4 decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not finite.</exception>
    public static double Score(double ratio) => ProgressMath.PiecewiseLinear(Guard.Finite(ratio), ScoreRatios, ScoreValues);

    /// <summary>The older StatCan no-target score, <c>clamp(250·rate, −5, 5)</c> (2 % → +5, 1 % → +2.5).</summary>
    /// <param name="rate">Direction-adjusted CAGR as a fraction per year, finite.</param>
    /// <returns>The score in [−5, 5].</returns>
    /// <remarks>Source: <c>sdg-data-canada-odd-donnees/sdg-data-donnees-odd</c> <c>ProgressMeasure.py</c> (METHODS.md §1.2, S3); the current Open SDG line differs.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite.</exception>
    public static double LegacyNoTargetScore(double rate) => Math.Clamp(250 * Guard.Finite(rate), -5, 5);

    /// <summary>
    /// The factor <c>0 ≤ C ≤ 1</c> that shrinks the positive no-target cut-offs near a natural limit:
    /// with <c>b = |y0|</c>, <c>L = |limit|</c>: <c>C = 1</c> if <c>b ≥ 2L</c>; <c>1 − (b/L)^4.44</c> if <c>b ≤ L</c>;
    /// else <c>1 − ((2L − b)/L)^4.44</c>. <c>C = 0</c> at the limit; equal relative distance on either side gives equal C.
    /// </summary>
    /// <param name="baseValue">Base value, finite.</param>
    /// <param name="limit">Natural limit in the desired direction, finite.</param>
    /// <returns>C in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public static double ScalingFactor(double baseValue, double limit)
    {
        var b = Math.Abs(Guard.Finite(baseValue));
        var l = Math.Abs(Guard.Finite(limit));
        return b >= 2 * l ? 1
            : b <= l ? 1 - Math.Pow(b / l, LimitExponent)
            : 1 - Math.Pow((2 * l - b) / l, LimitExponent);
    }

    /// <summary>The band of a value against three cut-offs (lower ends inclusive).</summary>
    internal static (string Category, string Key) Band(double value, double high, double medium, double low)
        => Cutoff.AtOrAbove(value, high) ? ("On track", "statcan.onTrack")
            : Cutoff.AtOrAbove(value, medium) ? ("Progress made but acceleration needed", "statcan.accelerationNeeded")
            : Cutoff.AtOrAbove(value, low) ? ("Limited progress", "statcan.limitedProgress")
            : ("Deterioration", "statcan.deterioration");
}
