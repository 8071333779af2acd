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

    [Fact]
    public void Fit_ExactLine_ChoosesHoltAndContinuesTheLine()
    {
        // y = 10 + 2i, i = 0..11: Holt's linear trend fits it exactly (level0 8, trend0 2, no error), while SES and the
        // damped trend do not; an exact fit's AICc tends to -infinity, so Holt is chosen and forecasts 10 + 2 * (11 + k)
        // k years on: 34 at k = 1, 40 at k = 4.
        var series = TimedSeries.Regular(Enumerable.Range(0, 12).Select(i => 10 + (2.0 * i)).ToArray(), 1, 2000);
        var fit = AutoExponentialSmoothingModel.Default.Fit(series);
        Assert.Equal("holt", fit.Model.Name);
        Assert.True(fit.UsesReferenceVariance);
        Assert.Equal(34, fit.Forecast(2012).Mean, 1e-6);
        Assert.Equal(40, fit.Forecast(2015).Mean, 1e-6);
    }

    [Fact]
    public void Fit_ExactLineAtAHighLevel_ChoosesHoltOverSesThatAlsoPassesAsExact()
    {
        // y = 1e12 + 500 i, i = 0..11: SES's one-step errors are about the slope, 500, below 1e-9 of the level (1000), so
        // SES passes the exact-fit test too; Holt's errors are rounding alone, and its line goes on: 1e12 + 500 * 12 in
        // 2012 (one year after the last point), to 1e-2 (a few doubles' spacing at 1e12).
        var series = TimedSeries.Regular(Enumerable.Range(0, 12).Select(i => 1e12 + (500.0 * i)).ToArray(), 1, 2000);
        var fit = AutoExponentialSmoothingModel.Default.Fit(series);
        Assert.Equal("holt", fit.Model.Name);
        Assert.Equal(1e12 + 6000, fit.Forecast(2012).Mean, 1e-2);
    }

    [Fact]
    public void Fit_ConstantSeries_KeepsSes()
    {
        // Every form fits 50, 50, ... exactly; of exact fits the simplest, SES, stays.
        var fit = AutoExponentialSmoothingModel.Default.Fit(TimedSeries.Regular(Enumerable.Repeat(50.0, 12).ToArray(), 1, 2000));
        Assert.Equal("ses", fit.Model.Name);
        Assert.Equal(50, fit.Forecast(2013).Mean, 1e-9);
    }
}
