using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Conventions;

/// <summary>
/// Runs the README's example and checks that the README still shows exactly this code. The console is
/// redirected, so the class runs alone (not in parallel with others).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_PrintsLikelyAndTheQuotedFigures()
    {
        var output = new StringWriter { NewLine = "\n" };
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(previous);
        }

        var lines = output.ToString().Split('\n');

        // 17% at the end of 2023 and 42% half a year later: the straight line through them reaches 80% before the
        // end of 2024, a year ahead of the deadline, so the target is likely by construction.
        Assert.StartsWith("dossiers-2025: Likely, P = 0.", lines[0]);
        Assert.Contains("against a target of 80%", lines[1]);
        Assert.Contains("so với chỉ tiêu 80%", lines[2]);

        // 50,350 ÷ 48,000 = 1.0489583… → 104.896% (by hand); 42 − 17 = +25 percentage points.
        Assert.StartsWith("104.8958333", lines[3]);
        Assert.Equal("+25 pp", lines[4]);
    }

    [Fact]
    public void Readme_ShowsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "ReadmeExampleTests.cs.txt"));
        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```csharp block.");
        var end = readme.IndexOf("```", start + 9, StringComparison.Ordinal);
        var code = readme[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(code.Count > 10, "The README example is unexpectedly short.");
        var sourceLines = source.Split('\n').Select(l => l.Trim()).ToHashSet();
        Assert.All(code, line => Assert.Contains(line, sourceLines));
    }

    private static void Example()
    {
        var share = new Indicator(new IndicatorId("online-dossier-share"),
            new LocalizedText("Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers handled fully online"),
            Unit.Percent, Frequency.HalfYear);
        var vn = new Scope(new ScopeId("VN"), new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation);
        var programme = new Programme("Digital transformation", [vn], [share],
            [new Observation(share.Id, vn.Id, ReportingPeriod.Year(2023), 17),
             new Observation(share.Id, vn.Id, ReportingPeriod.Half(2024, 1), 42)],
            [new Target(new TargetId("dossiers-2025"), share.Id, vn.Id, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025))]);

        var result = Assessor.Assess(programme, new LocalDate(2024, 7, 31));   // default policy: probabilistic
        foreach (var a in result.Assessments)
        {
            Console.WriteLine($"{a.Target.Id}: {a.Status}, P = {a.Evidence.Probability:0.00}");
            Console.WriteLine(a.Explanation.En);
            Console.WriteLine(a.Explanation.Vi);
        }

        Console.WriteLine(Attainment.Percent(50_350, 48_000, Polarity.HigherIsBetter));   // 104.895…
        Console.WriteLine(Change.Points(17, 42));                                          // +25 pp
    }
}

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
