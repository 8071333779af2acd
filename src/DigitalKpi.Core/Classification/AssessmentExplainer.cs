using System.Collections.Frozen;
using System.Globalization;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Text;
using NodaTime;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Writes the one- or two-sentence explanation of an assessment in Vietnamese and English from
/// <see cref="ExplanationTemplates"/>: numbers through <see cref="NumberText"/> (vi-VN for Vietnamese, invariant for
/// English), periods through <see cref="ReportingPeriodLabels"/>, category names from <see cref="MethodCategoryText"/>.
/// </summary>
internal static class AssessmentExplainer
{
    private const int MaxDecimals = 15;

    private static readonly CultureInfo Vi = ExplanationTemplates.Vietnamese;
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    // Category names from MethodCategoryText, the library's one vocabulary, read once and shaped to follow a colon mid-sentence.
    private static readonly FrozenDictionary<string, string> CategoryVi = MethodCategoryText.All(Vi).ToFrozenDictionary(p => p.Key, p => LowerFirst(p.Value), StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> CategoryEn = MethodCategoryText.All(En).ToFrozenDictionary(p => p.Key, p => LowerWords(p.Value), StringComparer.Ordinal);

    public static LocalizedText Explain(AssessmentCase c, Status status, PolicyDecision d, MethodVerdict? verdict, IProgressMethod? method)
    {
        var target = c.Target;
        var indicator = c.Indicator;
        if (c.Count == 0)
        {
            return c.DeadlinePassed && c.PointsAfterDeadline > 0
                ? ExplanationTemplates.Fill(ExplanationTemplates.NoDataByDeadline, [indicator.Name.Get(Vi), Period(target.Deadline, Vi)], [indicator.Name.Get(En), Period(target.Deadline, En)])
                : ExplanationTemplates.Fill(ExplanationTemplates.NoData, [indicator.Name.Get(Vi), Date(c.AsOf, Vi)], [indicator.Name.Get(En), Date(c.AsOf, En)]);
        }

        var latest = c.Latest;
        (string Vi, string En) first;
        if (status == Status.Done && c.IsAchieved)
        {
            first = Pair(ExplanationTemplates.Done, culture => [Value(indicator, latest.Value, culture), Period(latest.Period, culture), TargetPhrase(target, indicator, culture)]);
            AppendNote(ref first, c, verdict, method);
        }
        else if (status == Status.Missed)
        {
            first = Pair(ExplanationTemplates.Missed, culture => [Period(target.Deadline, culture), Value(indicator, latest.Value, culture), Period(latest.Period, culture), TargetPhrase(target, indicator, culture)]);
            AppendNote(ref first, c, verdict, method);
        }
        else if (verdict is not null)
        {
            // A method that cannot assess says so in its category ("unable to assess"): MethodNote, without the status phrase.
            var template = status == Status.NotAssessable ? ExplanationTemplates.MethodNote : ExplanationTemplates.Method;
            first = Pair(template, culture => [Lead(verdict, culture), Category(verdict, culture), Measure(c, verdict, method, culture), StatusPhrase(status, culture)]);
            if (status == Status.NotAssessable && method is DestatisWeather destatis && c.Count < destatis.MinimumPoints)
            {
                Append(ref first, Pair(ExplanationTemplates.MethodNeedsPoints, culture => [NumberText.Number(destatis.MinimumPoints, culture), NumberText.Number(c.Count, culture)]));
            }
            else if (status == Status.NotAssessable && c.Count == 1 && !c.BaseFromBaseline)
            {
                Append(ref first, ExplanationTemplates.MethodNeedsTwoPoints);
            }
        }
        else if (d.Fallback == AssessmentFallback.BaselinePath)
        {
            var ahead = status == Status.Likely ? ExplanationTemplates.AheadOfPath : ExplanationTemplates.BehindPath;
            var baseline = target.Baseline!.Value;
            first = Pair(ExplanationTemplates.BaselinePath, culture =>
            [
                Value(indicator, latest.Value, culture), Period(latest.Period, culture), culture == Vi ? ahead.Vi : ahead.En,
                Value(indicator, d.PathValue ?? 0, culture), Stated(indicator, baseline.Value, culture), Period(baseline.Period, culture),
                TargetPhrase(target, indicator, culture), Period(target.Deadline, culture),
            ]);
        }
        else
        {
            // The median, which the 80% interval contains; a saturating or log-scale forecast's mean can lie below its 10% quantile.
            var projected = d.Projected!.Value;
            var point = projected.Median ?? projected.Mean;
            var percent = Math.Round((d.Probability ?? 0) * 100, MidpointRounding.AwayFromZero);
            first = Pair(ExplanationTemplates.Forecast, culture =>
            [
                indicator.Name.Get(culture), Value(indicator, point, culture), Period(target.Deadline, culture),
                Value(indicator, projected.Lower80 ?? point, culture), Value(indicator, projected.Upper80 ?? point, culture),
                TargetPhrase(target, indicator, culture), NumberText.Percent(percent, culture, 0), EnglishArticle((int)percent),
            ]);
            if (d.Fallback == AssessmentFallback.ReferenceInterval)
            {
                Append(ref first, Pair(ExplanationTemplates.ReferenceInterval, culture => [NumberText.Percent((d.ReferenceError ?? 0) * 100, culture, 0)]));
            }
        }

        if (c.LatestIsEstimate)
        {
            Append(ref first, ExplanationTemplates.Estimate);
        }

        return new LocalizedText(first.Vi, first.En);
    }

    public static LocalizedText Failure(string reason)
        => ExplanationTemplates.Fill(ExplanationTemplates.Failed, [reason], [reason]);

    /// <summary>A value in the indicator's unit: a percentage with one decimal, other numbers with 0–2 decimals by size, a currency with its code.</summary>
    public static string Value(Indicator indicator, double value, CultureInfo culture)
    {
        if (indicator.Unit == Unit.Percent)
        {
            return NumberText.Percent(value, culture, 1);
        }

        return Plain(indicator, value, culture);
    }

    /// <summary>A stated value such as a target: like <see cref="Value"/> but a whole percentage without decimals ("80%").</summary>
    public static string Stated(Indicator indicator, double value, CultureInfo culture)
        => indicator.Unit == Unit.Percent
            ? NumberText.Percent(value, culture, value == Math.Round(value) ? 0 : 1)
            : Plain(indicator, value, culture);

    /// <summary>"a 71% probability" but "an 84% probability", "an 8% probability", "an 11% probability".</summary>
    public static string EnglishArticle(int percent)
        => percent is 8 or 11 or 18 or (>= 80 and <= 89) ? "an" : "a";

    private static string Plain(Indicator indicator, double value, CultureInfo culture)
    {
        var text = NumberText.Number(value, culture, PlainDecimals(value));
        return indicator.Currency is { } code ? text + " " + code : text;
    }

    private static void AppendNote(ref (string Vi, string En) text, AssessmentCase c, MethodVerdict? verdict, IProgressMethod? method)
    {
        if (verdict is not null)
        {
            Append(ref text, Pair(ExplanationTemplates.MethodNote, culture => [Lead(verdict, culture), Category(verdict, culture), Measure(c, verdict, method, culture)]));
        }
    }

    private static void Append(ref (string Vi, string En) text, (string Vi, string En) sentence)
        => text = (text.Vi + " " + sentence.Vi, text.En + " " + sentence.En);

    private static (string Vi, string En) Pair((string Vi, string En) template, Func<CultureInfo, string[]> args)
        => (string.Format(CultureInfo.InvariantCulture, template.Vi, args(Vi)), string.Format(CultureInfo.InvariantCulture, template.En, args(En)));

    private static string TargetPhrase(Target target, Indicator indicator, CultureInfo culture)
    {
        var (template, args) = target.Comparison switch
        {
            TargetComparison.AtLeast => (ExplanationTemplates.TargetAtLeast, new[] { Stated(indicator, target.Value, culture) }),
            TargetComparison.AtMost => (ExplanationTemplates.TargetAtMost, new[] { Stated(indicator, target.Value, culture) }),
            _ => (ExplanationTemplates.TargetBetween, new[] { Stated(indicator, target.Value, culture), Stated(indicator, target.Upper!.Value, culture) }),
        };
        return string.Format(CultureInfo.InvariantCulture, culture == Vi ? template.Vi : template.En, args);
    }

    private static string Period(ReportingPeriod period, CultureInfo culture)
    {
        if (culture != Vi)
        {
            return ReportingPeriodLabels.English(period);
        }

        var label = ReportingPeriodLabels.Vietnamese(period);
        return label.Length > 0 && char.IsUpper(label[0]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    private static string Date(LocalDate date, CultureInfo culture)
        => culture == Vi ? date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture) : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusPhrase(Status status, CultureInfo culture)
    {
        var phrase = ExplanationTemplates.StatusPhrase[status];
        return culture == Vi ? phrase.Vi : phrase.En;
    }

    private static string Lead(MethodVerdict verdict, CultureInfo culture)
    {
        if (ExplanationTemplates.MethodLead.TryGetValue(verdict.Method, out var lead))
        {
            return culture == Vi ? lead.Vi : lead.En;
        }

        var rules = ExplanationTemplates.RulesLead;
        return string.Format(CultureInfo.InvariantCulture, culture == Vi ? rules.Vi : rules.En, verdict.Method);
    }

    /// <summary>The verdict's category as it reads after a colon: <see cref="MethodCategoryText"/>'s name with its first letter
    /// lowered (Vietnamese) or its title-case words lowered (English); a user-defined rule's own label, its title-case words lowered.</summary>
    internal static string Category(MethodVerdict verdict, CultureInfo culture)
        => (culture == Vi ? CategoryVi : CategoryEn).TryGetValue(verdict.CategoryKey, out var name) ? name : LowerWords(verdict.Category);

    /// <summary>"Tiến bộ vừa phải hướng tới chỉ tiêu của EU" → "tiến bộ vừa phải hướng tới chỉ tiêu của EU".</summary>
    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"On Track" → "on track"; acronyms are kept ("EU", "SD").</summary>
    private static string LowerWords(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 0 && char.IsUpper(w[0]) && (w.Length == 1 || !char.IsUpper(w[1])))
            {
                words[i] = char.ToLowerInvariant(w[0]) + w[1..];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The number the method decided on, named as its source names it (", R = 0.948", ", shortfall 4.99% of the remaining gap",
    /// ", progress from the base to the target 84.0%"), or empty when the method gives none. A threshold rule set names every
    /// measure its rules test (progress from the base, attainment or the latest value), not the attainment whatever it tests.
    /// Each number is printed through <see cref="Deciding"/>, so that it never reads on the other side of a cut-off than the
    /// number that decided the verdict.
    /// </summary>
    private static string Measure(AssessmentCase c, MethodVerdict verdict, IProgressMethod? method, CultureInfo culture)
    {
        var vi = culture == Vi;
        switch (verdict.Method)
        {
            case "eurostat" or "statcan" or "unsd-2022" or "unsd-2022-aarrr" or "unsd-2022-cagrr-aarrr" or "unsd-2023" when verdict.Ratio is { } r:
                var symbol = verdict.Method switch { "unsd-2023" => "P", "eurostat" or "statcan" => "R", _ => "CR" };
                return $", {symbol} = {Deciding(r, 1, RatioCutoffs(verdict.Method), culture, 2, percent: false)}";
            case "destatis" when verdict.Shortfall is { } s:
                var shortfall = Deciding(s, 100, DestatisCutoffs, culture, 1, percent: true);
                return vi ? $", thiếu hụt {shortfall} khoảng cách còn lại" : $", shortfall {shortfall} of the remaining gap";
            case "sdsn" when verdict.Ratio is { } r:
                var pace = Deciding(r, 1, SdsnCutoffs, culture, 2, percent: false);
                return vi ? $", tốc độ thực tế ÷ tốc độ cần thiết = {pace}" : $", observed ÷ required pace = {pace}";
            case "viva-goals" or "engagedly" when verdict.ActualProgress is { } a && verdict.ExpectedProgress is { } e:
                return vi
                    ? $", tiến độ {NumberText.Percent(a * 100, culture)} so với {NumberText.Percent(e * 100, culture)} dự kiến"
                    : $", progress {NumberText.Percent(a * 100, culture)} against {NumberText.Percent(e * 100, culture)} expected";
            case "eurostat" or "statcan" or "unsd-2022" or "unsd-2022-aarrr" or "unsd-2022-cagrr-aarrr" or "unsd-2023" or "destatis" or "sdsn" or "viva-goals" or "engagedly":
                return string.Empty;
            default:
                return method is ThresholdRules rules ? RuleMeasures(c, verdict, rules, culture) : Attainment(verdict.Ratio, [], culture);
        }
    }

    /// <summary>The measures a rule set's rules test, in the order they first appear, each with the cut-offs of the rules on it.</summary>
    private static string RuleMeasures(AssessmentCase c, MethodVerdict verdict, ThresholdRules rules, CultureInfo culture)
    {
        var vi = culture == Vi;
        var text = string.Empty;
        foreach (var measure in rules.Rules.Select(r => r.Measure).Distinct())
        {
            DecisionCutoff[] cutoffs = [.. rules.Rules.Where(r => r.Measure == measure).Select(r => new DecisionCutoff(r.Threshold, r.Comparison is ThresholdComparison.AtLeast or ThresholdComparison.LessThan))];
            text += measure switch
            {
                ThresholdMeasure.Progress when verdict.ActualProgress is { } p => vi
                    ? $", tiến độ từ mức cơ sở tới chỉ tiêu {Deciding(p, 100, cutoffs, culture, 1, percent: true)}"
                    : $", progress from the base to the target {Deciding(p, 100, cutoffs, culture, 1, percent: true)}",
                ThresholdMeasure.Attainment => Attainment(verdict.Ratio, cutoffs, culture),
                ThresholdMeasure.Value => vi ? $", giá trị mới nhất {LatestValue(c, cutoffs, culture)}" : $", latest value {LatestValue(c, cutoffs, culture)}",
                _ => string.Empty,
            };
        }

        return text;
    }

    private static string Attainment(double? attainment, DecisionCutoff[] cutoffs, CultureInfo culture)
    {
        if (attainment is not { } a)
        {
            return string.Empty;
        }

        var number = Deciding(a, 100, cutoffs, culture, 1, percent: true);
        return culture == Vi ? $", mức đạt {number}" : $", attainment {number}";
    }

    /// <summary>The latest value as <see cref="Value"/> writes it, with more decimals when that would cross a rule's threshold.</summary>
    private static string LatestValue(AssessmentCase c, DecisionCutoff[] cutoffs, CultureInfo culture)
    {
        var value = c.Latest.Value;
        var indicator = c.Indicator;
        var usual = Value(indicator, value, culture);
        var decimals = indicator.Unit == Unit.Percent ? 1 : PlainDecimals(value);
        var needed = DecidingDecimals(value, 1, cutoffs, decimals);
        if (needed == decimals)
        {
            return usual;
        }

        var text = NumberText.Number(RoundedFor(value, 1, cutoffs, needed), culture, needed);
        return indicator.Unit == Unit.Percent ? text + "%" : indicator.Currency is { } code ? text + " " + code : text;
    }

    /// <summary>
    /// A cut-off of a method's deciding number: a number is on its upper side when it is at least <see cref="Value"/>
    /// (<see cref="Inclusive"/>) or greater than it, as the method's own comparison reads, with the methods' tolerance
    /// (<see cref="Utility.Cutoff"/>: within 1e-12 relative counts as on the cut-off).
    /// </summary>
    private readonly record struct DecisionCutoff(double Value, bool Inclusive)
    {
        /// <summary>Whether <paramref name="x"/> is on the upper side.</summary>
        public bool Above(double x) => Inclusive ? Utility.Cutoff.AtOrAbove(x, Value) : Utility.Cutoff.Above(x, Value);
    }

    // The cut-offs of each method, from its class, each as its bands compare (lower ends inclusive; Destatis: sun below 5%, partly cloudy up to 20% inclusive).
    private static readonly DecisionCutoff[] EurostatCutoffs = [new(EurostatGrowthRatio.SignificantCutoff, true), new(EurostatGrowthRatio.ModerateCutoff, true), new(EurostatGrowthRatio.InsufficientCutoff, true)];
    private static readonly DecisionCutoff[] StatCanCutoffs = [new(StatisticsCanadaProgress.OnTrackCutoff, true), new(StatisticsCanadaProgress.AccelerationCutoff, true), new(0, true)];
    private static readonly DecisionCutoff[] Unsd2022Cutoffs = [new(UnsdProgressChart2022.OnTrackCutoff, true), new(UnsdProgressChart2022.FairCutoff, true), new(UnsdProgressChart2022.LimitedCutoff, true)];
    private static readonly DecisionCutoff[] Unsd2022AarrCutoffs = [new(UnsdProgressChart2022.AarrOnTrackCutoff, true), new(UnsdProgressChart2022.FairCutoff, true), new(UnsdProgressChart2022.AarrLimitedCutoff, true)];
    private static readonly DecisionCutoff[] Unsd2023Cutoffs = [new(UnsdProjection2023.OnTheWayCutoff, true), new(UnsdProjection2023.ReasonableCutoff, true)];
    private static readonly DecisionCutoff[] SdsnCutoffs = [new(SdsnLinearRatio.OnTrackCutoff, true), new(SdsnLinearRatio.ModeratelyImprovingCutoff, true), new(0, true)];
    private static readonly DecisionCutoff[] DestatisCutoffs = [new(DestatisWeather.SunCutoff, true), new(DestatisWeather.PartlyCloudyCutoff, false)];

    private static DecisionCutoff[] RatioCutoffs(string method) => method switch
    {
        "eurostat" => EurostatCutoffs,
        "statcan" => StatCanCutoffs,
        "unsd-2022-aarrr" => Unsd2022AarrCutoffs,
        "unsd-2023" => Unsd2023Cutoffs,
        _ => Unsd2022Cutoffs,
    };

    /// <summary>
    /// <paramref name="value"/> × <paramref name="scale"/> as a number (or a percentage) with the fewest decimals, at least
    /// <paramref name="decimals"/>, at which the printed number lies on the same side of every cut-off as the exact value:
    /// R = 0.948 below the 0.95 cut-off prints "0.948", not "0.95". Vietnamese and English print the same digits.
    /// </summary>
    private static string Deciding(double value, double scale, DecisionCutoff[] cutoffs, CultureInfo culture, int decimals, bool percent)
    {
        var needed = DecidingDecimals(value, scale, cutoffs, decimals);
        var text = NumberText.Number(RoundedFor(value, scale, cutoffs, needed), culture, needed);
        return percent ? text + "%" : text;
    }

    /// <summary>The fewest decimals from <paramref name="decimals"/> to 15 at which rounding keeps the side of every cut-off; 15 when none does.</summary>
    private static int DecidingDecimals(double value, double scale, DecisionCutoff[] cutoffs, int decimals)
    {
        for (var d = decimals; d < MaxDecimals; d++)
        {
            if (KeepsSides(value, Math.Round(value * scale, d, MidpointRounding.AwayFromZero), scale, cutoffs))
            {
                return d;
            }
        }

        return MaxDecimals;
    }

    /// <summary>
    /// The number to print at <paramref name="decimals"/>: <paramref name="value"/> × <paramref name="scale"/> rounded half away
    /// from zero, or, when even 15 decimals would cross a cut-off (a value within 1e-15 of it), rounded towards the exact
    /// value's side instead.
    /// </summary>
    private static double RoundedFor(double value, double scale, DecisionCutoff[] cutoffs, int decimals)
    {
        var scaled = value * scale;
        var rounded = Math.Round(scaled, decimals, MidpointRounding.AwayFromZero);
        if (KeepsSides(value, rounded, scale, cutoffs))
        {
            return rounded;
        }

        var unit = Math.Pow(10, decimals);
        return rounded > scaled ? Math.Floor(scaled * unit) / unit : Math.Ceiling(scaled * unit) / unit;
    }

    private static bool KeepsSides(double value, double printed, double scale, DecisionCutoff[] cutoffs)
    {
        foreach (var cutoff in cutoffs)
        {
            if (cutoff.Above(value) != new DecisionCutoff(cutoff.Value * scale, cutoff.Inclusive).Above(printed))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The decimals <see cref="Value"/> gives a number that is not a percentage: 0 from 1000 or for a whole number, 1 from 10, else 2.</summary>
    private static int PlainDecimals(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude >= 1000 || value == Math.Round(value) ? 0 : magnitude >= 10 ? 1 : 2;
    }
}
