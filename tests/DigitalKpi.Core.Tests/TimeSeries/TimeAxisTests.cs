using DigitalKpi.Core.Periods;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Core.Tests.TimeSeries;

public class TimeAxisTests
{
    // Hand computed: day of year − 1 over days in the year (2024 has 366 days, 2023 has 365).
    [Theory]
    [InlineData(2024, 1, 1, 2024.0)]
    [InlineData(2024, 7, 1, 2024 + (182.0 / 366))]
    [InlineData(2023, 7, 1, 2023 + (181.0 / 365))]
    [InlineData(2024, 12, 31, 2024 + (365.0 / 366))]
    public void ToYears_Table(int y, int m, int d, double expected)
        => Assert.Equal(expected, TimeAxis.ToYears(new LocalDate(y, m, d)), 12);

    [Theory]
    [InlineData("2023", 2024.0)]
    [InlineData("2024-H1", 2024 + (182.0 / 366))]
    [InlineData("2024-Q3", 2024 + (274.0 / 366))]
    [InlineData("2023-06", 2023 + (181.0 / 365))]
    [InlineData("2024-01-01/2024-01-10", 2024 + (10.0 / 366))]
    [InlineData("9999", 10000.0)]
    public void EndTime_IsTheStartOfTheNextDay(string period, double expected)
        => Assert.Equal(expected, TimeAxis.EndTime(ReportingPeriod.Parse(period)), 12);

    [Fact]
    public void EndTime_OfAYear_IsExactlyTheNextInteger()
        => Assert.Equal(2025.0, TimeAxis.EndTime(ReportingPeriod.Year(2024)));

    [Theory]
    [InlineData("2024-H2", 2024 + (182.0 / 366))]
    [InlineData("2024", 2024.0)]
    public void StartTime_Table(string period, double expected)
        => Assert.Equal(expected, TimeAxis.StartTime(ReportingPeriod.Parse(period)), 12);

    [Theory]
    [InlineData("2024", 2025.0)]
    [InlineData("2024-H1", 2024.5)]
    [InlineData("2024-Q3", 2024.75)]
    [InlineData("2024-06", 2024.5)]
    [InlineData("2024-12", 2025.0)]
    public void NominalEndTime_IsOnTheEquallySpacedGrid(string period, double expected)
        => Assert.Equal(expected, TimeAxis.NominalEndTime(ReportingPeriod.Parse(period)), 12);

    [Fact]
    public void NominalEndTime_Custom_IsTheCalendarEnd()
    {
        var p = ReportingPeriod.Parse("2024-01-01/2024-01-10");
        Assert.Equal(TimeAxis.EndTime(p), TimeAxis.NominalEndTime(p));
    }

    [Fact]
    public void ToYears_NonIsoCalendar_Throws()
        => Assert.Throws<ArgumentException>(() => TimeAxis.ToYears(new LocalDate(2024, 1, 1, CalendarSystem.Julian)));

    [FsCheck.Xunit.Property(Arbitrary = [typeof(DigitalKpi.Core.Tests.Periods.PeriodArbitraries)])]
    public bool EndTime_IsTheStartTimeOfTheNextPeriod(ReportingPeriod p)
        => TimeAxis.EndTime(p) == TimeAxis.StartTime(p.Next()) && TimeAxis.StartTime(p) < TimeAxis.EndTime(p);

    [FsCheck.Xunit.Property]
    public bool ToYears_IncreasesDayByDayWithinTheYear(int seed)
    {
        var d = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(seed % 40_000));
        var t = TimeAxis.ToYears(d);
        return t >= d.Year && t < d.Year + 1 && TimeAxis.ToYears(d.PlusDays(1)) > t;
    }
}
