using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.TimeSeries;

public class TimedSeriesTests
{
    [Fact]
    public void Regular_Quarterly_PlacesValuesAQuarterApart()
    {
        var s = TimedSeries.Regular([1.0, 2.0, 3.0], frequency: 4, start: 2023.0);
        Assert.Equal([2023.0, 2023.25, 2023.5], s.Times.ToArray());
        Assert.Equal(4, s.SeasonalPeriod);
        Assert.True(s.IsRegular);
        Assert.Equal(0.25, s.Step);
    }

    [Fact]
    public void Constructor_EndOf2023ThenMid2024_IsIrregular()
    {
        // End of 2023 = 2024.0; end of H1 2024 = 2024 + 182/366; end of 2024 = 2025.0: steps 1, 0.497, 0.503 years.
        var s = new TimedSeries([2023.0, 2024.0, 2024 + 182.0 / 366, 2025.0], [10.0, 17, 42, 50]);
        Assert.False(s.IsRegular);
    }

    [Fact]
    public void Constructor_TimesNotIncreasing_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TimedSeries([2020.0, 2020.0], [1.0, 2.0]));
        Assert.Contains("times[1]", ex.Message);
    }

    [Fact]
    public void Constructor_NaNValue_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new TimedSeries([1.0, 2.0], [1.0, double.NaN]));

    [Fact]
    public void Constructor_LengthsDiffer_Throws()
        => Assert.Throws<ArgumentException>(() => new TimedSeries([1.0, 2.0], [1.0]));

    [Theory]
    [InlineData(1, 1e16)]
    [InlineData(12, -2e15)]
    public void Regular_StartWhereTheStepVanishes_ThrowsNamingStart(int frequency, double start)
    {
        // At these magnitudes the spacing of doubles (2 at 1e16, 0.25 at 2e15) exceeds a step of 1/frequency years.
        Assert.Equal(start, start + (1.0 / frequency));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TimedSeries.Regular([1.0, 2.0, 3.0], frequency, start));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Regular_LargeStartWhereTheStepSurvives_IsAccepted()
    {
        // At 1e12 doubles are 1.2e-4 apart, finer than a monthly step: the series is built.
        var s = TimedSeries.Regular([1.0, 2.0], 12, 1e12);
        Assert.True(s.Times[1] > s.Times[0]);
    }
}
