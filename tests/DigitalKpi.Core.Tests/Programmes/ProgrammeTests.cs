using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Programmes;

public class ProgrammeTests
{
    private static readonly IndicatorId Share = new("online-dossier-share");
    private static readonly IndicatorId Rank = new("egdi-rank");
    private static readonly ScopeId Vn = new("VN");
    private static readonly ScopeId Hd = new("VN-HD");

    private static Scope[] Scopes() =>
    [
        new Scope(Vn, new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation),
        new Scope(Hd, new LocalizedText("Hải Dương", null), ScopeLevel.Province, Vn),
    ];

    private static Indicator[] Indicators() =>
    [
        new Indicator(Share, new LocalizedText("Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers handled fully online"), Unit.Percent, Frequency.HalfYear),
        new Indicator(Rank, new LocalizedText(null, "EGDI rank"), Unit.Rank, Frequency.Irregular),
    ];

    private static Observation Obs(string period, double value, IndicatorId? indicator = null, ScopeId? scope = null)
        => new(indicator ?? Share, scope ?? Vn, ReportingPeriod.Parse(period), value);

    private static Target Tgt(string id, double value = 80, IndicatorId? indicator = null, ScopeId? scope = null, Baseline? baseline = null)
        => new(new TargetId(id), indicator ?? Share, scope ?? Vn, TargetComparison.AtLeast, value, ReportingPeriod.Year(2025), baseline: baseline);

    private static Programme Make(Observation[]? observations = null, Target[]? targets = null, PlanTask[]? tasks = null, Indicator[]? indicators = null, Scope[]? scopes = null)
        => new("Chương trình Chuyển đổi số quốc gia", scopes ?? Scopes(), indicators ?? Indicators(), observations ?? [Obs("2023", 17), Obs("2024-H1", 42)], targets ?? [Tgt("dossiers-2025")], tasks, new LocalDate(2024, 7, 10));

    [Fact]
    public void Constructor_Valid_KeepsEverythingAndLooksUp()
    {
        var p = Make(tasks: [new PlanTask("plan-2023-001", "…", new LocalDate(2023, 12, 31), true)]);
        Assert.Equal("Chương trình Chuyển đổi số quốc gia", p.Name);
        Assert.Equal(new LocalDate(2024, 7, 10), p.AsOf);
        Assert.Equal(2, p.Scopes.Length);
        Assert.Equal(2, p.Observations.Length);
        Assert.True(p.TryGetIndicator(Share, out var share));
        Assert.Equal(Unit.Percent, share.Unit);
        Assert.False(p.TryGetIndicator(new IndicatorId("nope"), out _));
        Assert.Same(p.Indicators[1], p.GetIndicator(Rank));
        Assert.True(p.TryGetScope(Hd, out _));
        Assert.Equal(ScopeLevel.Nation, p.GetScope(Vn).Level);
        Assert.True(p.TryGetTarget(new TargetId("dossiers-2025"), out _));
        Assert.Same(p.Targets[0], p.GetTarget(new TargetId("dossiers-2025")));
        Assert.True(p.TryGetTask("plan-2023-001", out var task));
        Assert.True(task.Done);
        Assert.False(p.TryGetTask("nope", out _));
        Assert.Equal([Hd], p.Hierarchy.ChildrenOf(Vn).Select(s => s.Id));
        Assert.Throws<KeyNotFoundException>(() => p.GetIndicator(new IndicatorId("nope")));
        Assert.Throws<KeyNotFoundException>(() => p.GetTarget(new TargetId("nope")));
        Assert.Throws<KeyNotFoundException>(() => p.GetScope(new ScopeId("nope")));
    }

    [Fact]
    public void ObservationsOf_AreOrderedByPeriodEnd()
    {
        var p = Make(observations: [Obs("2024-H1", 42), Obs("2023", 17), Obs("2022", 10), Obs("2024", 50, scope: Hd)]);
        Assert.Equal(["2022", "2023", "2024-H1"], p.ObservationsOf(Share, Vn).Select(o => o.Period.ToString()));
        Assert.Single(p.ObservationsOf(Share, Hd));
        Assert.Empty(p.ObservationsOf(Rank, Vn));
    }

    public static TheoryData<string, string, int, string, string> Invalid() => new()
    {
        { "duplicate indicator id", "indicators", 2, "id", "already used by indicators[0]" },
        { "duplicate target id", "targets", 1, "id", "already used by targets[0]" },
        { "duplicate task id", "tasks", 1, "id", "already used by tasks[0]" },
        { "duplicate scope id", "scopes", 2, "id", "already used by scopes[0]" },
        { "unknown observation indicator", "observations", 1, "indicator", "\"ghost\"" },
        { "unknown observation scope", "observations", 1, "scope", "\"VN-XX\"" },
        { "duplicate observation", "observations", 2, "period", "observations[0] already gives a value" },
        { "observation above 100%", "observations", 1, "value", "100.5 is outside the bounds [0, 100]" },
        { "unknown target indicator", "targets", 0, "indicator", "\"ghost\"" },
        { "unknown target scope", "targets", 0, "scope", "\"VN-XX\"" },
        { "target above 100%", "targets", 0, "value", "120" },
        { "baseline below 0%", "targets", 0, "baseline.value", "-1" },
        { "null observation", "observations", 0, "", "null" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_BrokenRule_NamesCollectionIndexAndField(string scenario, string collection, int index, string field, string detail)
    {
        Func<Programme> build = scenario switch
        {
            "duplicate indicator id" => () => Make(indicators: [.. Indicators(), Indicators()[0]]),
            "duplicate target id" => () => Make(targets: [Tgt("a"), Tgt("a")]),
            "duplicate task id" => () => Make(tasks: [new PlanTask("t1", "x", new LocalDate(2024, 1, 1), false), new PlanTask("t1", "y", new LocalDate(2024, 1, 1), false)]),
            "duplicate scope id" => () => Make(scopes: [.. Scopes(), Scopes()[0]]),
            "unknown observation indicator" => () => Make(observations: [Obs("2023", 17), Obs("2024", 1, indicator: new IndicatorId("ghost"))]),
            "unknown observation scope" => () => Make(observations: [Obs("2023", 17), Obs("2024", 1, scope: new ScopeId("VN-XX"))]),
            "duplicate observation" => () => Make(observations: [Obs("2023", 17), Obs("2023", 17, scope: Hd), Obs("2023", 18)]),
            "observation above 100%" => () => Make(observations: [Obs("2023", 17), Obs("2024", 100.5)]),
            "unknown target indicator" => () => Make(targets: [Tgt("a", indicator: new IndicatorId("ghost"))]),
            "unknown target scope" => () => Make(targets: [Tgt("a", scope: new ScopeId("VN-XX"))]),
            "target above 100%" => () => Make(targets: [Tgt("a", value: 120)]),
            "baseline below 0%" => () => Make(targets: [Tgt("a", baseline: new Baseline(ReportingPeriod.Year(2023), -1))]),
            _ => () => Make(observations: [null!]),
        };
        var ex = Assert.Throws<ProgrammeValidationException>(build);
        Assert.Equal(collection, ex.Collection);
        Assert.Equal(index, ex.Index);
        Assert.Equal(field, ex.Field);
        Assert.Contains(detail, ex.Detail);
        Assert.StartsWith(field.Length > 0 ? $"{collection}[{index}].{field}: " : $"{collection}[{index}]: ", ex.Message);
    }

    [Fact]
    public void Constructor_RankOutsideAnyBounds_IsAcceptedBecauseUnbounded()
        => Assert.Single(Make(observations: [Obs("2024", 71, indicator: Rank)]).Observations);

    [Fact]
    public void Constructor_ScopeParentMissing_NamesParent()
    {
        var ex = Assert.Throws<ProgrammeValidationException>(() => Make(scopes: [new Scope(Vn, new LocalizedText("VN", null), ScopeLevel.Nation, new ScopeId("ASEAN"))]));
        Assert.Equal(("scopes", 0, "parent"), (ex.Collection, ex.Index, ex.Field));
    }

    [Fact]
    public void Constructor_SamePeriodAsYearAndAsCustomDays_IsADuplicate()
    {
        // Year 2023 and the days 1 January to 31 December 2023 are one period: two values for it are a duplicate.
        var ex = Assert.Throws<ProgrammeValidationException>(() => Make(observations:
        [
            new Observation(Share, Vn, ReportingPeriod.Year(2023), 17),
            new Observation(Share, Vn, ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 18),
        ]));

        Assert.Equal(("observations", 1, "period"), (ex.Collection, ex.Index, ex.Field));
        Assert.Contains("observations[0]", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NonIsoAsOf_ThrowsNamingAsOf()
    {
        // Written as "2024-07-10", the Julian 10 July would read back as the ISO 10 July, 13 days off.
        var julian = new LocalDate(2024, 7, 10, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => new Programme("P", Scopes(), Indicators(), [], [], asOf: julian));

        Assert.Equal("asOf", ex.ParamName);
    }

    [Fact]
    public void Constructor_AsOfBeforeYearOne_ThrowsNamingAsOf()
    {
        // The day before 1 January of year 1 is in year 0 (NodaTime's ISO calendar has no year above 9999).
        var yearZero = new LocalDate(1, 1, 1).PlusDays(-1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Programme("P", Scopes(), Indicators(), [], [], asOf: yearZero));
        Assert.Equal("asOf", ex.ParamName);
        Assert.Contains("received year 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankName_Throws()
        => Assert.Throws<ArgumentException>(() => new Programme(" ", Scopes(), Indicators(), [], []));

    [Fact]
    public void GetSeries_UsesOnlyPeriodsEndedByAsOf()
    {
        var p = Make(observations: [Obs("2023", 17), Obs("2024-H1", 42), Obs("2024", 50)]);
        Assert.Equal(["2023", "2024-H1", "2024"], p.GetSeries(Share, Vn).Points.Select(x => x.Period.ToString()));
        Assert.Equal(["2023", "2024-H1"], p.GetSeries(Share, Vn, new LocalDate(2024, 7, 10)).Points.Select(x => x.Period.ToString()));
        Assert.Equal(["2023", "2024-H1"], p.GetSeries(Share, Vn, new LocalDate(2024, 6, 30)).Points.Select(x => x.Period.ToString()));
        Assert.Equal(["2023"], p.GetSeries(Share, Vn, new LocalDate(2024, 6, 29)).Points.Select(x => x.Period.ToString()));
        Assert.Empty(p.GetSeries(Share, Hd).Points);
        Assert.Throws<KeyNotFoundException>(() => p.GetSeries(new IndicatorId("nope"), Vn));
        Assert.Throws<KeyNotFoundException>(() => p.GetSeries(Share, new ScopeId("nope")));
    }
}
