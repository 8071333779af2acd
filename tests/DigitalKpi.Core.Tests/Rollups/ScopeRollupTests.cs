using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Scopes;
using NodaTime;

namespace DigitalKpi.Core.Tests.Rollups;

public class ScopeRollupTests
{
    private static readonly IndicatorId Online = new("online-dossier-share");
    private static readonly IndicatorId Count = new("services");
    private static readonly ScopeId Vn = new("VN");
    private static readonly ScopeId Hp = new("VN-HP");
    private static readonly ScopeId Hd = new("VN-HD");
    private static readonly ScopeId Lc = new("VN-LC");

    private static Observation Obs(ScopeId scope, string period, double? numerator, double? denominator, double? value = null)
        => new(Online, scope, ReportingPeriod.Parse(period), value ?? (numerator!.Value / denominator!.Value * 100), numerator: numerator, denominator: denominator);

    private static Programme Make(params Observation[] observations) => new(
        "p",
        [
            new Scope(Vn, new LocalizedText("Việt Nam", null), ScopeLevel.Nation),
            new Scope(Hp, new LocalizedText("Hải Phòng", null), ScopeLevel.Province, Vn),
            new Scope(Hd, new LocalizedText("Hải Dương", null), ScopeLevel.Province, Vn, [LineageEvent.MergedInto(Hp, new LocalDate(2025, 7, 1))]),
            new Scope(Lc, new LocalizedText("Lai Châu", null), ScopeLevel.Province, Vn),
        ],
        [
            new Indicator(Online, new LocalizedText(null, "online share"), Unit.Percent, Frequency.HalfYear, scopeAggregation: ScopeAggregation.RatioOfSums),
            new Indicator(Count, new LocalizedText(null, "services"), Unit.Count, Frequency.Year),
        ],
        observations,
        []);

    [Fact]
    public void RollUpRate_ChildrenS9_PoolsNumeratorsAndDenominators()
    {
        // METHODS.md S9: 2 of 4 (50%) and 2 of 100 (2%) pool to 4 of 104 = 3.846153846%, not the 26% mean.
        var p = Make(Obs(Hd, "2024", 2, 4), Obs(Hp, "2024", 2, 100), Obs(Vn, "2024", 1, 2));
        var r = ScopeRollup.RollUpRate(p, Online, Vn, ScopeRollupKind.Children);
        var point = Assert.Single(r.Points);
        Assert.Equal(4, point.Numerator);
        Assert.Equal(104, point.Denominator);
        Assert.Equal(3.846153846, point.Value, 9);
        Assert.Equal([Hp, Hd], point.Contributors.ToArray());
        Assert.Equal([Lc], point.Missing.ToArray()); // Lai Châu existed in 2024 and reported nothing
        Assert.False(point.IsComplete);
        Assert.Equal([Hp, Hd, Lc], r.Sources.ToArray());
        Assert.Empty(r.Excluded); // the nation's own value is not a source of a children rollup
    }

    [Fact]
    public void RollUpRate_Successor_FoldsMergedProvinceBeforeTheMergeOnly()
    {
        var hdAfter = Obs(Hd, "2025-H2", 9, 10);
        var hdNoCounts = Obs(Hd, "2024-H1", null, null, value: 60);
        var p = Make(
            Obs(Hp, "2024-H1", 1, 10),
            hdNoCounts,
            Obs(Hp, "2024", 2, 100),
            Obs(Hd, "2024", 2, 4),
            Obs(Hd, "2025-H1", 46, 50),
            Obs(Hp, "2025-H1", 150, 200),
            Obs(Hp, "2025-H2", 30, 60),
            hdAfter,
            Obs(Lc, "2024", 1, 1));
        var r = ScopeRollup.RollUpRate(p, Online, Hp);
        Assert.Equal(ScopeRollupKind.Successor, r.Kind);
        Assert.Equal([Hp, Hd], r.Sources.ToArray());
        Assert.Equal(["2024-H1", "2024", "2025-H1", "2025-H2"], r.Points.Select(x => x.Period.ToString()));

        // 2024-H1: Hải Dương gave only a percentage -> not pooled, listed; Hải Phòng alone 1/10 = 10%, Hải Dương missing
        Assert.Equal(10, r.Points[0].Value, 12);
        Assert.Equal([Hd], r.Points[0].Missing.ToArray());

        // 2024: (2 + 2) / (100 + 4) = 3.846153846%
        Assert.Equal(3.846153846, r.Points[1].Value, 9);
        Assert.True(r.Points[1].IsComplete);

        // 2025-H1 ends 2025-06-30, the day before the merge: (150 + 46) / (200 + 50) = 196/250 = 78.4%
        Assert.Equal(78.4, r.Points[2].Value, 12);
        Assert.Equal([Hp, Hd], r.Points[2].Contributors.ToArray());

        // 2025-H2: after the merge only the successor counts: 30/60 = 50%; Hải Dương is not expected
        Assert.Equal(50, r.Points[3].Value, 12);
        Assert.Equal([Hp], r.Points[3].Contributors.ToArray());
        Assert.True(r.Points[3].IsComplete);

        Assert.Equal(2, r.Excluded.Length);
        Assert.Contains(r.Excluded, e => e.Observation == hdNoCounts && e.Reason == RateRollupExclusionReason.NoNumeratorDenominator);
        Assert.Contains(r.Excluded, e => e.Observation == hdAfter && e.Reason == RateRollupExclusionReason.AfterMerge);
    }

    [Fact]
    public void RollUpRate_ChildrenAfterMerge_MergedChildNotExpected()
    {
        // 2025-H2 for the nation: Hải Dương no longer exists; Hải Phòng 30/60 and Lai Châu 10/40 -> 40/100 = 40%
        var p = Make(Obs(Hp, "2025-H2", 30, 60), Obs(Lc, "2025-H2", 10, 40));
        var point = Assert.Single(ScopeRollup.RollUpRate(p, Online, Vn, ScopeRollupKind.Children).Points);
        Assert.Equal(40, point.Value, 12);
        Assert.True(point.IsComplete);
    }

    [Fact]
    public void RollUpRate_OnlyUnpooledValues_NoPointsButEveryObservationListed()
    {
        var p = Make(Obs(Hd, "2024", null, null, 92), Obs(Hp, "2024", null, null, 80));
        var r = ScopeRollup.RollUpRate(p, Online, Hp);
        Assert.Empty(r.Points);
        Assert.Equal(2, r.Excluded.Length);
        Assert.All(r.Excluded, e => Assert.Equal(RateRollupExclusionReason.NoNumeratorDenominator, e.Reason));
    }

    [Fact]
    public void ToSeries_SuccessorRollup_FeedsTheSuccessorSeriesWithQuality()
    {
        var estimated = new Observation(Online, Hd, ReportingPeriod.Parse("2024-H1"), 50, ObservationQuality.Estimated, 5, 10);
        var p = Make(Obs(Hp, "2023", 10, 100), Obs(Hd, "2023", 30, 100), Obs(Hp, "2024-H1", 15, 90), estimated);
        var r = ScopeRollup.RollUpRate(p, Online, Hp);
        Assert.Equal(Hp, r.Scope.Id);
        Assert.Equal(Online, r.Indicator.Id);

        // 2023: 40/200 = 20% actual; 2024-H1: 20/100 = 20% estimated (Hải Dương's value is an estimate)
        var observations = r.ToObservations();
        Assert.Equal([ObservationQuality.Actual, ObservationQuality.Estimated], observations.Select(o => o.Quality));
        Assert.Equal([40.0, 20.0], observations.Select(o => o.Numerator!.Value));
        Assert.All(observations, o => Assert.Equal(Hp, o.ScopeId));

        var series = r.ToSeries();
        Assert.Equal([20.0, 20.0], series.Points.Select(x => Math.Round(x.Value, 12)));
        Assert.Single(r.ToSeries(new LocalDate(2024, 1, 1)).Points);
    }

    [Fact]
    public void RollUpRate_InvalidArguments_Throw()
    {
        var p = Make();
        Assert.Throws<ArgumentException>(() => ScopeRollup.RollUpRate(p, Count, Vn));
        Assert.Throws<KeyNotFoundException>(() => ScopeRollup.RollUpRate(p, new IndicatorId("nope"), Vn));
        Assert.Throws<KeyNotFoundException>(() => ScopeRollup.RollUpRate(p, Online, new ScopeId("nope")));
        Assert.Throws<ArgumentNullException>(() => ScopeRollup.RollUpRate(null!, Online, Vn));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScopeRollup.RollUpRate(p, Online, Vn, (ScopeRollupKind)7));
    }
}
