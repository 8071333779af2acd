using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class AutoExponentialSmoothingModelTests
{
    [Fact]
    public void Fit_N647_KeepsTheSmallestAiccOfTheCandidates()
    {
        var series = TimedSeries.Regular(M3Samples.N647, 4, 1984);
        var chosen = AutoExponentialSmoothingModel.Default.Fit(series);
        ExponentialSmoothingModel[] candidates =
        [
            ExponentialSmoothingModel.Simple, ExponentialSmoothingModel.Holt, ExponentialSmoothingModel.Damped,
            new(EtsTrend.None, true), new(EtsTrend.Additive, true), new(EtsTrend.Damped, true),
        ];
        var best = candidates.Select(c => c.Fit(series).Aicc!.Value).Min();
        Assert.Equal(best, chosen.Aicc!.Value, 9);
        Assert.IsType<ExponentialSmoothingModel>(chosen.Model);
    }

    [Fact]
    public void Fit_ThreePoints_FallsBackToSes()
    {
        var fit = AutoExponentialSmoothingModel.Default.Fit(TimedSeries.Regular([3.0, 4, 3.5], 1, 2020));
        Assert.Equal("ses", fit.Model.Name);
    }
}
