using System.Collections.Immutable;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Status rules on attainment, progress or value, evaluated in order with the first match winning and an
/// "otherwise" status, as in Power BI scorecard status rules and ClearPoint series evaluations; presets reproduce
/// ClearPoint, ServiceNow and Google OKR grading.
/// </summary>
/// <remarks>
/// <para><b>Order of decisions.</b> Met target → done (with <see cref="AchievedLabel"/>); otherwise the first matching
/// rule gives the label and status; no match → <see cref="OtherwiseStatus"/>, unless a rule could not be evaluated
/// because its measure is undefined (then not assessable). After the deadline a status other than done becomes missed,
/// the label is kept.</para>
/// <para><b>Direction.</b> Attainment is latest ÷ target for higher-is-better and target ÷ latest for lower-is-better
/// (a rank), so "≥ 0.9" means "within 10 % of the target" either way; progress uses signed distances; a between target
/// uses its nearest end (see <see cref="ProgressInput"/>).</para>
/// <para><b>Sources.</b> METHODS.md §2.1 (Power BI, <c>MicrosoftDocs/powerbi-docs</c> <c>service-metrics-status-rules.md</c>),
/// §2.5 (ClearPoint "Setting Measure Evaluations"), §2.6 (ServiceNow Goal Framework target status examples), §2.3 (Google OKR).</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ThresholdRules : IProgressMethod
{
    /// <summary>Creates an ordered rule list.</summary>
    /// <param name="name">Short name of the rule set, e.g. <c>clearpoint</c>; non-blank.</param>
    /// <param name="rules">Rules in priority order (first match wins); may be empty.</param>
    /// <param name="otherwiseStatus">Status when no rule matches: <see cref="Status.Likely"/> or <see cref="Status.AtRisk"/>.</param>
    /// <param name="otherwiseLabel">The product's name for that status, non-blank.</param>
    /// <param name="achievedLabel">The product's name for a met target, non-blank.</param>
    /// <param name="otherwiseKey">Localization key of <paramref name="otherwiseLabel"/>; null means the label.</param>
    /// <param name="achievedKey">Localization key of <paramref name="achievedLabel"/>; null means the label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A name, label or key is blank, or <paramref name="rules"/> holds the default <see cref="ThresholdRule"/> (not a rule: it has no label).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="otherwiseStatus"/> is neither likely nor at risk.</exception>
    public ThresholdRules(
        string name,
        IEnumerable<ThresholdRule> rules,
        Status otherwiseStatus,
        string otherwiseLabel,
        string achievedLabel,
        string? otherwiseKey = null,
        string? achievedKey = null)
    {
        Name = Guard.NotBlank(name);
        Rules = [.. Guard.NotNull(rules)];
        for (var i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Label is null)
            {
                throw new ArgumentException($"rules[{i}] is the default ThresholdRule, which is not a rule (it has no label); create rules with the ThresholdRule constructor.", nameof(rules));
            }
        }
        if (otherwiseStatus is not (Status.Likely or Status.AtRisk))
        {
            throw new ArgumentOutOfRangeException(nameof(otherwiseStatus), otherwiseStatus, $"otherwiseStatus must be Likely or AtRisk; received {otherwiseStatus}.");
        }

        OtherwiseStatus = otherwiseStatus;
        OtherwiseLabel = Guard.NotBlank(otherwiseLabel);
        AchievedLabel = Guard.NotBlank(achievedLabel);
        OtherwiseKey = otherwiseKey is null ? otherwiseLabel : Guard.NotBlank(otherwiseKey);
        AchievedKey = achievedKey is null ? achievedLabel : Guard.NotBlank(achievedKey);
    }

    /// <summary>
    /// ClearPoint's default evaluation (S12): Above Target if actual ≥ target (done); Caution if attainment ≥ 0.9
    /// (inclusive, likely); otherwise Below Plan (at risk).
    /// </summary>
    public static ThresholdRules ClearPoint { get; } = new(
        "clearpoint",
        [new ThresholdRule(ThresholdMeasure.Attainment, ThresholdComparison.AtLeast, 0.9, Status.Likely, "Caution", "clearpoint.caution")],
        Status.AtRisk, "Below Plan", "Above Target", "clearpoint.belowPlan", "clearpoint.aboveTarget");

    /// <summary>
    /// ServiceNow Goal Framework colours on achievement % = 100·progress: Green ≥ 90 (likely unless met), Yellow
    /// 75 – &lt; 90, Red &lt; 75 (both at risk); lower ends inclusive.
    /// </summary>
    public static ThresholdRules ServiceNow { get; } = new(
        "servicenow",
        [
            new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, ServiceNowTargetStatus.GreenPercent / 100, Status.Likely, "Green", "servicenow.green"),
            new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, ServiceNowTargetStatus.YellowPercent / 100, Status.AtRisk, "Yellow", "servicenow.yellow"),
        ],
        Status.AtRisk, "Red", "Green", "servicenow.red", "servicenow.green");

    /// <summary>
    /// Google OKR grades (progress 0.0–1.0): green ≥ 0.7 (likely unless met), yellow ≥ 0.4, red below (at risk). The
    /// source's bands 0.7–1.0 / 0.4–0.6 / 0.0–0.3 are for grades in tenths; the gaps are closed at the lower ends.
    /// </summary>
    public static ThresholdRules GoogleOkr { get; } = new(
        "google-okr",
        [
            new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.7, Status.Likely, "Green", "okr.green"),
            new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.4, Status.AtRisk, "Yellow", "okr.yellow"),
        ],
        Status.AtRisk, "Red", "Green", "okr.red", "okr.green");

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The rules in priority order.</summary>
    public ImmutableArray<ThresholdRule> Rules { get; }

    /// <summary>Status when no rule matches.</summary>
    public Status OtherwiseStatus { get; }

    /// <summary>The product's name for the "otherwise" status.</summary>
    public string OtherwiseLabel { get; }

    /// <summary>Localization key of <see cref="OtherwiseLabel"/>.</summary>
    public string OtherwiseKey { get; }

    /// <summary>The product's name for a met target.</summary>
    public string AchievedLabel { get; }

    /// <summary>Localization key of <see cref="AchievedLabel"/>.</summary>
    public string AchievedKey { get; }

    /// <summary>Assesses one target by the rules.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Ratio"/> is the attainment and <see cref="MethodVerdict.ActualProgress"/> the progress (null when undefined).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        var attainment = Attainment(input);
        var progress = Progress(input);
        if (input.IsAchieved)
        {
            return new MethodVerdict(Name, Status.Done, AchievedLabel, AchievedKey, ratio: attainment, actualProgress: progress);
        }

        var undefined = false;
        foreach (var rule in Rules)
        {
            double? measured = rule.Measure switch
            {
                ThresholdMeasure.Attainment => attainment,
                ThresholdMeasure.Progress => progress,
                _ => input.LatestValue,
            };
            if (measured is not { } m)
            {
                undefined = true;
            }
            else if (rule.Matches(m))
            {
                return Verdict(input, rule.Status, rule.Label, rule.Key, attainment, progress);
            }
        }

        return undefined
            ? new MethodVerdict(Name, input.IsDeadlinePassed ? Status.Missed : Status.NotAssessable, VerdictRules.NotAssessable, "common.notAssessable", ratio: attainment, actualProgress: progress)
            : Verdict(input, OtherwiseStatus, OtherwiseLabel, OtherwiseKey, attainment, progress);
    }

    /// <summary>Attainment: latest ÷ target (higher is better) or target ÷ latest (lower is better), towards the effective target.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The attainment as a fraction, or null when the divisor is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static double? Attainment(ProgressInput input)
    {
        Guard.NotNull(input);
        var (numerator, denominator) = input.Direction > 0
            ? (input.LatestValue, input.EffectiveTargetValue)
            : (input.EffectiveTargetValue, input.LatestValue);
        return denominator == 0 ? null : ProgressMath.FiniteOrNull(numerator / denominator);
    }

    /// <summary>Progress from base to target: <c>(yt − y0)/(yT − y0)</c>, towards the effective target.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The progress as a fraction, or null when base equals target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static double? Progress(ProgressInput input)
    {
        Guard.NotNull(input);
        var distance = input.EffectiveTargetValue - input.BaseValue;
        return distance == 0 ? null : ProgressMath.FiniteOrNull((input.LatestValue - input.BaseValue) / distance);
    }

    private MethodVerdict Verdict(ProgressInput input, Status status, string label, string key, double? attainment, double? progress)
        => new(Name, input.IsDeadlinePassed ? Status.Missed : status, label, key, ratio: attainment, actualProgress: progress);
}
