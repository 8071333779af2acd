using System.Globalization;
using System.Text;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Benchmarks;

/// <summary>
/// A synthetic programme read through the workbook reader: one target per (indicator, scope), up to 100 scopes,
/// 12 monthly observations of 2024 each, an "at least" target for 2026; even indicators are percentages (the
/// probabilistic policy's saturating trend), odd ones counts (its linear trend). As of 2025-01-15.
/// </summary>
public static class ProgrammeFactory
{
    public static Programme Build(int targets)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            Write(writer, targets);
        }

        stream.Position = 0;
        return WorkbookSerializer.Read(stream);
    }

    private static void Write(TextWriter text, int targets)
    {
        var scopes = Math.Min(100, targets);
        var indicators = (targets + scopes - 1) / scopes;
        var random = new Random(targets);
        text.Write("""{"schemaVersion":1,"name":"Benchmark programme","asOf":"2025-01-15","scopes":[{"id":"VN","name":{"vi":"Việt Nam","en":"Viet Nam"},"level":"nation"}""");
        for (var s = 1; s < scopes; s++)
        {
            text.Write(string.Create(CultureInfo.InvariantCulture, $$""",{"id":"VN-P{{s:D2}}","name":{"vi":"Tỉnh {{s}}","en":"Province {{s}}"},"level":"province","parent":"VN"}"""));
        }

        text.Write("],\"indicators\":[");
        for (var i = 0; i < indicators; i++)
        {
            var unit = i % 2 == 0 ? "percent" : "count";
            text.Write(i == 0 ? string.Empty : ",");
            text.Write(string.Create(CultureInfo.InvariantCulture, $$"""{"id":"indicator-{{i:D4}}","name":{"vi":"Chỉ tiêu {{i}}","en":"Indicator {{i}}"},"unit":"{{unit}}","polarity":"higherIsBetter","frequency":"month","pillar":"digital-government"}"""));
        }

        text.Write("],\"observations\":[");
        var goals = new double[targets];
        for (var k = 0; k < targets; k++)
        {
            var (indicator, scope) = (k / scopes, k % scopes);
            var level = 20 + (40 * random.NextDouble());
            var slope = 0.2 + (1.5 * random.NextDouble());
            double last = 0;
            for (var m = 0; m < 12; m++)
            {
                last = Math.Round(Math.Clamp(level + (slope * m) + (4 * (random.NextDouble() - 0.5)), 1, 99), 3);
                text.Write(k == 0 && m == 0 ? string.Empty : ",");
                text.Write(string.Create(CultureInfo.InvariantCulture, $$"""{"indicator":"indicator-{{indicator:D4}}","scope":"{{ScopeId(scope)}}","period":"2024-{{m + 1:D2}}","value":{{last}}}"""));
            }

            goals[k] = Math.Min(99, Math.Round(last + (30 * random.NextDouble()), 1));
        }

        text.Write("],\"targets\":[");
        for (var k = 0; k < targets; k++)
        {
            text.Write(k == 0 ? string.Empty : ",");
            text.Write(string.Create(CultureInfo.InvariantCulture, $$"""{"id":"target-{{k:D7}}","indicator":"indicator-{{k / scopes:D4}}","scope":"{{ScopeId(k % scopes)}}","comparison":"atLeast","value":{{goals[k]}},"deadline":"2026"}"""));
        }

        text.Write("],\"tasks\":[]}");
    }

    /// <summary>The id of the s-th scope: "VN" for 0, then "VN-P01", "VN-P02", ….</summary>
    public static string ScopeId(int s) => s == 0 ? "VN" : string.Create(CultureInfo.InvariantCulture, $"VN-P{s:D2}");
}
