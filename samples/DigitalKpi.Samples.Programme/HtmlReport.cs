using System.Net;
using System.Text;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Rollups;

namespace DigitalKpi.Samples.Programme;

/// <summary>A self-contained HTML page (inline style, no script, images next to it): the table, the rollup and the charts.</summary>
internal static class HtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 24px; color: #212121; max-width: 1240px; }
        h1 { font-size: 22px; margin-bottom: 4px; }
        .meta { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 12px 0 24px; }
        th, td { border: 1px solid #ddd; padding: 6px 8px; vertical-align: top; text-align: left; }
        th { background: #f3f3f3; }
        td.num { text-align: right; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        .status { font-weight: bold; white-space: nowrap; }
        table.rollup { width: auto; min-width: 360px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 760px), 1fr)); gap: 16px; }
        figure { margin: 0; border: 1px solid #eee; padding: 8px; }
        figure img { width: 100%; max-width: 900px; height: auto; display: block; margin: 0 auto; }
        figcaption { font-size: 12px; color: #555; margin-top: 4px; }
        """;

    public static string Write(Report report, IReadOnlyList<string> chartFiles)
    {
        var texts = report.Texts;
        var culture = report.Culture;
        var html = new StringBuilder();
        var lang = texts.Vietnamese ? "vi" : "en";
        html.Append($"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(report.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{E(report.Title)}</h1>\n<p class=\"meta\">{E(texts.ReportTitle)} · {E(texts.AsOf)} {report.AsOfText} · {E(texts.Method)}: <code>{E(report.Method)}</code></p>\n");
        html.Append("<table>\n<thead><tr>");
        foreach (var header in texts.Headers)
        {
            html.Append($"<th>{E(header)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in report.Rows)
        {
            var t = RowText.Of(row, texts, culture);
            html.Append($"<tr><td>{E(t.Indicator)}</td><td>{E(t.Scope)}</td><td class=\"nowrap\">{E(t.Latest)}</td><td class=\"nowrap\">{E(t.Target)}</td><td>{E(t.Deadline)}</td>");
            html.Append($"<td class=\"status\" style=\"color:{Hex(row.Status)}\">{E(t.Status)}</td><td class=\"num\">{E(t.Probability)}</td><td>{E(t.Reason)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append($"<h2 id=\"rollup\">{E(texts.Rollup)}</h2>\n<table class=\"rollup\">\n<thead><tr><th>{E(texts.StatusHeader)}</th><th>{E(texts.Count)}</th><th>{E(texts.Share)}</th></tr></thead>\n<tbody>\n");
        foreach (var status in StatusRollup.ReportOrder)
        {
            html.Append($"<tr><td class=\"status\" style=\"color:{Hex(status)}\">{E(texts.Status(status))}</td><td class=\"num\">{report.CountText(status)}</td><td class=\"num\">{E(report.ShareText(status))}</td></tr>\n");
        }

        html.Append($"<tr><th>{E(texts.Total)}</th><th>{report.TotalText}</th><th></th></tr>\n</tbody>\n</table>\n");
        if (report.TasksText is { } tasks)
        {
            html.Append($"<p>{E(tasks)}</p>\n");
        }

        html.Append($"<h2 id=\"charts\">{E(texts.Charts)}</h2>\n<div class=\"charts\">\n");
        html.Append($"<figure><img src=\"{E(ReportFiles.SummaryChart)}\" alt=\"{E(texts.StatusChartTitle)}\"><figcaption>{E(texts.StatusChartTitle)}</figcaption></figure>\n");
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            html.Append($"<figure id=\"{E(row.Target.Id.Value)}\"><img src=\"{E(chartFiles[i])}\" alt=\"{E(row.Name(culture))}\"><figcaption>{E(row.Target.Id.Value)} · {E(row.Explanation.Get(culture))}</figcaption></figure>\n");
        }

        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Hex(Status status)
    {
        var c = Charts.StatusColor(status);
        return $"#{c.R:X2}{c.G:X2}{c.B:X2}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
