using System.Globalization;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Text;

namespace DigitalKpi.Samples.Programme;

/// <summary>The cells of one report line as text in the chosen language.</summary>
internal sealed record RowText(string Indicator, string Scope, string Latest, string Target, string Deadline, string Status, string Probability, string Reason)
{
    public static RowText Of(TargetRow row, Texts texts, CultureInfo culture)
    {
        var latest = row.Latest is { } l
            ? $"{ValueText.Of(l.Value, row.Indicator, culture)} ({l.Period})"
            : "–";
        var target = row.Target.Comparison switch
        {
            TargetComparison.AtMost => "≤ " + ValueText.Of(row.Target.Value, row.Indicator, culture),
            TargetComparison.Between => $"{ValueText.Of(row.Target.Value, row.Indicator, culture)}–{ValueText.Of(row.Target.Upper ?? row.Target.Value, row.Indicator, culture)}",
            _ => "≥ " + ValueText.Of(row.Target.Value, row.Indicator, culture),
        };
        var probability = row.Probability is { } p ? NumberText.Percent(100 * p, culture, 0) : "–";
        return new RowText(
            row.Indicator.Name.Get(culture),
            row.Scope.Name.Get(culture),
            latest,
            target,
            row.Target.Deadline.ToString(),
            texts.Status(row.Status),
            probability,
            row.Explanation.Get(culture));
    }
}
