using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DigitalKpi.Core.Tests.Calculators;

public class ScheduleTests
{
    private static readonly LocalDate April1 = new(2024, 4, 1);
    private static readonly LocalDate April30 = new(2024, 4, 30);

    [Theory]
    // METHODS.md S11 (Engagedly): goal 1-30 April, on 15 April -> 15 elapsed days of 30 = 50 %
    [InlineData(15, 50.0)]
    // first day: 1 of 30 = 3.333 %; 29 April: 29 of 30 = 96.667 %
    [InlineData(1, 3.3333333333)]
    [InlineData(29, 96.6666666667)]
    [InlineData(30, 100.0)]
    public void ExpectedProgressPercent_AprilGoal_ElapsedDaysCountingTheAsOfDay(int day, double expected)
        => Assert.Equal(expected, Schedule.ExpectedProgressPercent(April1, April30, new LocalDate(2024, 4, day)), 9);

    [Fact]
    public void ExpectedProgressPercent_OutsideTheWindow_Clamped()
    {
        Assert.Equal(0, Schedule.ExpectedProgressPercent(April1, April30, new LocalDate(2024, 3, 31)));
        Assert.Equal(100, Schedule.ExpectedProgressPercent(April1, April30, new LocalDate(2024, 5, 1)));
    }

    [Fact]
    public void ExpectedProgressPercent_OneDayWindow_HundredOnThatDay()
        => Assert.Equal(100, Schedule.ExpectedProgressPercent(April1, April1, April1));

    [Fact]
    public void ExpectedProgressPercent_EndBeforeStart_Throws()
        => Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => Schedule.ExpectedProgressPercent(April30, April1, April1)).ParamName);

    [Theory]
    // S10 (Viva Goals): expected 33 %, actual 33 % -> on track; 32.9 % -> behind
    [InlineData(33.0, 33.0, 0.0, true)]
    [InlineData(32.9, 33.0, 0.0, false)]
    // case A: expected 60 %, actual 52.2 % (gap 7.8): Viva behind, Engagedly (16.5 points) on track
    [InlineData(52.2, 60.0, 0.0, false)]
    [InlineData(52.2, 60.0, 16.5, true)]
    // case B: gap 30 points -> Engagedly not on track
    [InlineData(30.0, 60.0, 16.5, false)]
    // exactly at the tolerance counts as on schedule (inclusive)
    [InlineData(43.5, 60.0, 16.5, true)]
    [InlineData(70.0, 60.0, 0.0, true)]
    public void IsOnSchedule_GapAgainstTolerance_Inclusive(double actual, double expected, double tolerance, bool onSchedule)
        => Assert.Equal(onSchedule, Schedule.IsOnSchedule(actual, expected, tolerance));

    [Theory]
    [InlineData(double.NaN, 50.0, 0.0, "actualPercent")]
    [InlineData(50.0, double.PositiveInfinity, 0.0, "expectedPercent")]
    [InlineData(50.0, 50.0, -1.0, "tolerancePoints")]
    public void IsOnSchedule_Invalid_ThrowsNamingTheParameter(double actual, double expected, double tolerance, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Schedule.IsOnSchedule(actual, expected, tolerance)).ParamName);

    [Property]
    public bool ExpectedProgressPercent_NonDecreasingInAsOfAndWithinBounds(PositiveInt length, int dayA, int dayB)
    {
        var start = new LocalDate(2021, 1, 1);
        var end = start.PlusDays(length.Get % 3000);
        var offsetA = (dayA % 4000) - 500;
        var offsetB = (dayB % 4000) - 500;
        var (early, late) = offsetA <= offsetB ? (offsetA, offsetB) : (offsetB, offsetA);
        var earlier = Schedule.ExpectedProgressPercent(start, end, start.PlusDays(early));
        var later = Schedule.ExpectedProgressPercent(start, end, start.PlusDays(late));
        return earlier >= 0 && later <= 100 && earlier <= later;
    }
}
