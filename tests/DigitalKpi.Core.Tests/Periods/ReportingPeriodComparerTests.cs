using DigitalKpi.Core.Periods;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Periods;

public class ReportingPeriodComparerTests
{
    [Fact]
    public void ByEnd_MixedKinds_OrdersByEndThenLongerFirst()
    {
        var list = new[] { "2024", "2024-Q3", "2023", "2024-H1", "2024-Q4", "2024-06" }.Select(ReportingPeriod.Parse).ToList();
        list.Sort(ReportingPeriodComparer.ByEnd);
        // Ends: 2023-12-31; 2024-06-30 (H1 starts 01-01, June starts 06-01); 2024-09-30; 2024-12-31 (year starts 01-01, Q4 10-01).
        Assert.Equal(["2023", "2024-H1", "2024-06", "2024-Q3", "2024", "2024-Q4"], list.Select(p => p.ToString()));
    }

    [Fact]
    public void ByStart_MixedKinds_OrdersByStartThenShorterFirst()
    {
        var list = new[] { "2024", "2024-Q3", "2023", "2024-H1", "2024-01" }.Select(ReportingPeriod.Parse).ToList();
        list.Sort(ReportingPeriodComparer.ByStart);
        Assert.Equal(["2023", "2024-01", "2024-H1", "2024", "2024-Q3"], list.Select(p => p.ToString()));
    }

    [Fact]
    public void ByEnd_SameDaysDifferentKinds_IsNotZero()
    {
        var year = ReportingPeriod.Year(2024);
        var custom = ReportingPeriod.Parse("2024-01-01/2024-12-31");
        Assert.True(ReportingPeriodComparer.ByEnd.Compare(year, custom) < 0);
        Assert.True(ReportingPeriodComparer.ByEnd.Compare(custom, year) > 0);
    }

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool ByEnd_ZeroOnlyForEqualPeriodsAndAntisymmetric(ReportingPeriod p, ReportingPeriod q)
    {
        var c = ReportingPeriodComparer.ByEnd.Compare(p, q);
        return (c == 0) == (p == q) && Math.Sign(c) == -Math.Sign(ReportingPeriodComparer.ByEnd.Compare(q, p));
    }

    [Property(Arbitrary = [typeof(PeriodArbitraries)])]
    public bool ByEnd_AgreesWithEndDates(ReportingPeriod p, ReportingPeriod q)
        => p.End == q.End || Math.Sign(ReportingPeriodComparer.ByEnd.Compare(p, q)) == Math.Sign(p.End.CompareTo(q.End));
}
