using DigitalKpi.Core.Programmes;
using NodaTime;

namespace DigitalKpi.Core.Tests.Programmes;

public class PlanTaskTests
{
    private static readonly LocalDate Due = new(2023, 12, 31);

    [Theory]
    [InlineData(false, null, "2023-12-31", false, false)]
    [InlineData(false, null, "2024-01-01", false, true)]
    [InlineData(true, null, "2024-06-01", true, false)]
    [InlineData(true, "2024-02-10", "2024-01-15", false, true)]
    [InlineData(true, "2024-02-10", "2024-02-10", true, false)]
    [InlineData(true, "2023-11-30", "2023-12-01", true, false)]
    public void IsDoneOnAndIsOverdueOn_Table(bool done, string? completed, string asOf, bool doneOn, bool overdue)
    {
        var t = new PlanTask("plan-2023-001", "Xây dựng nền tảng", Due, done, completed is null ? null : Date(completed));
        Assert.Equal(doneOn, t.IsDoneOn(Date(asOf)));
        Assert.Equal(overdue, t.IsOverdueOn(Date(asOf)));
    }

    [Theory]
    [InlineData("", "t", "id")]
    [InlineData("a b", "t", "id")]
    [InlineData("x", " ", "title")]
    public void Constructor_Invalid_ThrowsNamingTheField(string id, string title, string field)
        => Assert.Equal(field, Assert.Throws<ArgumentException>(() => new PlanTask(id, title, Due, false)).ParamName);

    [Fact]
    public void Constructor_CompletedOnForUndone_Throws()
        => Assert.Equal("completedOn", Assert.Throws<ArgumentException>(() => new PlanTask("x", "t", Due, false, Due)).ParamName);

    [Fact]
    public void JulianDate_IsThirteenDaysFromTheIsoDateOfTheSameDigits()
        => Assert.Equal(new LocalDate(2024, 7, 23), new LocalDate(2024, 7, 10, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso));

    [Fact]
    public void Constructor_NonIsoDue_ThrowsNamingDue()
    {
        // A workbook writes "2024-07-10" for the Julian 10 July, which reads back as the ISO 10 July, 13 days earlier.
        var julian = new LocalDate(2024, 7, 10, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => new PlanTask("x", "t", julian, false));

        Assert.Equal("due", ex.ParamName);
        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NonIsoCompletedOn_ThrowsNamingCompletedOn()
        => Assert.Equal("completedOn", Assert.Throws<ArgumentException>(() => new PlanTask("x", "t", Due, true, new LocalDate(2024, 7, 10, CalendarSystem.Julian))).ParamName);

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
