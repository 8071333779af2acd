using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Indicators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class ProgressTests
{
    [Theory]
    // METHODS.md §1.10 case A: (0.60 - 0.48) / (0.71 - 0.48) = 0.12 / 0.23 = 52.17 %
    [InlineData(0.48, 0.60, 0.71, Polarity.HigherIsBetter, 52.173913)]
    // case B: (45 - 30) / (80 - 30) = 30 %
    [InlineData(30.0, 45.0, 80.0, Polarity.HigherIsBetter, 30.0)]
    // ServiceNow S4: start 0, target 1,000,000, actual 700,000 -> 70 %
    [InlineData(0.0, 700_000.0, 1_000_000.0, Polarity.HigherIsBetter, 70.0)]
    // beyond the target and moving away
    [InlineData(0.0, 120.0, 100.0, Polarity.HigherIsBetter, 120.0)]
    [InlineData(50.0, 40.0, 100.0, Polarity.HigherIsBetter, -20.0)]
    // rank 48 -> 46 with target 40: (46 - 48) / (40 - 48) = 25 %
    [InlineData(48.0, 46.0, 40.0, Polarity.LowerIsBetter, 25.0)]
    // processing days 10 -> 12 with target 5: (12 - 10) / (5 - 10) = -40 %
    [InlineData(10.0, 12.0, 5.0, Polarity.LowerIsBetter, -40.0)]
    // target equals baseline: held or improved -> 100; worse -> 0
    [InlineData(80.0, 80.0, 80.0, Polarity.HigherIsBetter, 100.0)]
    [InlineData(80.0, 85.0, 80.0, Polarity.HigherIsBetter, 100.0)]
    [InlineData(80.0, 79.0, 80.0, Polarity.HigherIsBetter, 0.0)]
    [InlineData(3.0, 2.0, 3.0, Polarity.LowerIsBetter, 100.0)]
    [InlineData(3.0, 4.0, 3.0, Polarity.LowerIsBetter, 0.0)]
    public void Percent_Values_ShareOfDistanceCovered(double baseline, double latest, double target, Polarity polarity, double expected)
        => Assert.Equal(expected, Progress.Percent(baseline, latest, target, polarity), 6);

    [Theory]
    [InlineData(50.0, 60.0, 40.0, Polarity.HigherIsBetter, "target")]
    [InlineData(10.0, 8.0, 12.0, Polarity.LowerIsBetter, "target")]
    [InlineData(double.NaN, 8.0, 12.0, Polarity.HigherIsBetter, "baseline")]
    [InlineData(1.0, double.NaN, 12.0, Polarity.HigherIsBetter, "latest")]
    [InlineData(1.0, 8.0, double.PositiveInfinity, Polarity.HigherIsBetter, "target")]
    [InlineData(1.0, 8.0, 12.0, (Polarity)5, "polarity")]
    public void Percent_Invalid_ThrowsNamingTheParameter(double baseline, double latest, double target, Polarity polarity, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Progress.Percent(baseline, latest, target, polarity)).ParamName);

    [Fact]
    public void Percent_Overflow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Progress.Percent(0, double.MaxValue, double.Epsilon, Polarity.HigherIsBetter));

    [Property]
    public bool Percent_BaselineIsZeroAndTargetIsHundred(int baseline, PositiveInt distance)
    {
        double b = baseline;
        double t = b + distance.Get;
        return Progress.Percent(b, b, t, Polarity.HigherIsBetter) == 0
            && Math.Abs(Progress.Percent(b, t, t, Polarity.HigherIsBetter) - 100) < 1e-9
            && Progress.Percent(t, t, b, Polarity.LowerIsBetter) == 0
            && Math.Abs(Progress.Percent(t, b, b, Polarity.LowerIsBetter) - 100) < 1e-9;
    }
}
