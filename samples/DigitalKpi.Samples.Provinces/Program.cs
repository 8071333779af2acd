using System.Globalization;
using System.Text;
using System.Text.Json;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Serialization;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Text;
using Spectre.Console;
using Status = DigitalKpi.Core.Classification.Status;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Provinces;

/// <summary>
/// Provinces before and after the 2025 merger (synthetic data): a league table with rank changes, and the rates of the
/// merged provinces pooled into their successors by numerator and denominator.
/// </summary>
internal static class Program
{
    public const int ExitOk = 0;
    public const int ExitUsage = 2;
    public const int RedirectedWidth = 160;
    private const string EmbeddedName = "DigitalKpi.Samples.Provinces.provinces.json";
    private const string Usage = "usage: dotnet run --project samples/DigitalKpi.Samples.Provinces -- [--workbook FILE] [--culture vi|en]";

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
    }

    /// <summary>The whole sample, writing to the given streams; returns the exit code (0 ok, 2 a problem the user can fix).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        try
        {
            var (workbook, culture) = Parse(args);
            var programme = Load(workbook);
            Write(programme, culture, stdout, interactive);
            return ExitOk;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitUsage;
        }
    }

    private static (string? Workbook, CultureInfo Culture) Parse(string[] args)
    {
        string? workbook = null;
        var culture = CultureInfo.GetCultureInfo("vi-VN");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--workbook" when value is not null:
                    workbook = value;
                    i++;
                    break;
                case "--culture" when value is not null:
                    culture = value.Trim().ToLowerInvariant() switch
                    {
                        "vi" or "vi-vn" => CultureInfo.GetCultureInfo("vi-VN"),
                        "en" or "en-us" or "en-gb" => CultureInfo.GetCultureInfo("en-US"),
                        _ => throw new UsageException($"unknown culture '{value}'; use vi (Vietnamese, the default) or en (English)."),
                    };
                    i++;
                    break;
                case "--workbook" or "--culture":
                    throw new UsageException($"option {args[i]} needs a value. {Usage}");
                default:
                    throw new UsageException($"unknown option '{args[i]}'. {Usage}");
            }
        }

        return (workbook, culture);
    }

    private static CoreProgramme Load(string? path)
    {
        if (path is null)
        {
            using var embedded = typeof(Program).Assembly.GetManifestResourceStream(EmbeddedName)
                ?? throw new InvalidOperationException($"The embedded workbook {EmbeddedName} is missing from the build.");
            return WorkbookSerializer.Read(embedded);
        }

        try
        {
            using var stream = File.OpenRead(path);
            return WorkbookSerializer.Read(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"workbook file '{path}' not found; check the path given to --workbook.");
        }
        catch (Exception e) when (e is JsonException or ProgrammeValidationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"workbook '{path}' cannot be used: {OneLine(e.Message)} Fix the file (format: WORKBOOK.md) or leave out --workbook.");
        }
    }

    private static void Write(CoreProgramme programme, CultureInfo culture, TextWriter writer, bool interactive)
    {
        var vi = culture.TwoLetterISOLanguageName == "vi";
        string T(string v, string e) => vi ? v : e;
        var indicator = programme.Indicators.FirstOrDefault()
            ?? throw new UsageException("the workbook has no indicator; add one (format: WORKBOOK.md).");
        var periods = programme.Observations.Where(o => o.IndicatorId == indicator.Id).Select(o => o.Period).Distinct().Order().ToList();
        if (periods.Count < 2)
        {
            throw new UsageException($"indicator {indicator.Id} needs observations in at least two periods for a league table with rank changes.");
        }

        var current = periods[^1];
        var previous = periods[^2];
        var asOf = programme.AsOf ?? current.End;
        var mergers = programme.Scopes.Select(s => s.MergedInto).OfType<Core.Scopes.LineageEvent>().ToList();
        var effective = mergers.Count > 0 ? mergers.Max(m => m.Effective) : asOf;

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = interactive ? Math.Max(Console.WindowWidth, 100) : RedirectedWidth;
        console.Profile.Capabilities.Unicode = true;

        console.WriteLine(programme.Name);
        console.WriteLine($"{indicator.Name.Get(culture)} — {T("Số liệu tổng hợp, minh hoạ; không phải số liệu chính thức.", "Synthetic, illustrative data; not official figures.")}");
        console.WriteLine();

        var before = new Table().Border(TableBorder.Rounded)
            .Title(T($"Bảng xếp hạng {Label(current, culture)} (trước sắp xếp)", $"League table, {Label(current, culture)} (before the merger)"));
        before.AddColumn(new TableColumn(T("Hạng", "Rank")).RightAligned());
        before.AddColumn(T("Tỉnh", "Province"));
        before.AddColumn(new TableColumn(current.ToString()).RightAligned());
        before.AddColumn(new TableColumn(previous.ToString()).RightAligned());
        before.AddColumn(new TableColumn(T($"Hạng {previous}", $"Rank {previous}")).RightAligned());
        before.AddColumn(new TableColumn(T("Thay đổi", "Change")).RightAligned());
        before.AddColumn(T("Sau sắp xếp", "After the merger"));
        foreach (var row in League.Before(programme, indicator, current, previous))
        {
            var change = row.PlacesGained switch
            {
                null => "–",
                0 => "=",
                > 0 and var g => $"▲ {g}",
                var g => $"▼ {-g}",
            };
            var fate = row.Successor is { } s
                ? T($"→ {s.Name.Get(culture)} (từ {row.Effective:dd/MM/yyyy})", $"→ {s.Name.Get(culture)} (from {row.Effective:yyyy-MM-dd})")
                : T("giữ nguyên", "unchanged");
            before.AddRow(
                row.Rank.ToString(culture),
                Markup.Escape(row.Scope.Name.Get(culture)),
                NumberText.Percent(row.Current, culture, 1),
                row.Previous is { } p ? NumberText.Percent(p, culture, 1) : "–",
                row.PreviousRank?.ToString(culture) ?? "–",
                change,
                Markup.Escape(fate));
        }

        console.Write(before);
        console.WriteLine();

        var after = new Table().Border(TableBorder.Rounded)
            .Title(T("Sau sắp xếp: tỷ lệ gộp theo tử số và mẫu số", "After the merger: rates pooled by numerator and denominator"));
        after.AddColumn(new TableColumn(T("Hạng", "Rank")).RightAligned());
        after.AddColumn(T("Tỉnh mới", "New province"));
        after.AddColumn(T("Hợp thành từ", "Formed from"));
        foreach (var period in periods)
        {
            after.AddColumn(new TableColumn(period.ToString()).RightAligned());
        }

        after.AddColumn(new TableColumn(T($"TB cộng {current} (không dùng)", $"Mean of rates {current} (not used)")).RightAligned());
        after.AddColumn(T("Mục tiêu (trên chuỗi gộp)", "Target (on the pooled series)"));
        foreach (var row in League.After(programme, indicator, effective, periods, asOf))
        {
            var cells = new List<string>
            {
                row.Rank.ToString(culture),
                Markup.Escape(row.Scope.Name.Get(culture)),
                Markup.Escape(string.Join(" + ", row.FormedFrom.Select(s => s.Name.Get(culture)))),
            };
            cells.AddRange(row.Pooled.Select(r => NumberText.Percent(r, culture, 1)));
            cells.Add(row.FormedFrom.Count > 1 ? NumberText.Percent(row.SimpleMean, culture, 1) : "–");
            cells.Add(row.Assessment is { } a
                ? $"{Goal(a, culture)}: {StatusWord(a.Status, vi)}" + (a.Evidence.Probability is { } p ? $" ({NumberText.Percent(100 * p, culture, 0)})" : string.Empty)
                : "–");
            after.AddRow(cells.ToArray());
        }

        console.Write(after);
        console.WriteLine(T(
            "Tỷ lệ của tỉnh mới = tổng tử số ÷ tổng mẫu số của các tỉnh hợp thành, không phải trung bình cộng các tỷ lệ.",
            "A new province's rate is the sum of the numerators over the sum of the denominators of the provinces it was formed from, not the mean of their rates."));
    }

    private static string Goal(Assessment assessment, CultureInfo culture)
        => $"{(assessment.Target.Comparison == TargetComparison.AtMost ? "≤" : "≥")} {NumberText.Percent(assessment.Target.Value, culture, 0)} {assessment.Target.Deadline}";

    private static string StatusWord(Status status, bool vi) => status switch
    {
        Status.Done => vi ? "Đã đạt" : "done",
        Status.Likely => vi ? "Khả năng đạt" : "likely",
        Status.AtRisk => vi ? "Nguy cơ không đạt" : "at risk",
        Status.Missed => vi ? "Không đạt" : "missed",
        _ => vi ? "Chưa đánh giá được" : "not assessable",
    };

    private static string Label(ReportingPeriod period, CultureInfo culture)
        => culture.TwoLetterISOLanguageName == "vi" ? ReportingPeriodLabels.Vietnamese(period).ToLower(culture) : ReportingPeriodLabels.English(period);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
