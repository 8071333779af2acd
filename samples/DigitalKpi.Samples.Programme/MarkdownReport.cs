using System.Text;
using DigitalKpi.Core.Rollups;

namespace DigitalKpi.Samples.Programme;

/// <summary>The status table and the rollup as GitHub-flavoured Markdown, followed by the chart images when their files are given.</summary>
internal static class MarkdownReport
{
    public static string Write(Report report, IReadOnlyList<string>? chartFiles = null)
    {
        var texts = report.Texts;
        var culture = report.Culture;
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(report.Title)).Append('\n').Append('\n');
        md.Append($"{texts.AsOf} {report.AsOfText} · {texts.Method}: `{report.Method}`\n\n");
        md.Append("| ").AppendJoin(" | ", texts.Headers).Append(" |\n");
        md.Append("|---|---|---|---|---|---|---:|---|\n");
        foreach (var row in report.Rows)
        {
            var t = RowText.Of(row, texts, culture);
            md.Append($"| {Escape(t.Indicator)} | {Escape(t.Scope)} | {Escape(t.Latest)} | {Escape(t.Target)} | {t.Deadline} | **{Escape(t.Status)}** | {t.Probability} | {Escape(t.Reason)} |\n");
        }

        md.Append($"\n## {texts.Rollup}\n\n");
        md.Append($"| {texts.StatusHeader} | {texts.Count} | {texts.Share} |\n|---|---:|---:|\n");
        foreach (var status in StatusRollup.ReportOrder)
        {
            md.Append($"| {texts.Status(status)} | {report.CountText(status)} | {report.ShareText(status)} |\n");
        }

        md.Append($"| **{texts.Total}** | **{report.TotalText}** | |\n");
        if (report.TasksText is { } tasks)
        {
            md.Append('\n').Append(tasks).Append('\n');
        }

        if (chartFiles is not null)
        {
            md.Append($"\n## {texts.Charts}\n\n![{texts.StatusChartTitle}]({ReportFiles.SummaryChart})\n");
            for (var i = 0; i < report.Rows.Count; i++)
            {
                md.Append($"\n![{Escape(report.Rows[i].Target.Id.Value)}]({chartFiles[i]})\n");
            }
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
