using System.Globalization;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Text;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Core.Tests.Programmes;

/// <summary>The national programme's published figures (shared/data/programme-facts.md) as a typed programme.</summary>
public class ProgrammeFactsTests
{
    private static readonly ScopeId Vn = new("VN");
    private static readonly ScopeId HaiDuong = new("VN-HD");
    private static readonly ScopeId HaiPhong = new("VN-HP");
    private static readonly ScopeId HaNam = new("VN-HNa");
    private static readonly ScopeId NamDinh = new("VN-ND");
    private static readonly ScopeId NinhBinh = new("VN-NB");
    private static readonly LocalDate Merger = new(2025, 7, 1);

    private static readonly IndicatorId DossierShare = new("online-dossier-share");
    private static readonly IndicatorId DigitalEnterprises = new("digital-tech-enterprises");
    private static readonly IndicatorId EssentialServices = new("essential-services-online");
    private static readonly IndicatorId GiiRank = new("gii-rank");
    private static readonly IndicatorId DxIndex = new("dx-index");

    private static Programme Build()
    {
        Scope Province(ScopeId id, string vi, ScopeId? mergedInto = null)
            => new(id, new LocalizedText(vi, null), ScopeLevel.Province, Vn, mergedInto is { } m ? [LineageEvent.MergedInto(m, Merger)] : null);

        Scope[] scopes =
        [
            new(Vn, new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation),
            Province(HaiDuong, "Hải Dương", HaiPhong),
            Province(HaiPhong, "Hải Phòng"),
            Province(HaNam, "Hà Nam", NinhBinh),
            Province(NamDinh, "Nam Định", NinhBinh),
            Province(NinhBinh, "Ninh Bình"),
        ];
        Indicator[] indicators =
        [
            new(DossierShare, new LocalizedText("Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers handled fully online"), Unit.Percent, Frequency.HalfYear, pillar: "digital-government"),
            new(DigitalEnterprises, new LocalizedText("Số doanh nghiệp công nghệ số", "Digital-technology enterprises"), Unit.Count, Frequency.Year, pillar: "digital-economy"),
            new(EssentialServices, new LocalizedText("Dịch vụ công thiết yếu trực tuyến toàn trình", "Essential public services fully online"), Unit.Count, Frequency.Quarter, bounds: new Bounds(0, 53)),
            new(GiiRank, new LocalizedText("Xếp hạng GII", "Global Innovation Index rank"), Unit.Rank, Frequency.Year),
            new(DxIndex, new LocalizedText("Chỉ số chuyển đổi số quốc gia", "National digital-transformation index"), Unit.Index, Frequency.Year, bounds: new Bounds(0, 1)),
        ];
        Observation[] observations =
        [
            new(DossierShare, Vn, ReportingPeriod.Year(2023), 17),
            new(DossierShare, Vn, ReportingPeriod.Half(2024, 1), 42),
            new(DigitalEnterprises, Vn, ReportingPeriod.Half(2024, 1), 50_350),
            new(EssentialServices, Vn, ReportingPeriod.Year(2023), 36),
            new(EssentialServices, Vn, ReportingPeriod.Quarter(2024, 1), 41),
            new(EssentialServices, Vn, ReportingPeriod.Half(2024, 1), 43),
            new(GiiRank, Vn, ReportingPeriod.Year(2022), 48),
            new(GiiRank, Vn, ReportingPeriod.Year(2023), 46),
            new(DxIndex, Vn, ReportingPeriod.Year(2020), 0.48),
            new(DxIndex, Vn, ReportingPeriod.Year(2022), 0.71),
            new(DxIndex, Vn, ReportingPeriod.Year(2023), 0.75, ObservationQuality.Estimated),
        ];
        Target[] targets =
        [
            new(new TargetId("dossiers-2025"), DossierShare, Vn, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025), baseline: new Baseline(ReportingPeriod.Year(2023), 17)),
            new(new TargetId("enterprises-2024"), DigitalEnterprises, Vn, TargetComparison.AtLeast, 48_000, ReportingPeriod.Year(2024)),
            new(new TargetId("services-2024"), EssentialServices, Vn, TargetComparison.AtLeast, 53, ReportingPeriod.Year(2024), baseline: new Baseline(ReportingPeriod.Year(2023), 36)),
        ];
        PlanTask[] tasks = [new("plan-2023-001", "Ký số trên môi trường mạng", new LocalDate(2024, 12, 31), false)];
        return new Programme("Chương trình Chuyển đổi số quốc gia", scopes, indicators, observations, targets, tasks, new LocalDate(2024, 7, 10));
    }

    [Fact]
    public void DossierShare_AsOfJuly2024_IsTwoPointsAtTheirPeriodEnds()
    {
        var p = Build();
        var series = p.GetSeries(DossierShare, Vn, p.AsOf);
        Assert.Equal(["2023", "2024-H1"], series.Points.Select(x => x.Period.ToString()));
        var timed = series.ToTimedSeries();
        // End of 2023 = 2024.0; end of H1 2024 = 2024 + 182/366 (31+29+31+30+31+30 = 182 days).
        Assert.Equal(new[] { 2024.0, 2024 + (182.0 / 366) }, timed.Times.ToArray());
        Assert.Equal(new[] { 17.0, 42.0 }, timed.Values.ToArray());
        // 42 − 17 = +25 percentage points (programme-facts.md: "+25 pp").
        Assert.Equal(25.0, timed.Values[1] - timed.Values[0]);
        Assert.Equal("25,0 điểm phần trăm", NumberText.PercentagePoints(timed.Values[1] - timed.Values[0], new CultureInfo("vi-VN")));
    }

    [Fact]
    public void DigitalEnterprises_MeetThePlanAt104Point9Percent()
    {
        var p = Build();
        var target = p.GetTarget(new TargetId("enterprises-2024"));
        var latest = p.ObservationsOf(DigitalEnterprises, Vn)[^1];
        Assert.True(target.IsMetBy(latest.Value));
        // 50,350 / 48,000 = 1.04896 → "104.9%" as published.
        var share = 100 * latest.Value / target.Value;
        Assert.Equal("104,9%", NumberText.Percent(share, new CultureInfo("vi-VN")));
        Assert.Equal("104.9%", NumberText.Percent(share, new CultureInfo("en")));
        Assert.Equal("50.350", NumberText.Number(latest.Value, new CultureInfo("vi-VN")));
    }

    [Fact]
    public void EssentialServices_QuarterAndHalfMix_AndPlanShareOf81Point1()
    {
        var p = Build();
        var series = p.GetSeries(EssentialServices, Vn);
        Assert.Equal(["2023", "2024-Q1", "2024-H1"], series.Points.Select(x => x.Period.ToString()));
        Assert.False(p.GetTarget(new TargetId("services-2024")).IsMetBy(43));
        Assert.Equal("81,1%", NumberText.Percent(100.0 * 43 / 53, new CultureInfo("vi-VN")));
        Assert.Equal("6 tháng đầu năm 2024", ReportingPeriodLabels.Format(series.Points[^1].Period, new CultureInfo("vi-VN")));
        Assert.Equal("Quý I/2024", ReportingPeriodLabels.Format(series.Points[1].Period, new CultureInfo("vi-VN")));
    }

    [Fact]
    public void Rank_IsLowerIsBetter()
        => Assert.Equal(Polarity.LowerIsBetter, Build().GetIndicator(GiiRank).Polarity);

    [Fact]
    public void Merger2025_OldProvincesRollIntoTheNewOnes()
    {
        var h = Build().Hierarchy;
        Assert.Equal(HaiDuong, h.SuccessorOn(HaiDuong, Merger.PlusDays(-1)));
        Assert.Equal(HaiPhong, h.SuccessorOn(HaiDuong, Merger));
        Assert.Equal(new[] { HaNam, NamDinh }, h.PredecessorsOn(NinhBinh, Merger).Select(s => s.Id).ToArray());
        Assert.Empty(h.PredecessorsOn(NinhBinh, Merger.PlusDays(-1)));
    }

    [Fact]
    public void DxIndex_AboveOne_IsRejectedWithItsPath()
    {
        var p = Build();
        var ex = Assert.Throws<ProgrammeValidationException>(() => new Programme(
            p.Name,
            p.Scopes,
            p.Indicators,
            [.. p.Observations, new Observation(DxIndex, Vn, ReportingPeriod.Year(2024), 1.2)],
            p.Targets));
        Assert.Equal(("observations", 11, "value"), (ex.Collection, ex.Index, ex.Field));
    }
}
