using System.Text;

namespace DigitalKpi.Samples.Programme;

/// <summary>Writes report.html, report.md, assessments.json and the charts (charts/*.png) into a folder.</summary>
internal static class ReportFiles
{
    public const string ChartFolder = "charts";
    public const string SummaryChart = ChartFolder + "/status-summary.png";

    public static string Write(Report report, string json, string directory)
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, ChartFolder));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot create the output folder '{directory}' ({WorkbookLoader.OneLine(e.Message)}); give --out a folder you can write to.");
        }

        var charts = new List<string>(report.Rows.Count);
        foreach (var row in report.Rows)
        {
            var file = $"{ChartFolder}/{SafeName(row.Target.Id.Value)}.png";
            Charts.WriteTarget(row, report.Texts, report.Culture, Path.Combine(directory, file));
            charts.Add(file);
        }

        Charts.WriteSummary(report.Rollup, report.Texts, Path.Combine(directory, SummaryChart));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(directory, "assessments.json"), json, utf8);
        File.WriteAllText(Path.Combine(directory, "report.md"), MarkdownReport.Write(report, charts), utf8);
        var html = Path.Combine(directory, "report.html");
        File.WriteAllText(html, HtmlReport.Write(report, charts), utf8);
        return html;
    }

    private static string SafeName(string id)
    {
        var chars = id.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] is not '-' and not '_' and not '.')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
