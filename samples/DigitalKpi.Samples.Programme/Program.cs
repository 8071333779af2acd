using System.Text;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Samples.Programme;

/// <summary>
/// The national-programme report: assesses every target of the embedded workbook (or the user's) and prints the
/// status table and the rollup; with --out also writes an HTML page, Markdown, the JSON assessment and charts.
/// </summary>
internal static class Program
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitUsage = 2;

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
            var options = Options.Parse(args);
            if (options.Help)
            {
                stdout.WriteLine(Options.Usage);
                return ExitOk;
            }

            var programme = WorkbookLoader.Load(options.WorkbookPath, options.ObservationsPath);
            var asOf = options.AsOf ?? programme.AsOf
                ?? throw new UsageException("the workbook has no asOf date; pass one with --as-of YYYY-MM-DD.");
            var (result, rows) = TargetAssessor.Assess(programme, asOf, options.Method);
            var report = new Report(programme, rows, asOf, options.Method, options.Culture);
            // Only the JSON format and --out use the serialized assessment.
            var json = new Lazy<string>(() => AssessmentSerializer.ToJson(result));

            switch (options.Format)
            {
                case ReportFormat.Json:
                    stdout.WriteLine(json.Value);
                    break;
                case ReportFormat.Markdown:
                    stdout.Write(MarkdownReport.Write(report));
                    break;
                default:
                    ConsoleReport.Write(report, stdout, interactive);
                    break;
            }

            if (options.OutDirectory is { } directory)
            {
                var html = ReportFiles.Write(report, json.Value, directory);
                if (options.Format != ReportFormat.Json)
                {
                    stdout.WriteLine(report.Texts.ReportWritten(Path.GetFullPath(html)));
                }
            }

            return ExitOk;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ForecastException)
        {
            stderr.WriteLine($"error: {WorkbookLoader.OneLine(e.Message)}");
            return ExitFailure;
        }
    }
}
