using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.TimeSeries;
using FsCheck.Xunit;
using NodaTime;

namespace DigitalKpi.Core.Tests.TimeSeries;

public class IndicatorSeriesTests
{
    private static readonly Scope Vn = new(new ScopeId("VN"), new LocalizedText("Việt Nam", null), ScopeLevel.Nation);

    private static Indicator Ind(Frequency f) => new(new IndicatorId("i"), new LocalizedText("x", null), Unit.Count, f);

    private static Observation Obs(string period, double value, ObservationQuality q = ObservationQuality.Actual)
        => new(new IndicatorId("i"), Vn.Id, ReportingPeriod.Parse(period), value, q);

    [Fact]
    public void MixedGranularity_PlacedAtPeriodEnds_IrregularWithoutSeason()
    {
        var s = new IndicatorSeries(Ind(Frequency.HalfYear), Vn, [Obs("2024-H1", 42, ObservationQuality.Estimated), Obs("2023", 17)]);
        Assert.Equal(["2023", "2024-H1"], s.Points.Select(p => p.Period.ToString()));
        Assert.Equal(ObservationQuality.Estimated, s.Points[1].Quality);
        var t = s.ToTimedSeries();
        // 2023 ends at 2024.0; 2024-H1 ends at 2024 + 182/366 (calendar times: the run is not all halves).
        Assert.Equal(new[] { 2024.0, 2024 + (182.0 / 366) }, t.Times.ToArray());
        Assert.Equal(new[] { 17.0, 42.0 }, t.Values.ToArray());
        Assert.Equal(1, t.SeasonalPeriod);
    }

    [Fact]
    public void ConsecutiveQuarters_NominalGridAndSeasonFour()
    {
        var s = new IndicatorSeries(Ind(Frequency.Quarter), Vn, [Obs("2024-Q1", 1), Obs("2023-Q4", 0), Obs("2024-Q2", 2), Obs("2024-Q3", 3), Obs("2024-Q4", 4)]);
        var t = s.ToTimedSeries();
        Assert.Equal(new[] { 2024.0, 2024.25, 2024.5, 2024.75, 2025.0 }, t.Times.ToArray());
        Assert.Equal(4, t.SeasonalPeriod);
        Assert.True(t.IsRegular);
    }

    [Fact]
    public void ConsecutiveMonths_SeasonTwelve()
    {
        var s = new IndicatorSeries(Ind(Frequency.Month), Vn, Enumerable.Range(1, 14).Select(k => Obs(ReportingPeriod.Month(2023 + ((k - 1) / 12), ((k - 1) % 12) + 1).ToString(), k)));
        var t = s.ToTimedSeries();
        Assert.Equal(12, t.SeasonalPeriod);
        Assert.True(t.IsRegular);
        Assert.Equal(2023 + (1.0 / 12), t.Times[0], 12);
    }

    [Fact]
    public void QuartersWithAGap_CalendarTimesNoSeason()
    {
        var t = new IndicatorSeries(Ind(Frequency.Quarter), Vn, [Obs("2024-Q1", 1), Obs("2024-Q3", 3)]).ToTimedSeries();
        Assert.Equal(1, t.SeasonalPeriod);
        Assert.Equal(2024 + (91.0 / 366), t.Times[0], 12);
    }

    [Fact]
    public void SameEndDay_KeepsFrequencyKindAndListsTheOther()
    {
        var s = new IndicatorSeries(Ind(Frequency.Quarter), Vn, [Obs("2024", 100), Obs("2024-Q4", 30)]);
        Assert.Equal(["2024-Q4"], s.Points.Select(p => p.Period.ToString()));
        Assert.Equal(["2024"], s.Superseded.Select(o => o.Period.ToString()));

        var yearly = new IndicatorSeries(Ind(Frequency.Irregular), Vn, [Obs("2024-Q4", 30), Obs("2024", 100)]);
        Assert.Equal(["2024"], yearly.Points.Select(p => p.Period.ToString()));
        Assert.Equal(["2024-Q4"], yearly.Superseded.Select(o => o.Period.ToString()));
    }

    [Fact]
    public void AsOf_LeavesOutPeriodsNotEnded()
    {
        var s = new IndicatorSeries(Ind(Frequency.Year), Vn, [Obs("2023", 1), Obs("2024", 2)], new LocalDate(2024, 12, 30));
        Assert.Single(s.Points);
        Assert.Equal(new LocalDate(2024, 12, 30), s.AsOf);
        Assert.Equal(1, s.Count);
    }

    [Fact]
    public void Empty_GivesEmptyTimedSeries()
        => Assert.Equal(0, new IndicatorSeries(Ind(Frequency.Year), Vn, []).ToTimedSeries().Count);

    [Fact]
    public void Constructor_ForeignOrDuplicateObservation_Throws()
    {
        var other = new Observation(new IndicatorId("other"), Vn.Id, ReportingPeriod.Year(2024), 1);
        Assert.Contains("observations[0]", Assert.Throws<ArgumentException>(() => new IndicatorSeries(Ind(Frequency.Year), Vn, [other])).Message);
        Assert.Throws<ArgumentException>(() => new IndicatorSeries(Ind(Frequency.Year), Vn, [Obs("2024", 1), Obs("2024", 2)]));
    }

    [Theory]
    // Sorted by end: 2023 (ends 2023-12-31), 2024-H1 (2024-06-30), 2024-Q3 (2024-09-30), 2024 and 2024-Q4 (both 2024-12-31).
    [InlineData("2023-12-30", 0)]
    [InlineData("2023-12-31", 1)]
    [InlineData("2024-06-29", 1)]
    [InlineData("2024-06-30", 2)]
    [InlineData("2024-12-30", 3)]
    [InlineData("2024-12-31", 5)]
    [InlineData("2030-01-01", 5)]
    public void CountEndingBy_SortedMixedKinds_CountsPeriodsEndedByTheDay(string day, int expected)
    {
        Observation[] sorted = [Obs("2023", 1), Obs("2024-H1", 2), Obs("2024-Q3", 3), Obs("2024", 4), Obs("2024-Q4", 5)];
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        Assert.Equal(expected, IndicatorSeries.CountEndingBy(new ReadOnlySpan<Observation>(sorted), date));
        var points = sorted.Select(o => new SeriesPoint(o.Period, o.Value)).ToArray();
        Assert.Equal(expected, IndicatorSeries.CountEndingBy(new ReadOnlySpan<SeriesPoint>(points), date));
    }

    [Fact]
    public void CountEndingBy_Empty_IsZero()
        => Assert.Equal(0, IndicatorSeries.CountEndingBy(ReadOnlySpan<Observation>.Empty, new LocalDate(2024, 1, 1)));

    [Fact]
    public void FromSelected_SameEndDayAndAsOf_KeepsAndSupersedesAsTheConstructor()
    {
        Observation[] sorted = [Obs("2023", 1), Obs("2024-H1", 2), Obs("2024-Q3", 3), Obs("2024", 4), Obs("2024-Q4", 5)];

        // Quarterly: on 2024-12-31 the quarter is kept and the year superseded; the half has no rival on its end day.
        var all = FromSorted(Ind(Frequency.Quarter), Vn, [.. sorted], null);
        Assert.Equal(["2023", "2024-H1", "2024-Q3", "2024-Q4"], all.Points.Select(p => p.Period.ToString()));
        Assert.Equal(["2024"], all.Superseded.Select(o => o.Period.ToString()));
        Assert.Null(all.AsOf);

        // Yearly: the year is kept; as of 2024-12-30 neither has ended.
        var yearly = FromSorted(Ind(Frequency.Year), Vn, [.. sorted], null);
        Assert.Equal(["2023", "2024-H1", "2024-Q3", "2024"], yearly.Points.Select(p => p.Period.ToString()));
        Assert.Equal(["2024-Q4"], yearly.Superseded.Select(o => o.Period.ToString()));
        var early = FromSorted(Ind(Frequency.Year), Vn, [.. sorted], new LocalDate(2024, 12, 30));
        Assert.Equal(["2023", "2024-H1", "2024-Q3"], early.Points.Select(p => p.Period.ToString()));
        Assert.Empty(early.Superseded);
        Assert.Equal(new LocalDate(2024, 12, 30), early.AsOf);
        Assert.Empty(FromSorted(Ind(Frequency.Year), Vn, [], null).Points);
    }

    [Property(MaxTest = 300)]
    public bool FromSelected_AnySubsetAndAsOf_EqualsTheConstructor(int seed)
    {
        // Every year, half, quarter and month of 2023-2024 plus two custom intervals: many share an end day.
        var pool = new List<ReportingPeriod> { ReportingPeriod.Custom(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), ReportingPeriod.Custom(new LocalDate(2024, 3, 5), new LocalDate(2024, 6, 30)) };
        for (var y = 2023; y <= 2024; y++)
        {
            pool.Add(ReportingPeriod.Year(y));
            pool.AddRange(Enumerable.Range(1, 2).Select(h => ReportingPeriod.Half(y, h)));
            pool.AddRange(Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(y, q)));
            pool.AddRange(Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(y, m)));
        }

        var random = new Random(seed);
        var chosen = pool.Where(_ => random.Next(3) == 0).Select((p, k) => new Observation(new IndicatorId("i"), Vn.Id, p, k)).ToArray();
        var frequency = (Frequency[])[Frequency.Year, Frequency.HalfYear, Frequency.Quarter, Frequency.Month, Frequency.Irregular];
        var indicator = Ind(frequency[random.Next(frequency.Length)]);
        LocalDate? asOf = random.Next(5) == 0 ? null : new LocalDate(2022, 12, 25).PlusDays(random.Next(750));
        var expected = new IndicatorSeries(indicator, Vn, chosen.Reverse(), asOf);
        var sorted = chosen.OrderBy(o => o.Period, ReportingPeriodComparer.ByEnd).ToImmutableArray();
        var actual = FromSorted(indicator, Vn, sorted, asOf);
        return actual.Points.SequenceEqual(expected.Points) && actual.Superseded.SequenceEqual(expected.Superseded) && actual.AsOf == expected.AsOf;
    }

    [Fact]
    public void FromSelected_NothingCut_SharesTheArrays()
    {
        // As of the last end day every point is known: the series reuses the selection rather than copying it.
        var (points, superseded) = IndicatorSeries.Select(new[] { Obs("2023", 1), Obs("2024", 2) }, ReportingPeriodKind.Year);
        var all = IndicatorSeries.FromSelected(Ind(Frequency.Year), Vn, points, superseded, new LocalDate(2024, 12, 31));
        Assert.Same(ImmutableCollectionsMarshal.AsArray(points), ImmutableCollectionsMarshal.AsArray(all.Points));
        var cut = IndicatorSeries.FromSelected(Ind(Frequency.Year), Vn, points, superseded, new LocalDate(2024, 12, 30));
        Assert.Equal([ReportingPeriod.Year(2023)], cut.Points.Select(p => p.Period));
    }

    [Fact]
    public void FirstPointsAsTimedSeries_RegularRun_NominalGridOfTheWholeSeries()
    {
        // Six consecutive months: the whole run is regular, so the first four sit at 2024 + k/12 with season 12.
        var s = new IndicatorSeries(Ind(Frequency.Month), Vn, Enumerable.Range(1, 6).Select(m => Obs($"2024-{m:D2}", 10 * m)));
        var t = s.FirstPointsAsTimedSeries(4);
        Assert.Equal(new[] { 2024 + (1 / 12.0), 2024 + (2 / 12.0), 2024 + (3 / 12.0), 2024 + (4 / 12.0) }, t.Times.ToArray());
        Assert.Equal(new[] { 10.0, 20, 30, 40 }, t.Values.ToArray());
        Assert.Equal(12, t.SeasonalPeriod);
    }

    [Fact]
    public void FirstPointsAsTimedSeries_GapAfterTheCut_CalendarTimesAsTheWholeSeries()
    {
        // 2024-01, -02, -03, then 2024-06: the whole series is not a regular run, so even the first three points sit at
        // their calendar ends (31 Jan 2024 ends at 2024 + 31/366) and there is no season.
        var s = new IndicatorSeries(Ind(Frequency.Month), Vn, [Obs("2024-01", 1), Obs("2024-02", 2), Obs("2024-03", 3), Obs("2024-06", 6)]);
        var t = s.FirstPointsAsTimedSeries(3);
        Assert.Equal(new[] { 2024 + (31 / 366.0), 2024 + (60 / 366.0), 2024 + (91 / 366.0) }, t.Times.ToArray());
        Assert.Equal(1, t.SeasonalPeriod);
        Span<double> times = stackalloc double[2];
        Span<double> values = stackalloc double[2];
        Assert.False(s.CopyTo(times, values));
        Assert.Equal(2024 + (60 / 366.0), times[1]);
        Assert.Equal(2.0, values[1]);
    }

    /// <summary>The path Programme takes: select once over all sorted observations, then cut at the as-of day.</summary>
    private static IndicatorSeries FromSorted(Indicator indicator, Scope scope, ImmutableArray<Observation> sorted, LocalDate? asOf)
    {
        var (points, superseded) = IndicatorSeries.Select(sorted.AsSpan(), indicator.Frequency.PeriodKind());
        return IndicatorSeries.FromSelected(indicator, scope, points, superseded, asOf);
    }

    [Fact]
    public void SeriesPoint_TimeIsEndTimeAndEquality()
    {
        var p = new SeriesPoint(ReportingPeriod.Year(2023), 17);
        Assert.Equal(2024.0, p.Time);
        Assert.True(p == new SeriesPoint(ReportingPeriod.Year(2023), 17));
        Assert.True(p != new SeriesPoint(ReportingPeriod.Year(2023), 17, ObservationQuality.Provisional));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesPoint(ReportingPeriod.Year(2023), double.NaN));
    }
}
