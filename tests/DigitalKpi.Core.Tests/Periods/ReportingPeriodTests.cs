using System.Globalization;
using DigitalKpi.Core.Periods;
using FsCheck.Xunit;
using NodaTime;

namespace DigitalKpi.Core.Tests.Periods;

public class ReportingPeriodTests
{
    // Expected starts and ends are read off the calendar: 2024 is a leap year, so February has 29 days.
    [Theory]
    [InlineData("2024", ReportingPeriodKind.Year, "2024-01-01", "2024-12-31", 366)]
    [InlineData("2023", ReportingPeriodKind.Year, "2023-01-01", "2023-12-31", 365)]
    [InlineData("2024-H1", ReportingPeriodKind.Half, "2024-01-01", "2024-06-30", 182)]
    [InlineData("2024-H2", ReportingPeriodKind.Half, "2024-07-01", "2024-12-31", 184)]
    [InlineData("2024-Q1", ReportingPeriodKind.Quarter, "2024-01-01", "2024-03-31", 91)]
    [InlineData("2024-Q3", ReportingPeriodKind.Quarter, "2024-07-01", "2024-09-30", 92)]
    [InlineData("2023-Q4", ReportingPeriodKind.Quarter, "2023-10-01", "2023-12-31", 92)]
    [InlineData("2024-02", ReportingPeriodKind.Month, "2024-02-01", "2024-02-29", 29)]
    [InlineData("2023-02", ReportingPeriodKind.Month, "2023-02-01", "2023-02-28", 28)]
    [InlineData("2024-06", ReportingPeriodKind.Month, "2024-06-01", "2024-06-30", 30)]
    [InlineData("2024-01-01/2024-03-31", ReportingPeriodKind.Custom, "2024-01-01", "2024-03-31", 91)]
    [InlineData("2024-05-07/2024-05-07", ReportingPeriodKind.Custom, "2024-05-07", "2024-05-07", 1)]
    [InlineData("0001", ReportingPeriodKind.Year, "0001-01-01", "0001-12-31", 365)]
    [InlineData("9999-12", ReportingPeriodKind.Month, "9999-12-01", "9999-12-31", 31)]
    public void Parse_WorkbookForm_GivesKindStartEndAndLength(string text, ReportingPeriodKind kind, string start, string end, int days)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(Date(start), p.Start);
        Assert.Equal(Date(end), p.End);
        Assert.Equal(days, p.LengthInDays);
        Assert.Equal(text, p.ToString());
    }

    [Theory]
    [InlineData("", "four-digit year")]
    [InlineData("24", "four-digit year")]
    [InlineData(" 2024", "four-digit year")]
    [InlineData("2024 ", "followed by")]
    [InlineData("0000", "year must be from 1 to 9999")]
    [InlineData("2024-H3", "half must be 1 or 2")]
    [InlineData("2024-H0", "half must be 1 or 2")]
    [InlineData("2024-Q5", "quarter must be 1 to 4")]
    [InlineData("2024-Q0", "quarter must be 1 to 4")]
    [InlineData("2024-q3", "two-digit month")]
    [InlineData("2024-13", "two-digit month")]
    [InlineData("2024-00", "two-digit month")]
    [InlineData("2024-6", "followed by")]
    [InlineData("2024-03-31/2024-01-01", "end date is before the start date")]
    [InlineData("2024-01-01/", "two ISO dates")]
    [InlineData("2024-02-30/2024-03-01", "two ISO dates")]
    [InlineData("2024/2025", "two ISO dates")]
    public void Parse_Invalid_ThrowsQuotingTextReasonAndAcceptedForms(string text, string reason)
    {
        var ex = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text));
        Assert.IsAssignableFrom<FormatException>(ex);
        Assert.Equal(text, ex.Text);
        Assert.Contains($"\"{text}\"", ex.Message);
        Assert.Contains(reason, ex.Message);
        Assert.Contains("\"2024-H1\"", ex.Message);
        Assert.Contains("\"2024-01-01/2024-03-31\"", ex.Message);
        Assert.False(ReportingPeriod.TryParse(text, out var p));
        Assert.Equal(default, p);
    }

    [Fact]
    public void Parse_Null_ThrowsFormatExceptionSayingNull()
    {
        var ex = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(null!));
        Assert.StartsWith("null is not a reporting period", ex.Message);
        Assert.False(ReportingPeriod.TryParse(null, out _));
    }

    [Fact]
    public void ToStringAndParse_UnderVietnameseCulture_StayInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal("2024-06", ReportingPeriod.Month(2024, 6).ToString());
            Assert.Equal("2024-01-01/2024-03-31", ReportingPeriod.Custom(Date("2024-01-01"), Date("2024-03-31")).ToString());
            Assert.Equal(ReportingPeriod.Quarter(2024, 3), ReportingPeriod.Parse("2024-Q3"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    [InlineData(-5)]
    public void Year_OutOfRange_ThrowsNamingYear(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(year));
        Assert.Equal("year", ex.ParamName);
        Assert.Contains("1 to 9999", ex.Message);
    }

    [Theory]
    [InlineData("half", 0)]
    [InlineData("half", 3)]
    [InlineData("quarter", 0)]
    [InlineData("quarter", 5)]
    [InlineData("month", 0)]
    [InlineData("month", 13)]
    public void Factory_NumberOutOfRange_ThrowsNamingTheField(string field, int number)
    {
        Action act = field switch
        {
            "half" => () => ReportingPeriod.Half(2024, number),
            "quarter" => () => ReportingPeriod.Quarter(2024, number),
            _ => () => ReportingPeriod.Month(2024, number),
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(field, ex.ParamName);
        Assert.Contains($"received {number}", ex.Message);
    }

    [Fact]
    public void Custom_EndBeforeStart_ThrowsNamingEndInclusive()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(Date("2024-03-31"), Date("2024-01-01")));
        Assert.Equal("endInclusive", ex.ParamName);
        Assert.Contains("2024-01-01", ex.Message);
    }

    [Fact]
    public void Custom_NonIsoCalendar_Throws()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(julian, julian));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Default_IsTheYearOne()
    {
        var d = default(ReportingPeriod);
        Assert.Equal(ReportingPeriodKind.Year, d.Kind);
        Assert.Equal(new LocalDate(1, 1, 1), d.Start);
        Assert.Equal(new LocalDate(1, 12, 31), d.End);
        Assert.Equal("0001", d.ToString());
        Assert.Equal(ReportingPeriod.Year(1), d);
    }

    [Theory]
    [InlineData("2024", 2024, 1)]
    [InlineData("2024-H2", 2024, 2)]
    [InlineData("2024-Q3", 2024, 3)]
    [InlineData("2024-11", 2024, 11)]
    [InlineData("2023-12-01/2024-01-31", 2024, 0)]
    public void CalendarYearAndNumberInYear_AreTheYearOfTheEndAndThePosition(string text, int year, int number)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(year, p.CalendarYear);
        Assert.Equal(number, p.NumberInYear);
    }

    [Theory]
    [InlineData("2024", "2025", "2023")]
    [InlineData("2024-H1", "2024-H2", "2023-H2")]
    [InlineData("2024-H2", "2025-H1", "2024-H1")]
    [InlineData("2024-Q1", "2024-Q2", "2023-Q4")]
    [InlineData("2024-Q4", "2025-Q1", "2024-Q3")]
    [InlineData("2024-01", "2024-02", "2023-12")]
    [InlineData("2024-12", "2025-01", "2024-11")]
    // 2024-01-01..2024-03-31 is 91 days; the next 91 days run 2024-04-01..2024-06-30, the previous 2023-10-02..2023-12-31.
    [InlineData("2024-01-01/2024-03-31", "2024-04-01/2024-06-30", "2023-10-02/2023-12-31")]
    public void NextAndPrevious_Table(string text, string next, string previous)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(ReportingPeriod.Parse(next), p.Next());
        Assert.Equal(ReportingPeriod.Parse(previous), p.Previous());
    }

    [Theory]
    [InlineData("9999", true)]
    [InlineData("9999-H2", true)]
    [InlineData("9999-Q4", true)]
    [InlineData("9999-12", true)]
    [InlineData("9999-12-01/9999-12-31", true)]
    [InlineData("0001", false)]
    [InlineData("0001-Q1", false)]
    [InlineData("0001-01-01/0001-01-05", false)]
    public void NextOrPrevious_BeyondSupportedYears_ThrowsInvalidOperation(string text, bool next)
    {
        var p = ReportingPeriod.Parse(text);
        var ex = Assert.Throws<InvalidOperationException>(() => next ? p.Next() : p.Previous());
        Assert.Contains("1 to 9999", ex.Message);
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024-H1", "2023-H1")]
    [InlineData("2024-Q3", "2023-Q3")]
    [InlineData("2024-06", "2023-06")]
    [InlineData("2024-01-01/2024-02-29", "2023-01-01/2023-02-28")]
    public void SamePeriodLastYear_Table(string text, string expected)
        => Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.Parse(text).SamePeriodLastYear());

    [Fact]
    public void SamePeriodLastYear_YearOne_Throws()
        => Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Month(1, 5).SamePeriodLastYear());

    [Theory]
    [InlineData("2024-Q3", "2024-01-01/2024-09-30")]
    [InlineData("2024-06", "2024-01-01/2024-06-30")]
    [InlineData("2024-H1", "2024-01-01/2024-06-30")]
    [InlineData("2024", "2024-01-01/2024-12-31")]
    [InlineData("2023-12-01/2024-01-31", "2024-01-01/2024-01-31")]
    public void YearToDate_Table(string text, string expected)
    {
        var ytd = ReportingPeriod.Parse(text).YearToDate();
        Assert.Equal(ReportingPeriodKind.Custom, ytd.Kind);
        Assert.Equal(ReportingPeriod.Parse(expected), ytd);
    }

    [Theory]
    [InlineData("2024-Q3", "2024-06-30", false)]
    [InlineData("2024-Q3", "2024-07-01", true)]
    [InlineData("2024-Q3", "2024-09-30", true)]
    [InlineData("2024-Q3", "2024-10-01", false)]
    [InlineData("2024-02", "2024-02-29", true)]
    [InlineData("2024-01-10/2024-01-12", "2024-01-12", true)]
    [InlineData("2024-01-10/2024-01-12", "2024-01-09", false)]
    public void Contains_BothEndsInclusive(string text, string date, bool expected)
        => Assert.Equal(expected, ReportingPeriod.Parse(text).Contains(Date(date)));

    [Fact]
    public void Equality_SameDaysDifferentKinds_AreNotEqual()
    {
        var year = ReportingPeriod.Year(2024);
        var custom = ReportingPeriod.Custom(Date("2024-01-01"), Date("2024-12-31"));
        Assert.False(year == custom);
        Assert.True(year != custom);
        Assert.False(year.Equals((object)custom));
        Assert.True(year == ReportingPeriod.Parse("2024"));
        Assert.Equal(year.GetHashCode(), ReportingPeriod.Parse("2024").GetHashCode());
    }

    [Fact]
    public void CompareTo_SameKind_OrdersByStart()
    {
        Assert.True(ReportingPeriod.Quarter(2024, 1).CompareTo(ReportingPeriod.Quarter(2024, 2)) < 0);
        Assert.True(ReportingPeriod.Quarter(2025, 1).CompareTo(ReportingPeriod.Quarter(2024, 4)) > 0);
        Assert.Equal(0, ReportingPeriod.Month(2024, 6).CompareTo(ReportingPeriod.Month(2024, 6)));
        var shortOne = ReportingPeriod.Custom(Date("2024-01-01"), Date("2024-01-10"));
        var longOne = ReportingPeriod.Custom(Date("2024-01-01"), Date("2024-02-10"));
        Assert.True(shortOne.CompareTo(longOne) < 0);
    }

    [Fact]
    public void CompareTo_DifferentKinds_ThrowsPointingToTheComparer()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Year(2023).CompareTo(ReportingPeriod.Half(2024, 1)));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("ReportingPeriodComparer.ByEnd", ex.Message);
    }

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool ParseToString_RoundTrips(ReportingPeriod p) => ReportingPeriod.Parse(p.ToString()) == p;

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool NextPrevious_AreInverse(ReportingPeriod p) => p.Next().Previous() == p && p.Previous().Next() == p;

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool Next_StartsTheDayAfterEndWithSameKind(ReportingPeriod p)
        => p.Next().Start == p.End.PlusDays(1) && p.Next().Kind == p.Kind;

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool CompareTo_SameKind_AgreesWithStartOrder(ReportingPeriod p, ReportingPeriod q)
    {
        if (p.Kind != q.Kind)
        {
            return true;
        }

        var byStart = p.Start.CompareTo(q.Start);
        var c = p.CompareTo(q);
        return byStart == 0 ? Math.Sign(c) == Math.Sign(p.End.CompareTo(q.End)) : Math.Sign(c) == Math.Sign(byStart);
    }

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool CompareTo_NextIsLater(ReportingPeriod p) => p.CompareTo(p.Next()) < 0 && p.Next().CompareTo(p) > 0;

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool SamePeriodLastYear_ShiftsByExactlyOneYear(ReportingPeriod p)
    {
        // Start moves back one calendar year. A regular period is reached again after 1, 2, 4 or 12 steps of Next
        // (its end can differ from End − 1 year: February 2025 ends on the 28th, February 2024 on the 29th);
        // a custom interval moves both ends back one calendar year.
        var last = p.SamePeriodLastYear();
        if (last.Kind != p.Kind || last.Start != p.Start.PlusYears(-1))
        {
            return false;
        }

        if (p.Kind == ReportingPeriodKind.Custom)
        {
            return last.End == p.End.PlusYears(-1);
        }

        var steps = p.Kind switch { ReportingPeriodKind.Year => 1, ReportingPeriodKind.Half => 2, ReportingPeriodKind.Quarter => 4, _ => 12 };
        var q = last;
        for (var i = 0; i < steps; i++)
        {
            q = q.Next();
        }

        return q == p;
    }

    [Fact]
    public void SamePeriodLastYear_FebruaryAfterLeapYear_EndsOnThe29th()
        => Assert.Equal(new LocalDate(2024, 2, 29), ReportingPeriod.Month(2025, 2).SamePeriodLastYear().End);

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool ContainsStartAndEndButNotNeighbours(ReportingPeriod p)
        => p.Contains(p.Start) && p.Contains(p.End) && !p.Contains(p.Start.PlusDays(-1)) && !p.Contains(p.End.PlusDays(1));

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
