using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Classification;

public class ProgressInputTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, 80, true)]
    [InlineData(Polarity.HigherIsBetter, 79.9, false)]
    [InlineData(Polarity.LowerIsBetter, 80, true)]
    [InlineData(Polarity.LowerIsBetter, 80.1, false)]
    [InlineData(Polarity.LowerIsBetter, 3, true)]
    public void IsAchieved_ByPolarity_TargetInclusive(Polarity polarity, double latest, bool achieved)
        => Assert.Equal(achieved, new ProgressInput(2020, 50, 2023, latest, 2025, 80, polarity).IsAchieved);

    [Theory]
    // Between 40 and 60, ends inclusive.
    [InlineData(40, true)]
    [InlineData(60, true)]
    [InlineData(39.9, false)]
    [InlineData(60.1, false)]
    public void IsAchieved_Between_EndsInclusive(double latest, bool achieved)
        => Assert.Equal(achieved, new ProgressInput(2020, 50, 2023, latest, 2025, 40, upperTargetValue: 60).IsAchieved);

    [Fact]
    public void Between_BelowBand_AssessedTowardsLowerEndAsHigherIsBetter()
    {
        // Band 40–60 given with a lower-is-better polarity (ignored): 20 → 30 heads up towards 40.
        // SDSN: (30 − 20)/3 ÷ (40 − 20)/5 = 3.333/4 = 0.8333.
        var v = SdsnLinearRatio.Instance.Assess(new ProgressInput(2020, 20, 2023, 30, 2025, 40, Polarity.LowerIsBetter, upperTargetValue: 60));
        Assert.Equal(10.0 / 3 / 4, v.Ratio!.Value, 12);
    }

    [Fact]
    public void Between_AboveBand_AssessedTowardsUpperEndAsLowerIsBetter()
    {
        // 90 → 70 heads down to 60: SDSN (70 − 90)/3 ÷ (60 − 90)/5 = (−6.667)/(−6) = 1.111 → on track.
        var v = SdsnLinearRatio.Instance.Assess(new ProgressInput(2020, 90, 2023, 70, 2025, 40, upperTargetValue: 60));
        Assert.Equal(20.0 / 3 / 6, v.Ratio!.Value, 12);
        Assert.Equal(Status.Likely, v.Status);
    }

    [Theory]
    [InlineData(2024.9, false)]
    [InlineData(2025, true)]
    [InlineData(2026, true)]
    public void IsDeadlinePassed_AsOf_TrueAtOrAfterTargetTime(double asOf, bool passed)
        => Assert.Equal(passed, new ProgressInput(2020, 50, 2023, 60, 2025, 80, asOfTime: asOf).IsDeadlinePassed);

    [Fact]
    public void FromSeries_Points_FirstIsBaseLastIsLatest()
    {
        var input = ProgressInput.FromSeries(new TimedSeries([2020, 2021, 2022], [1, 2, 3]), 2025, 10);
        Assert.Equal((2020.0, 1.0, 2022.0, 3.0), (input.BaseTime, input.BaseValue, input.LatestTime, input.LatestValue));
        Assert.Equal(2022, input.AsOfTime);
        Assert.NotNull(input.Series);
    }

    [Fact]
    public void FromSeries_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => ProgressInput.FromSeries(new TimedSeries([], []), 2025, 10));

    [Theory]
    [InlineData(2024, 2023, null, null)]
    [InlineData(2020, 2023, 2022.0, null)]
    [InlineData(2020, 2023, null, 30.0)]
    [InlineData(double.NaN, 2023, null, null)]
    public void Constructor_Invalid_Throws(double baseTime, double latestTime, double? asOf, double? upper)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressInput(baseTime, 1, latestTime, 2, 2025, 40, asOfTime: asOf, upperTargetValue: upper));

    [Fact]
    public void Constructor_MessageUnderViVN_UsesInvariantDecimalPoint()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressInput(2020.5, 1, 2020.25, 2, 2025, 4));
            Assert.Contains("2020.5", ex.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
