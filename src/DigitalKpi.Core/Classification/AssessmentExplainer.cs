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
            AppendNote(ref first, verdict);
        }
        else if (status == Status.Missed)
        {
            first = Pair(ExplanationTemplates.Missed, culture => [Period(target.Deadline, culture), Value(indicator, latest.Value, culture), Period(latest.Period, culture), TargetPhrase(target, indicator, culture)]);
            AppendNote(ref first, verdict);
        }
        else if (verdict is not null)
        {
            // A method that cannot assess says so in its category ("unable to assess"): MethodNote, without the status phrase.
            var template = status == Status.NotAssessable ? ExplanationTemplates.MethodNote : ExplanationTemplates.Method;
            first = Pair(template, culture => [Lead(verdict, culture), Category(verdict, culture), Measure(verdict, culture), StatusPhrase(status, culture)]);
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
            var projected = d.Projected!.Value;
            var percent = Math.Round((d.Probability ?? 0) * 100, MidpointRounding.AwayFromZero);
            first = Pair(ExplanationTemplates.Forecast, culture =>
            [
                indicator.Name.Get(culture), Value(indicator, projected.Mean, culture), Period(target.Deadline, culture),
                Value(indicator, projected.Lower80 ?? projected.Mean, culture), Value(indicator, projected.Upper80 ?? projected.Mean, culture),
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
        var magnitude = Math.Abs(value);
        var decimals = magnitude >= 1000 || value == Math.Round(value) ? 0 : magnitude >= 10 ? 1 : 2;
        var text = NumberText.Number(value, culture, decimals);
        return indicator.Currency is { } code ? text + " " + code : text;
    }

    private static void AppendNote(ref (string Vi, string En) text, MethodVerdict? verdict)
    {
        if (verdict is not null)
        {
            Append(ref text, Pair(ExplanationTemplates.MethodNote, culture => [Lead(verdict, culture), Category(verdict, culture), Measure(verdict, culture)]));
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

    private static string Measure(MethodVerdict verdict, CultureInfo culture)
    {
        var vi = culture == Vi;
        switch (verdict.Method)
        {
            case "eurostat" or "statcan" or "unsd-2022" or "unsd-2023" when verdict.Ratio is { } r:
                var symbol = verdict.Method switch { "unsd-2022" => "CR", "unsd-2023" => "P", _ => "R" };
                return $", {symbol} = {NumberText.Number(r, culture, 2)}";
            case "destatis" when verdict.Shortfall is { } s:
                return vi ? $", thiếu hụt {NumberText.Percent(s * 100, culture)} khoảng cách còn lại" : $", shortfall {NumberText.Percent(s * 100, culture)} of the remaining gap";
            case "sdsn" when verdict.Ratio is { } r:
                return vi ? $", tốc độ thực tế ÷ tốc độ cần thiết = {NumberText.Number(r, culture, 2)}" : $", observed ÷ required pace = {NumberText.Number(r, culture, 2)}";
            case "viva-goals" or "engagedly" when verdict.ActualProgress is { } a && verdict.ExpectedProgress is { } e:
                return vi
                    ? $", tiến độ {NumberText.Percent(a * 100, culture)} so với {NumberText.Percent(e * 100, culture)} dự kiến"
                    : $", progress {NumberText.Percent(a * 100, culture)} against {NumberText.Percent(e * 100, culture)} expected";
            case "eurostat" or "statcan" or "unsd-2022" or "unsd-2023" or "destatis" or "sdsn" or "viva-goals" or "engagedly":
                return string.Empty;
            default:
                return verdict.Ratio is { } attainment
                    ? vi ? $", mức đạt {NumberText.Percent(attainment * 100, culture)}" : $", attainment {NumberText.Percent(attainment * 100, culture)}"
                    : string.Empty;
        }
    }
}
