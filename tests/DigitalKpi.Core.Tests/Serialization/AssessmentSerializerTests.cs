using System.Globalization;
using System.Text;
using System.Text.Json;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Serialization;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Serialization;

public class AssessmentSerializerTests
{
    private static readonly LocalDate AsOf = new(2024, 7, 10);
    private static readonly IndicatorId Online = new("online-dossier-share");
    private static readonly IndicatorId Enterprises = new("digital-enterprises");
    private static readonly IndicatorId Index = new("dx-index");
    private static readonly ScopeId Vn = new("VN");

    private static Programme Make() => new(
        "Chương trình Chuyển đổi số quốc gia",
        [new Scope(Vn, new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation)],
        [
            new Indicator(Online, new LocalizedText("Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers handled fully online"), Unit.Percent, Frequency.HalfYear),
            new Indicator(Enterprises, new LocalizedText(null, "Digital-technology enterprises"), Unit.Count, Frequency.Irregular),
            new Indicator(Index, new LocalizedText(null, "DX index"), Unit.Index, Frequency.Year),
        ],
        [
            new Observation(Online, Vn, ReportingPeriod.Parse("2023"), 17),
            new Observation(Online, Vn, ReportingPeriod.Parse("2024-H1"), 42, ObservationQuality.Estimated),
            new Observation(Enterprises, Vn, ReportingPeriod.Parse("2024-06"), 50350),
        ],
        [
            new Target(new TargetId("dossiers-2025"), Online, Vn, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025), baseline: new Baseline(ReportingPeriod.Year(2023), 17), milestones: [new Milestone(ReportingPeriod.Year(2024), 50)]),
            new Target(new TargetId("enterprises-2024"), Enterprises, Vn, TargetComparison.AtLeast, 48000, ReportingPeriod.Year(2024)),
            new Target(new TargetId("index-2025"), Index, Vn, TargetComparison.AtLeast, 0.9, ReportingPeriod.Year(2025)),
        ],
        asOf: AsOf);

    private static byte[] Bytes(ProgrammeAssessment pa, double step = 0.1)
    {
        using var stream = new MemoryStream();
        AssessmentSerializer.Write(stream, pa, step);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("")]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public void Write_ProbabilisticProgramme_HasEveryContractField(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var pa = Assessor.Assess(Make(), AsOf, ProbabilisticPolicy.Default, new AssessmentOptions(maxDegreeOfParallelism: 1));
            var bytes = Bytes(pa);
            Assert.Equal((byte)'{', bytes[0]); // no byte order mark
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            Assert.Equal("2024-07-10", root.GetProperty("asOf").GetString());
            Assert.Equal("probabilistic", root.GetProperty("method").GetString());
            var items = root.GetProperty("assessments").EnumerateArray().ToArray();
            Assert.Equal(["dossiers-2025", "enterprises-2024", "index-2025"], items.Select(i => i.GetProperty("target").GetString()));
            foreach (var item in items)
            {
                foreach (var field in new[] { "target", "indicator", "scope", "status", "probability", "latest", "attainment", "projected", "explanation" })
                {
                    Assert.True(item.TryGetProperty(field, out _), $"missing {field}");
                }

                Assert.Equal("VN", item.GetProperty("scope").GetString());
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("explanation").GetProperty("vi").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("explanation").GetProperty("en").GetString()));
            }

            // dossiers: latest 2024-H1 = 42 (estimated); attainment 42 / 80 = 0.525; projected to the end of 2025 with an 80% interval
            var dossiers = items[0];
            Assert.Equal("online-dossier-share", dossiers.GetProperty("indicator").GetString());
            Assert.Contains(dossiers.GetProperty("status").GetString(), new[] { "likely", "atRisk" });
            var p = dossiers.GetProperty("probability").GetDouble();
            Assert.InRange(p, 0, 1);
            Assert.Equal("2024-H1", dossiers.GetProperty("latest").GetProperty("period").GetString());
            Assert.Equal(42, dossiers.GetProperty("latest").GetProperty("value").GetDouble());
            Assert.Equal("estimated", dossiers.GetProperty("latest").GetProperty("quality").GetString());
            Assert.Equal(0.525, dossiers.GetProperty("attainment").GetDouble(), 12);
            var projected = dossiers.GetProperty("projected");
            Assert.Equal("2025-12-31", projected.GetProperty("at").GetString());
            var (lo, mean, hi) = (projected.GetProperty("lower80").GetDouble(), projected.GetProperty("mean").GetDouble(), projected.GetProperty("upper80").GetDouble());
            Assert.True(lo <= mean && mean <= hi && lo >= 0 && hi <= 100);

            // The median (docs/workbook.md, documented additions): written to the bit, inside the interval.
            var median = projected.GetProperty("median").GetDouble();
            Assert.Equal(pa.Assessments[0].Evidence.Projected!.Value.Median!.Value, median);
            Assert.InRange(median, lo, hi);
            var milestone = Assert.Single(dossiers.GetProperty("milestones").EnumerateArray());
            Assert.Equal("2024", milestone.GetProperty("deadline").GetString());
            Assert.Equal(50, milestone.GetProperty("value").GetDouble());

            // enterprises: 50,350 of 48,000 is done, probability 1, attainment 50350 / 48000 = 1.0489583333
            var enterprises = items[1];
            Assert.Equal("done", enterprises.GetProperty("status").GetString());
            Assert.Equal(1, enterprises.GetProperty("probability").GetDouble());
            Assert.Equal(1.0489583333, enterprises.GetProperty("attainment").GetDouble(), 9);
            Assert.Equal("2024-06", enterprises.GetProperty("latest").GetProperty("period").GetString());

            // index: no data -> not assessable, probability and latest are null (present, not omitted)
            var index = items[2];
            Assert.Equal("notAssessable", index.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, index.GetProperty("probability").ValueKind);
            Assert.Equal(JsonValueKind.Null, index.GetProperty("latest").ValueKind);
            Assert.Equal(JsonValueKind.Null, index.GetProperty("projected").ValueKind);
            Assert.Empty(index.GetProperty("milestones").EnumerateArray());

            // summary: 1 done, 1 likely or at risk, 1 not assessable; thirds at 0.1 -> 33.4 (first, done) / 33.3 / 33.3
            var summary = root.GetProperty("summary");
            var counts = summary.GetProperty("counts");
            var shares = summary.GetProperty("shares");
            string[] names = ["done", "likely", "atRisk", "missed", "notAssessable"];
            Assert.Equal(3, names.Sum(n => counts.GetProperty(n).GetInt32()));
            Assert.Equal(1, counts.GetProperty("done").GetInt32());
            Assert.Equal(1, counts.GetProperty("notAssessable").GetInt32());
            Assert.Equal(100.0, names.Sum(n => shares.GetProperty(n).GetDouble()), 9);
            Assert.Equal(33.4, shares.GetProperty("done").GetDouble());
            Assert.Equal(33.3, shares.GetProperty("notAssessable").GetDouble());
            Assert.Equal(0, shares.GetProperty("missed").GetDouble());
            Assert.Equal(3, summary.GetProperty("total").GetInt32());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_NumbersAreInvariantUnderVietnameseCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        try
        {
            var pa = Assessor.Assess(Make(), AsOf, ProbabilisticPolicy.Default, new AssessmentOptions(maxDegreeOfParallelism: 1));
            var text = Encoding.UTF8.GetString(Bytes(pa));
            Assert.Contains("\"attainment\": 0.525", text, StringComparison.Ordinal);
            Assert.Contains("hồ sơ trực tuyến", text, StringComparison.Ordinal); // Vietnamese written as is, not \uXXXX
            Assert.Contains("\"done\": 33.4", text, StringComparison.Ordinal);
            Assert.Contains("\n  \"method\"", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal); // indented
            Assert.Equal(text, AssessmentSerializer.ToJson(pa));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_ProgrammeStatusCounts_HalfPointSharesAsPublished()
    {
        // 18 done, 27 likely, 17 at risk of 62 at a step of 0.5 -> 29 / 43.5 / 27.5 (programme-facts.md)
        var target = new Target(new TargetId("t"), Online, Vn, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025));
        var text = new LocalizedText("…", null);
        Assessment A(Status s) => new(target, AsOf, s, "probabilistic", new Evidence(), text);
        var all = Enumerable.Repeat(Status.Done, 18).Concat(Enumerable.Repeat(Status.Likely, 27)).Concat(Enumerable.Repeat(Status.AtRisk, 17)).Select(A);
        using var doc = JsonDocument.Parse(Bytes(new ProgrammeAssessment(AsOf, "probabilistic", all), step: 0.5));
        var shares = doc.RootElement.GetProperty("summary").GetProperty("shares");
        Assert.Equal(29, shares.GetProperty("done").GetDouble());
        Assert.Equal(43.5, shares.GetProperty("likely").GetDouble());
        Assert.Equal(27.5, shares.GetProperty("atRisk").GetDouble());
        Assert.Equal(0.5, doc.RootElement.GetProperty("summary").GetProperty("shareStep").GetDouble());

        // an explanation with only Vietnamese is written in both fields
        var first = doc.RootElement.GetProperty("assessments")[0];
        Assert.Equal("…", first.GetProperty("explanation").GetProperty("en").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("category").ValueKind);
    }

    [Fact]
    public void Write_OfficialPolicy_WritesCategoryAndMethod()
    {
        var pa = Assessor.Assess(Make(), AsOf, AssessmentPolicy.FromName("growth-ratio"), new AssessmentOptions(maxDegreeOfParallelism: 1));
        using var doc = JsonDocument.Parse(Bytes(pa));
        Assert.Equal("growth-ratio", doc.RootElement.GetProperty("method").GetString());
        var dossiers = doc.RootElement.GetProperty("assessments")[0];
        Assert.Equal(JsonValueKind.String, dossiers.GetProperty("category").ValueKind);
    }

    [Fact]
    public void Write_InvalidArguments_Throw()
    {
        var pa = new ProgrammeAssessment(AsOf, "probabilistic", []);
        Assert.Throws<ArgumentNullException>(() => AssessmentSerializer.Write(null!, pa));
        Assert.Throws<ArgumentNullException>(() => AssessmentSerializer.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentException>(() => AssessmentSerializer.Write(new MemoryStream([], writable: false), pa));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentSerializer.Write(new MemoryStream(), pa, 0.3));
    }

    [Theory]
    [InlineData(Status.Done, "done")]
    [InlineData(Status.Likely, "likely")]
    [InlineData(Status.AtRisk, "atRisk")]
    [InlineData(Status.Missed, "missed")]
    [InlineData(Status.NotAssessable, "notAssessable")]
    public void StatusName_IsWorkbookSpelling(Status status, string expected) => Assert.Equal(expected, AssessmentSerializer.StatusName(status));
}
