using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Benchmarks;

/// <summary>Loading a workbook: 100,000 monthly observations (50 scopes × 100 indicators × 20 months) from JSON text built in setup.</summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private byte[] utf8 = [];
    private string json = string.Empty;

    [Params(100_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        json = Build(Observations);
        utf8 = Encoding.UTF8.GetBytes(json);
    }

    [Benchmark]
    public Programme ReadStream()
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return WorkbookSerializer.Read(stream);
    }

    [Benchmark]
    public Programme Parse() => WorkbookSerializer.Parse(json);

    public static string Build(int observations)
    {
        const int Scopes = 50;
        const int Months = 20;
        var indicators = Math.Max(1, observations / (Scopes * Months));
        var text = new StringBuilder(observations * 100);
        text.Append("""{"schemaVersion":1,"name":"Benchmark programme","asOf":"2025-09-01","scopes":[{"id":"VN","name":{"vi":"Việt Nam","en":"Viet Nam"},"level":"nation"}""");
        for (var s = 1; s < Scopes; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $$""",{"id":"VN-P{{s:D2}}","name":{"vi":"Tỉnh {{s}}","en":"Province {{s}}"},"level":"province","parent":"VN"}""");
        }

        text.Append("],\"indicators\":[");
        for (var i = 0; i < indicators; i++)
        {
            text.Append(i == 0 ? string.Empty : ",");
            text.Append(CultureInfo.InvariantCulture, $$"""{"id":"indicator-{{i:D3}}","name":{"vi":"Chỉ tiêu {{i}}","en":"Indicator {{i}}"},"unit":"percent","polarity":"higherIsBetter","frequency":"month","pillar":"digital-government"}""");
        }

        text.Append("],\"observations\":[");
        var random = new Random(100_000);
        var first = true;
        for (var i = 0; i < indicators; i++)
        {
            for (var s = 0; s < Scopes; s++)
            {
                var scope = ProgrammeFactory.ScopeId(s);
                for (var m = 0; m < Months; m++)
                {
                    var value = Math.Round(10 + (2.5 * m) + (10 * random.NextDouble()), 3);
                    text.Append(first ? string.Empty : ",");
                    first = false;
                    text.Append(CultureInfo.InvariantCulture, $$"""{"indicator":"indicator-{{i:D3}}","scope":"{{scope}}","period":"{{2024 + (m / 12)}}-{{(m % 12) + 1:D2}}","value":{{value}}}""");
                }
            }
        }

        text.Append("],\"targets\":[],\"tasks\":[]}");
        return text.ToString();
    }
}
