using System.Globalization;
using DigitalKpi.Core.Classification;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Samples.Programme;

/// <summary>The command line of the programme sample, parsed and checked.</summary>
internal sealed class Options
{
    internal const string Usage =
        "usage: dotnet run --project samples/DigitalKpi.Samples.Programme -- [--workbook FILE] [--observations FILE.csv] " +
        "[--as-of YYYY-MM-DD] [--method probabilistic|growth-ratio|projection|linear-ratio|schedule|thresholds] " +
        "[--format table|markdown|json] [--culture vi|en] [--out DIR]";

    public string? WorkbookPath { get; private set; }

    public string? ObservationsPath { get; private set; }

    public LocalDate? AsOf { get; private set; }

    public string Method { get; private set; } = "probabilistic";

    public ReportFormat Format { get; private set; } = ReportFormat.Table;

    public CultureInfo Culture { get; private set; } = CultureInfo.GetCultureInfo("vi-VN");

    public string? OutDirectory { get; private set; }

    public bool Help { get; private set; }

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--workbook":
                    options.WorkbookPath = Value(args, ref i);
                    break;
                case "--observations":
                    options.ObservationsPath = Value(args, ref i);
                    break;
                case "--as-of":
                    options.AsOf = ParseDate(Value(args, ref i));
                    break;
                case "--method":
                    options.Method = ParseMethod(Value(args, ref i));
                    break;
                case "--format":
                    options.Format = ParseFormat(Value(args, ref i));
                    break;
                case "--culture":
                    options.Culture = ParseCulture(Value(args, ref i));
                    break;
                case "--out":
                    options.OutDirectory = Value(args, ref i);
                    break;
                default:
                    throw new UsageException($"unknown option '{name}'. {Usage}");
            }
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"option {name} needs a value. {Usage}");
        }

        i++;
        return args[i];
    }

    private static LocalDate ParseDate(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new UsageException($"--as-of '{text}' is not a date; write it as YYYY-MM-DD, e.g. --as-of 2024-07-10.");
    }

    private static string ParseMethod(string text)
    {
        var name = text.Trim().ToLowerInvariant();
        return AssessmentPolicy.Names.Contains(name)
            ? name
            : throw new UsageException($"unknown method '{text}'; use one of: {string.Join(", ", AssessmentPolicy.Names)}.");
    }

    private static ReportFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "table" => ReportFormat.Table,
        "markdown" or "md" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        _ => throw new UsageException($"unknown format '{text}'; use table, markdown or json."),
    };

    private static CultureInfo ParseCulture(string text) => text.Trim().ToLowerInvariant() switch
    {
        "vi" or "vi-vn" => CultureInfo.GetCultureInfo("vi-VN"),
        "en" or "en-us" or "en-gb" => CultureInfo.GetCultureInfo("en-US"),
        _ => throw new UsageException($"unknown culture '{text}'; use vi (Vietnamese, the default) or en (English)."),
    };
}
