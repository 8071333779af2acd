using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Periods;

namespace DigitalKpi.Core.Tests.Indicators;

public class FrequencyExtensionsTests
{
    [Theory]
    [InlineData(Frequency.Month, 12, ReportingPeriodKind.Month)]
    [InlineData(Frequency.Quarter, 4, ReportingPeriodKind.Quarter)]
    [InlineData(Frequency.HalfYear, 2, ReportingPeriodKind.Half)]
    [InlineData(Frequency.Year, 1, ReportingPeriodKind.Year)]
    public void Regular_PeriodsPerYearAndKind(Frequency f, int perYear, ReportingPeriodKind kind)
    {
        Assert.Equal(perYear, f.PeriodsPerYear());
        Assert.Equal(kind, f.PeriodKind());
    }

    [Fact]
    public void Irregular_HasNoFixedNumber()
    {
        Assert.Null(Frequency.Irregular.PeriodsPerYear());
        Assert.Null(Frequency.Irregular.PeriodKind());
    }

    [Fact]
    public void Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Frequency)42).PeriodsPerYear());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Frequency)42).PeriodKind());
    }
}
