using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.TimeSeries;
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
