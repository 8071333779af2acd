using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Serialization;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Tests.Periods;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DigitalKpi.Core.Tests.Serialization;

public class WorkbookSerializerTests
{
    /// <summary>The example of WORKBOOK.md made valid and extended to every field and addition, in canonical form (defaults left out).</summary>
    internal const string Full = """
        {
          "schemaVersion": 1,
          "name": "Chương trình Chuyển đổi số quốc gia",
          "asOf": "2024-07-10",
          "scopes": [
            { "id": "VN", "name": { "vi": "Việt Nam", "en": "Viet Nam" }, "level": "nation" },
            { "id": "VN-HP", "name": { "vi": "Hải Phòng" }, "level": "province", "parent": "VN" },
            { "id": "VN-HD", "name": { "vi": "Hải Dương" }, "level": "province", "parent": "VN",
              "mergedInto": { "scope": "VN-HP", "effective": "2025-07-01" } },
            { "id": "VN-HP-01", "name": { "vi": "Phường Mới" }, "level": "commune", "parent": "VN-HP",
              "splitFrom": [ { "scope": "VN-HD", "effective": "2025-07-01" } ] },
            { "id": "MIC", "name": { "en": "Ministry of Information and Communications" }, "level": "ministry" }
          ],
          "indicators": [
            { "id": "online-dossier-share",
              "name": { "vi": "Tỷ lệ hồ sơ trực tuyến toàn trình", "en": "Share of dossiers handled fully online" },
              "unit": "percent", "polarity": "higherIsBetter", "frequency": "halfYear",
              "scopeAggregation": "ratioOfSums", "pillar": "digital-government" },
            { "id": "egdi-rank", "name": { "en": "UN E-Government Development Index rank" },
              "unit": "rank", "polarity": "lowerIsBetter", "frequency": "irregular" },
            { "id": "digital-economy-revenue", "name": { "vi": "Doanh thu kinh tế số" },
              "unit": "currency", "currency": "VND", "polarity": "higherIsBetter", "frequency": "year",
              "timeAggregation": "flow", "scopeAggregation": "sum", "pillar": "digital-economy" },
            { "id": "dti", "name": { "en": "Digital transformation index" },
              "unit": "index", "bounds": [0, 1], "polarity": "higherIsBetter", "frequency": "year" },
            { "id": "broadband-subscriptions", "name": { "en": "Fixed broadband subscriptions" },
              "unit": "count", "polarity": "higherIsBetter", "frequency": "month", "timeAggregation": "average" },
            { "id": "it-staff-ratio", "name": { "en": "IT staff per 100 civil servants" },
              "unit": "ratio", "polarity": "higherIsBetter", "frequency": "quarter", "scopeAggregation": "average" }
          ],
          "observations": [
            { "indicator": "online-dossier-share", "scope": "VN", "period": "2023", "value": 17 },
            { "indicator": "online-dossier-share", "scope": "VN", "period": "2024-H1", "value": 42,
              "quality": "estimated", "numerator": 4200, "denominator": 10000, "source": "Cổng Dịch vụ công quốc gia" },
            { "indicator": "egdi-rank", "scope": "VN", "period": "2024-01-01/2024-09-17", "value": 71, "quality": "provisional" },
            { "indicator": "digital-economy-revenue", "scope": "VN", "period": "2023", "value": 1.25e15 },
            { "indicator": "dti", "scope": "VN-HP", "period": "2023", "value": 0.6125 },
            { "indicator": "broadband-subscriptions", "scope": "VN-HD", "period": "2024-06", "value": 1250000 },
            { "indicator": "it-staff-ratio", "scope": "MIC", "period": "2024-Q3", "value": 0.1 }
          ],
          "targets": [
            { "id": "dossiers-2025", "name": { "vi": "80% hồ sơ trực tuyến toàn trình" },
              "indicator": "online-dossier-share", "scope": "VN",
              "comparison": "atLeast", "value": 80, "deadline": "2025",
              "baseline": { "period": "2023", "value": 17 },
              "milestones": [ { "deadline": "2024", "value": 50 } ],
              "weight": 2, "owner": "MIC", "pillar": "digital-government" },
            { "id": "egdi-top-50", "indicator": "egdi-rank", "scope": "VN", "comparison": "atMost", "value": 50, "deadline": "2030" },
            { "id": "dti-band", "indicator": "dti", "scope": "VN-HP", "comparison": "between", "value": 0.6, "upper": 0.8,
              "deadline": "2026-H1" }
          ],
          "tasks": [
            { "id": "plan-2023-001", "title": "Kết nối cơ sở dữ liệu quốc gia về dân cư", "due": "2023-12-31", "done": true,
              "completedOn": "2023-11-30" },
            { "id": "plan-2024-002", "title": "Số hoá hồ sơ", "due": "2024-06-30", "done": false }
          ]
        }
        """;

    /// <summary>The example of WORKBOOK.md, verbatim.</summary>
    private const string WorkbookMdExample = """
        {
          "schemaVersion": 1,
          "name": "Chương trình Chuyển đổi số quốc gia",
          "asOf": "2024-07-10",
          "scopes": [
            { "id": "VN", "name": { "vi": "Việt Nam", "en": "Viet Nam" }, "level": "nation" },
            { "id": "VN-HD", "name": { "vi": "Hải Dương" }, "level": "province", "parent": "VN",
              "mergedInto": { "scope": "VN-HP", "effective": "2025-07-01" } }
          ],
          "indicators": [
            { "id": "online-dossier-share",
              "name": { "vi": "Tỷ lệ hồ sơ trực tuyến toàn trình", "en": "Share of dossiers handled fully online" },
              "unit": "percent", "polarity": "higherIsBetter", "frequency": "halfYear",
              "pillar": "digital-government" }
          ],
          "observations": [
            { "indicator": "online-dossier-share", "scope": "VN", "period": "2023", "value": 17 },
            { "indicator": "online-dossier-share", "scope": "VN", "period": "2024-H1", "value": 42,
              "quality": "estimated" }
          ],
          "targets": [
            { "id": "dossiers-2025", "indicator": "online-dossier-share", "scope": "VN",
              "comparison": "atLeast", "value": 80, "deadline": "2025",
              "baseline": { "period": "2023", "value": 17 } }
          ],
          "tasks": [
            { "id": "plan-2023-001", "title": "…", "due": "2023-12-31", "done": true }
          ]
        }
        """;

    [Fact]
    public void Parse_WorkbookMdExampleVerbatim_ReportsTheUndeclaredMergeSuccessor()
    {
        // The example merges VN-HD into VN-HP but does not declare VN-HP: an unknown reference (line 8, the mergedInto line).
        var error = Assert.Throws<WorkbookException>(() => WorkbookSerializer.Parse(WorkbookMdExample));

        Assert.Equal("$.scopes[1].mergedInto.scope", error.Path);
        Assert.Equal(8, error.Line);
        Assert.Contains("\"VN-HP\", which is not the id of any scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WorkbookMdExampleWithSuccessor_ReadsAndWritesBack()
    {
        var json = WorkbookMdExample.Replace(
            "\"level\": \"nation\" },",
            "\"level\": \"nation\" },\n    { \"id\": \"VN-HP\", \"name\": { \"vi\": \"Hải Phòng\" }, \"level\": \"province\", \"parent\": \"VN\" },",
            StringComparison.Ordinal);

        var programme = WorkbookSerializer.Parse(json);

        Assert.Equal(3, programme.Scopes.Length);
        Assert.Equal(42, programme.Observations[1].Value);
        Assert.Equal(ObservationQuality.Estimated, programme.Observations[1].Quality);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(WorkbookSerializer.ToJson(programme))));
    }

    [Fact]
    public void Parse_FullWorkbook_ReadsEveryField()
    {
        var programme = WorkbookSerializer.Parse(Full);

        Assert.Equal("Chương trình Chuyển đổi số quốc gia", programme.Name);
        Assert.Equal(new LocalDate(2024, 7, 10), programme.AsOf);

        Assert.Equal(5, programme.Scopes.Length);
        var haiDuong = programme.Scopes[2];
        Assert.Equal(ScopeLevel.Province, haiDuong.Level);
        Assert.Equal(new ScopeId("VN"), haiDuong.Parent);
        Assert.Equal(LineageEvent.MergedInto(new ScopeId("VN-HP"), new LocalDate(2025, 7, 1)), haiDuong.MergedInto);
        Assert.Equal(new[] { LineageEvent.SplitFrom(new ScopeId("VN-HD"), new LocalDate(2025, 7, 1)) }, programme.Scopes[3].Lineage);
        Assert.Null(programme.Scopes[4].Name.Vi);

        var share = programme.Indicators[0];
        Assert.Equal(Unit.Percent, share.Unit);
        Assert.Equal(Frequency.HalfYear, share.Frequency);
        Assert.Equal(ScopeAggregation.RatioOfSums, share.ScopeAggregation);
        Assert.Equal("Share of dossiers handled fully online", share.Name.En);
        Assert.Equal(Polarity.LowerIsBetter, programme.Indicators[1].Polarity);
        Assert.Equal("VND", programme.Indicators[2].Currency);
        Assert.Equal(TimeAggregation.Flow, programme.Indicators[2].TimeAggregation);
        Assert.Equal(new Bounds(0, 1), programme.Indicators[3].Bounds);

        var estimated = programme.Observations[1];
        Assert.Equal(ReportingPeriod.Half(2024, 1), estimated.Period);
        Assert.Equal(ObservationQuality.Estimated, estimated.Quality);
        Assert.Equal(4200, estimated.Numerator);
        Assert.Equal(10000, estimated.Denominator);
        Assert.Equal("Cổng Dịch vụ công quốc gia", estimated.Source);
        Assert.Equal(ReportingPeriod.Custom(new LocalDate(2024, 1, 1), new LocalDate(2024, 9, 17)), programme.Observations[2].Period);
        Assert.Equal(1.25e15, programme.Observations[3].Value);
        Assert.Equal(0.1, programme.Observations[6].Value);

        var dossiers = programme.Targets[0];
        Assert.Equal(TargetComparison.AtLeast, dossiers.Comparison);
        Assert.Equal(ReportingPeriod.Year(2025), dossiers.Deadline);
        Assert.Equal(new Baseline(ReportingPeriod.Year(2023), 17), dossiers.Baseline);
        Assert.Equal(new[] { new Milestone(ReportingPeriod.Year(2024), 50) }, dossiers.Milestones);
        Assert.Equal(2, dossiers.Weight);
        Assert.Equal("MIC", dossiers.Owner);
        Assert.Equal("80% hồ sơ trực tuyến toàn trình", dossiers.Name!.Vi);
        Assert.Equal(1, programme.Targets[1].Weight);
        Assert.Equal(0.8, programme.Targets[2].Upper);

        Assert.True(programme.Tasks[0].Done);
        Assert.Equal(new LocalDate(2023, 11, 30), programme.Tasks[0].CompletedOn);
        Assert.Equal(new LocalDate(2024, 6, 30), programme.Tasks[1].Due);
    }

    [Fact]
    public void ToJson_CanonicalWorkbook_WritesTheSameJson()
    {
        var written = WorkbookSerializer.ToJson(WorkbookSerializer.Parse(Full));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Full), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void ToJson_UnderVietnameseCulture_WritesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

            var written = WorkbookSerializer.ToJson(WorkbookSerializer.Parse(Full));

            Assert.Contains("\"value\": 0.6125", written, StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Full), JsonNode.Parse(written)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToJson_VietnameseText_IsNotEscaped()
    {
        var written = WorkbookSerializer.ToJson(WorkbookSerializer.Parse(Full));

        Assert.Contains("\"Chương trình Chuyển đổi số quốc gia\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_DefaultsOfAProgrammeBuiltInCode_AreLeftOut()
    {
        var vn = new ScopeId("VN");
        var share = new IndicatorId("share");
        var programme = new Programme(
            "P",
            [new Scope(vn, new("Việt Nam", null), ScopeLevel.Nation)],
            [new Indicator(share, new(null, "Share"), Unit.Percent, Frequency.Year)],
            [new Observation(share, vn, ReportingPeriod.Year(2023), 17)],
            [new Target(new TargetId("t"), share, vn, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025))],
            [],
            new LocalDate(2024, 1, 1));

        var json = JsonNode.Parse(WorkbookSerializer.ToJson(programme))!;

        // Written: polarity (always, explicit); left out: quality actual, percent bounds [0, 100], weight 1.
        Assert.Equal("higherIsBetter", (string?)json["indicators"]![0]!["polarity"]);
        Assert.Null(json["indicators"]![0]!["bounds"]);
        Assert.Null(json["observations"]![0]!["quality"]);
        Assert.Null(json["targets"]![0]!["weight"]);
        Assert.Empty(json["tasks"]!.AsArray());
    }

    [Fact]
    public async Task WriteAsyncReadAsync_RoundTrip_GivesTheSameJson()
    {
        using var stream = new MemoryStream();
        await WorkbookSerializer.WriteAsync(stream, WorkbookSerializer.Parse(Full));
        stream.Position = 0;

        var programme = await WorkbookSerializer.ReadAsync(stream);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Full), JsonNode.Parse(WorkbookSerializer.ToJson(programme))));
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_Reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Full)).ToArray();

        var programme = WorkbookSerializer.Read(new MemoryStream(bytes));

        Assert.Equal(7, programme.Observations.Length);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsEveryStream()
    {
        using var stream = new MemoryStream();
        WorkbookSerializer.Write(stream, WorkbookSerializer.Parse(Full));
        var first = stream.ToArray();

        stream.Position = 0;
        using var again = new MemoryStream();
        WorkbookSerializer.Write(again, WorkbookSerializer.Read(stream));

        Assert.Equal(first, again.ToArray());
    }

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool WriteRead_AnyFiniteValueAndPeriod_RoundTripsExactly(NormalFloat value, ReportingPeriod period)
    {
        var vn = new ScopeId("VN");
        var x = new IndicatorId("x");
        var programme = new Programme(
            "P",
            [new Scope(vn, new("Việt Nam", null), ScopeLevel.Nation)],
            [new Indicator(x, new(null, "X"), Unit.Count, Frequency.Irregular)],
            [new Observation(x, vn, period, value.Get)],
            [],
            [],
            new LocalDate(2024, 1, 1));

        var observation = WorkbookSerializer.Parse(WorkbookSerializer.ToJson(programme)).Observations[0];

        return observation.Period == period && BitConverter.DoubleToInt64Bits(observation.Value) == BitConverter.DoubleToInt64Bits(value.Get);
    }

    [Property]
    public bool WriteRead_AnyText_RoundTripsExactly(NonWhiteSpaceString name, NonWhiteSpaceString source)
    {
        // Lone surrogates cannot be written as UTF-8 at all; every other text must survive escaping.
        if (name.Get.Any(char.IsSurrogate) || source.Get.Any(char.IsSurrogate))
        {
            return true;
        }

        var vn = new ScopeId("VN");
        var x = new IndicatorId("x");
        var programme = new Programme(
            name.Get,
            [new Scope(vn, new(name.Get, null), ScopeLevel.Nation)],
            [new Indicator(x, new(null, name.Get), Unit.Count, Frequency.Year)],
            [new Observation(x, vn, ReportingPeriod.Year(2024), 1, source: source.Get)],
            []);

        var read = WorkbookSerializer.Parse(WorkbookSerializer.ToJson(programme));

        return read.Name == name.Get && read.Scopes[0].Name.Vi == name.Get && read.Indicators[0].Name.En == name.Get
            && read.Observations[0].Source == source.Get && read.AsOf is null;
    }

    [Fact]
    public void ToJson_UnpairedSurrogate_ThrowsInsteadOfReplacingIt()
    {
        var vn = new ScopeId("VN");
        var programme = new Programme("P", [new Scope(vn, new("Việt\uD800Nam", null), ScopeLevel.Nation)], [], [], []);

        var error = Assert.Throws<ArgumentException>(() => WorkbookSerializer.ToJson(programme));

        Assert.Contains("$.scopes[0].name.vi", error.Message, StringComparison.Ordinal);
        Assert.Contains("unpaired UTF-16 surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => WorkbookSerializer.Read(null!));
        Assert.Throws<ArgumentNullException>(() => WorkbookSerializer.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => WorkbookSerializer.Write(new MemoryStream(), null!));
    }
}
