using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigitalKpi.Samples.Tests;

public sealed partial class ProgrammeSampleTests
{
    // The embedded workbook (samples/DigitalKpi.Samples.Programme/programme.json) has 13 targets.
    private const int EmbeddedTargets = 13;
    private static readonly string[] StatusKeys = ["done", "likely", "atRisk", "missed", "notAssessable"];

    [Fact]
    public void Run_NoArguments_PrintsVietnameseTableAndRollup()
    {
        var run = SampleRun.Programme();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        foreach (var header in new[] { "Chỉ số", "Phạm vi", "Mới nhất", "Chỉ tiêu", "Thời hạn", "Tình trạng", "Xác suất", "Lý do", "Tổng hợp" })
        {
            Assert.Contains(header, run.Stdout);
        }

        // 50,350 digital-technology enterprises against a plan of 48,000: met, printed with the vi-VN thousands separator.
        Assert.Contains("50.350", run.Stdout);
        Assert.Contains("Đã đạt", run.Stdout);
        Assert.DoesNotContain("\u001b[", run.Stdout);
    }

    [Fact]
    public void Run_CultureEn_PrintsEnglishTable()
    {
        var run = SampleRun.Programme("--culture", "en");

        Assert.Equal(0, run.ExitCode);
        foreach (var header in new[] { "Indicator", "Scope", "Latest", "Target", "Deadline", "Status", "Probability", "Reason", "Rollup" })
        {
            Assert.Contains(header, run.Stdout);
        }

        Assert.Contains("50,350", run.Stdout);
        Assert.Contains("done", run.Stdout);
        Assert.DoesNotContain("Đã đạt", run.Stdout);
    }

    [Fact]
    public void Run_FormatJson_WritesOnlyTheAssessmentContract()
    {
        var run = SampleRun.Programme("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        CheckContract(json.RootElement, "2024-07-31", "probabilistic", EmbeddedTargets);
        var enterprises = Assessment(json.RootElement, "enterprises-2024");
        Assert.Equal("done", enterprises.GetProperty("status").GetString());
        Assert.Equal(1.0, enterprises.GetProperty("probability").GetDouble());
        // attainment = 50,350 ÷ 48,000 = 1.0489583… (programme-facts.md: reported as 104.9%).
        Assert.Equal(50350.0 / 48000.0, enterprises.GetProperty("attainment").GetDouble(), 12);
        Assert.Equal("2024-H1", enterprises.GetProperty("latest").GetProperty("period").GetString());
        // Communes with broadband: 100% in Q1 2024 against a target of 100%: done.
        Assert.Equal("done", Assessment(json.RootElement, "commune-broadband-2025").GetProperty("status").GetString());
    }

    [Fact]
    public void Run_FormatMarkdown_PrintsMarkdownTables()
    {
        var run = SampleRun.Programme("--format", "markdown", "--culture", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# ", run.Stdout);
        Assert.Contains("| Indicator | Scope | Latest | Target | Deadline | Status | Probability | Reason |", run.Stdout);
        Assert.Contains("## Rollup", run.Stdout);
    }

    [Theory]
    [InlineData("table", "vi")]
    [InlineData("markdown", "en")]
    [InlineData("json", "vi")]
    public void Run_Out_WritesHtmlMarkdownJsonAndOneChartPerTarget(string format, string culture)
    {
        using var folder = new TempFolder();

        var run = SampleRun.Programme("--format", format, "--culture", culture, "--out", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var jsonText = File.ReadAllText(Path.Combine(folder.Path, "assessments.json"));
        using var json = JsonDocument.Parse(jsonText);
        CheckContract(json.RootElement, "2024-07-31", "probabilistic", EmbeddedTargets);
        if (format == "json")
        {
            Assert.Equal(jsonText.Trim(), run.Stdout.Trim());
        }

        Assert.True(new FileInfo(Path.Combine(folder.Path, "report.md")).Length > 1000);
        var pngs = Directory.GetFiles(Path.Combine(folder.Path, "charts"), "*.png");
        Assert.Equal(EmbeddedTargets + 1, pngs.Length);
        foreach (var target in json.RootElement.GetProperty("assessments").EnumerateArray())
        {
            CheckPng(Path.Combine(folder.Path, "charts", target.GetProperty("target").GetString() + ".png"), 900, 520);
        }

        CheckPng(Path.Combine(folder.Path, "charts", "status-summary.png"), 900, 420);
        var html = File.ReadAllText(Path.Combine(folder.Path, "report.html"));
        var references = Reference().Matches(html).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(EmbeddedTargets + 1, references.Count);
        foreach (var reference in references)
        {
            Assert.DoesNotContain("://", reference);
            Assert.True(File.Exists(Path.Combine(folder.Path, reference)), $"report.html refers to {reference}, which does not exist");
        }

        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Theory]
    [InlineData("probabilistic")]
    [InlineData("growth-ratio")]
    [InlineData("projection")]
    [InlineData("linear-ratio")]
    [InlineData("schedule")]
    [InlineData("thresholds")]
    public void Run_EveryMethod_WritesTheContractWithThatMethod(string method)
    {
        var run = SampleRun.Programme("--format", "json", "--method", method);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        CheckContract(json.RootElement, "2024-07-31", method, EmbeddedTargets);
        // Already met targets are done under every policy (METHODS.md).
        Assert.Equal("done", Assessment(json.RootElement, "enterprises-2024").GetProperty("status").GetString());
    }

    [Fact]
    public void Run_AsOfAfterDeadlines_UnmetTargetsAreMissed()
    {
        var run = SampleRun.Programme("--format", "json", "--as-of", "2026-03-01");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        CheckContract(json.RootElement, "2026-03-01", "probabilistic", EmbeddedTargets);
        // Dossiers fully online: 42% in H1 2024 against 80% by the end of 2025; on 2026-03-01 the deadline has passed.
        var dossiers = Assessment(json.RootElement, "dossiers-2025");
        Assert.Equal("missed", dossiers.GetProperty("status").GetString());
        Assert.Equal(0.0, dossiers.GetProperty("probability").GetDouble());
    }

    [Fact]
    public void Run_ObservationsCsv_ReplacesTheEmbeddedObservations()
    {
        using var folder = new TempFolder();
        var csv = folder.File("obs.csv", "indicator,scope,period,value\nonline-dossier-share,VN,2024-H1,85\n");

        var run = SampleRun.Programme("--format", "json", "--observations", csv);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        CheckContract(json.RootElement, "2024-07-31", "probabilistic", EmbeddedTargets);
        // 85% ≥ 80%: done; the enterprises target lost its observations and cannot be assessed.
        Assert.Equal("done", Assessment(json.RootElement, "dossiers-2025").GetProperty("status").GetString());
        var enterprises = Assessment(json.RootElement, "enterprises-2024");
        Assert.Equal("notAssessable", enterprises.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, enterprises.GetProperty("probability").ValueKind);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsZero()
    {
        var run = SampleRun.Programme("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("usage: dotnet run --project samples/DigitalKpi.Samples.Programme", run.Stdout);
        Assert.Contains("--method probabilistic|growth-ratio|projection|linear-ratio|schedule|thresholds", run.Stdout);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public void Run_FormatJson_DoesNotDependOnTheCurrentCulture(string current)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string expected;
        string actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            expected = SampleRun.Programme("--format", "json").Stdout;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(current);
            actual = SampleRun.Programme("--format", "json").Stdout;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.Equal(expected, actual);
        // Invariant numbers: 50,350 enterprises are written as 50350, never "50.350" or "50,350".
        Assert.Contains("\"value\": 50350", actual);
    }

    [Theory]
    [InlineData("missing-workbook", "not found")]
    [InlineData("malformed-workbook", "not a valid workbook")]
    [InlineData("missing-observations", "not found")]
    [InlineData("unknown-method", "unknown method")]
    [InlineData("unknown-culture", "unknown culture")]
    [InlineData("unknown-format", "unknown format")]
    [InlineData("bad-date", "not a date")]
    [InlineData("unknown-option", "unknown option")]
    [InlineData("missing-value", "needs a value")]
    public void Run_UserError_OneLineOnStderrAndExitCode2(string problem, string expected)
    {
        using var folder = new TempFolder();
        string[] args = problem switch
        {
            "missing-workbook" => ["--workbook", Path.Combine(folder.Path, "nope.json")],
            "malformed-workbook" => ["--workbook", folder.File("bad.json", "{ \"schemaVersion\": 1, \"name\": ")],
            "missing-observations" => ["--observations", Path.Combine(folder.Path, "nope.csv")],
            "unknown-method" => ["--method", "crystal-ball"],
            "unknown-culture" => ["--culture", "fr"],
            "unknown-format" => ["--format", "pdf"],
            "bad-date" => ["--as-of", "10/07/2024"],
            "unknown-option" => ["--colour"],
            _ => ["--out"],
        };

        var run = SampleRun.Programme(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    private static void CheckContract(JsonElement root, string asOf, string method, int targets)
    {
        Assert.Equal(asOf, root.GetProperty("asOf").GetString());
        Assert.Equal(method, root.GetProperty("method").GetString());
        var assessments = root.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(targets, assessments.Count);
        var tally = StatusKeys.ToDictionary(k => k, _ => 0);
        foreach (var a in assessments)
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("target").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("indicator").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("scope").GetString()));
            var status = a.GetProperty("status").GetString()!;
            Assert.Contains(status, StatusKeys);
            tally[status]++;
            var probability = a.GetProperty("probability");
            switch (status)
            {
                case "done":
                    Assert.Equal(1.0, probability.GetDouble());
                    break;
                case "missed":
                    Assert.Equal(0.0, probability.GetDouble());
                    break;
                case "notAssessable":
                    Assert.Equal(JsonValueKind.Null, probability.ValueKind);
                    break;
                default:
                    if (probability.ValueKind != JsonValueKind.Null)
                    {
                        Assert.InRange(probability.GetDouble(), 0.0, 1.0);
                    }

                    break;
            }

            if (a.GetProperty("latest") is { ValueKind: JsonValueKind.Object } latest)
            {
                Assert.False(string.IsNullOrEmpty(latest.GetProperty("period").GetString()));
                Assert.True(double.IsFinite(latest.GetProperty("value").GetDouble()));
            }

            if (a.GetProperty("projected") is { ValueKind: JsonValueKind.Object } projected)
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", projected.GetProperty("at").GetString()!);
                var mean = projected.GetProperty("mean").GetDouble();
                Assert.True(double.IsFinite(mean));
                // Point projections (projection, linear-ratio policies) have no interval: lower80 and upper80 are then null.
                if (projected.GetProperty("lower80").ValueKind == JsonValueKind.Number)
                {
                    Assert.InRange(mean, projected.GetProperty("lower80").GetDouble(), projected.GetProperty("upper80").GetDouble());
                }
            }

            var explanation = a.GetProperty("explanation");
            Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("vi").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("en").GetString()));
        }

        var summary = root.GetProperty("summary");
        var shares = 0.0;
        foreach (var key in StatusKeys)
        {
            Assert.Equal(tally[key], summary.GetProperty("counts").GetProperty(key).GetInt32());
            shares += summary.GetProperty("shares").GetProperty(key).GetDouble();
        }

        Assert.Equal(100.0, shares, 9);
    }

    private static JsonElement Assessment(JsonElement root, string target)
        => root.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("target").GetString() == target);

    private static void CheckPng(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes");
        // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at offsets 16 and 20.
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [GeneratedRegex("(src|href)=\"([^\"]*)\"")]
    private static partial Regex Reference();
}
