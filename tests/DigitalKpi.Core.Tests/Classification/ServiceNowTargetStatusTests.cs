using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

public class ServiceNowTargetStatusTests
{
    [Fact]
    public void AchievementPercent_S4_SeventyPercentRed()
    {
        // S4: (700,000 − 0)/(1,000,000 − 0)·100 = 70 → Red (< 75).
        var pct = ServiceNowTargetStatus.AchievementPercent(0, 1_000_000, 700_000);
        Assert.Equal(70, pct, 12);
        Assert.Equal(TrafficLight.Red, ServiceNowTargetStatus.Colour(pct));
    }

    [Theory]
    [InlineData(90, TrafficLight.Green)]
    [InlineData(89.99, TrafficLight.Yellow)]
    [InlineData(75, TrafficLight.Yellow)]
    [InlineData(74.99, TrafficLight.Red)]
    public void Colour_Boundaries_LowerEndInclusive(double pct, TrafficLight colour)
        => Assert.Equal(colour, ServiceNowTargetStatus.Colour(pct));

    [Fact]
    public void LatestWins_S5Cumulative_Green()
    {
        // S5: 220/250 = 88 % Y, 480/500 = 96 % G, 710/750 = 94.7 % G, 968/1000 = 96.8 % G → target Green (latest wins).
        double[] planned = [250_000, 500_000, 750_000, 1_000_000];
        double[] actual = [220_000, 480_000, 710_000, 968_000];
        TrafficLight[] quarters = [TrafficLight.Yellow, TrafficLight.Green, TrafficLight.Green, TrafficLight.Green];
        for (var q = 1; q <= 4; q++)
        {
            Assert.Equal(quarters[q - 1], ServiceNowTargetStatus.LatestWins(planned.AsSpan(0, q), actual.AsSpan(0, q)));
        }
    }

    [Fact]
    public void Window_S6NonCumulative_Yellow()
    {
        // S6: quarters 88 Y, 96 G, 80 Y, 92 G; window 890,000/1,000,000 = 89 % → Yellow.
        double[] planned = [250_000, 250_000, 250_000, 250_000];
        double[] actual = [220_000, 240_000, 200_000, 230_000];
        TrafficLight[] quarters = [TrafficLight.Yellow, TrafficLight.Green, TrafficLight.Yellow, TrafficLight.Green];
        for (var q = 0; q < 4; q++)
        {
            Assert.Equal(quarters[q], ServiceNowTargetStatus.Colour(ServiceNowTargetStatus.AchievementPercent(0, planned[q], actual[q])));
        }

        Assert.Equal(89, ServiceNowTargetStatus.AchievementPercent(0, 1_000_000, 890_000), 12);
        Assert.Equal(TrafficLight.Yellow, ServiceNowTargetStatus.Window(planned, actual));
    }

    [Fact]
    public void WorstWins_S7GreenAndRed_Red()
    {
        // S7: targets Green (90 %) and Red (60 %) → goal Red; a red child makes the parent red.
        TrafficLight goal = ServiceNowTargetStatus.WorstWins([ServiceNowTargetStatus.Colour(90), ServiceNowTargetStatus.Colour(60)]);
        Assert.Equal(TrafficLight.Red, goal);
        Assert.Equal(TrafficLight.Red, ServiceNowTargetStatus.WorstWins([TrafficLight.Green, goal]));
    }

    [Fact]
    public void Window_DifferentLengths_Throws()
        => Assert.Throws<ArgumentException>(() => ServiceNowTargetStatus.Window([1.0, 2.0], [1.0]));
}
