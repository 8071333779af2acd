using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigitalKpi.Samples.Programme;

/// <summary>The status table and the rollup on a console; plain text (no ANSI codes) when the output is redirected.</summary>
internal static class ConsoleReport
{
    public const int RedirectedWidth = 180;
    private const int ReasonColumnMinimumWidth = 150;

    public static void Write(Report report, TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = interactive ? Math.Max(Console.WindowWidth, 60) : RedirectedWidth;
        console.Profile.Capabilities.Unicode = true;

        // On a narrow terminal the reasons go under the table, numbered, instead of in a squeezed column.
        var reasonsInTable = console.Profile.Width >= ReasonColumnMinimumWidth;
        var texts = report.Texts;
        var culture = report.Culture;
        console.WriteLine($"{report.Title} — {texts.AsOf} {report.AsOfText} — {texts.Method}: {report.Method}");
        var table = new Table().Border(TableBorder.Rounded);
        if (!reasonsInTable)
        {
            table.AddColumn(new TableColumn("#").RightAligned());
        }

        table.AddColumn(new TableColumn(texts.Indicator).Width(28));
        table.AddColumn(new TableColumn(texts.Scope).Width(14));
        table.AddColumn(new TableColumn(texts.Latest).NoWrap());
        table.AddColumn(new TableColumn(texts.Target).NoWrap());
        table.AddColumn(new TableColumn(texts.Deadline).NoWrap());
        table.AddColumn(texts.StatusHeader);
        table.AddColumn(new TableColumn(texts.Probability).RightAligned().NoWrap());
        if (reasonsInTable)
        {
            table.AddColumn(texts.Reason);
        }

        var reasons = new List<string>();
        foreach (var row in report.Rows)
        {
            var t = RowText.Of(row, texts, culture);
            var color = Charts.StatusColor(row.Status);
            var cells = new List<IRenderable>();
            if (!reasonsInTable)
            {
                reasons.Add(t.Reason);
                cells.Add(Text(reasons.Count.ToString(culture)));
            }

            cells.AddRange([Text(t.Indicator), Text(t.Scope), Text(t.Latest), Text(t.Target), Text(t.Deadline)]);
            cells.Add(new Markup(Markup.Escape(t.Status), new Style(new Spectre.Console.Color(color.R, color.G, color.B))));
            cells.Add(Text(t.Probability));
            if (reasonsInTable)
            {
                cells.Add(Text(t.Reason));
            }

            table.AddRow(cells);
        }

        console.Write(table);
        if (reasons.Count > 0)
        {
            console.WriteLine($"{texts.Reason}:");
            for (var i = 0; i < reasons.Count; i++)
            {
                console.Write(new Padder(new Text($"{(i + 1).ToString(culture)}. {reasons[i]}"), new Padding(1, 0, 0, 0)));
            }
        }

        console.Write(RollupTable(report));
    }

    private static Table RollupTable(Report report)
    {
        var texts = report.Texts;
        var table = new Table().Border(TableBorder.Rounded).Title(texts.Rollup);
        table.AddColumn(texts.StatusHeader);
        table.AddColumn(new TableColumn(texts.Count).RightAligned());
        table.AddColumn(new TableColumn(texts.Share).RightAligned());
        foreach (var status in StatusRollup.ReportOrder)
        {
            table.AddRow(texts.Status(status), report.CountText(status), report.ShareText(status));
        }

        table.AddRow(texts.Total, report.TotalText, report.Rollup.Total == 0 ? "–" : NumberText.Percent(100, report.Culture, 1));
        if (report.TasksText is { } tasks)
        {
            table.Caption(tasks);
        }

        return table;
    }

    private static Text Text(string value) => new(value);
}
