using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

public class RandomWalkModelTests
{
    private static readonly TimedSeries Yearly = TimedSeries.Regular([10.0, 12, 11, 15, 18, 17], 1, 2018);

    // R: yr <- ts(c(10, 12, 11, 15, 18, 17), start = 2018); fd <- rwf(yr, drift = TRUE, h = 3, level = c(80, 95))
    //    fd$mean, fd$lower, fd$upper; tolerance 1e-9.
    [Theory]
    [InlineData(2024, 18.4, 15.168049926073603, 21.631950073926394, 13.457158904069985, 23.342841095930012)]
    [InlineData(2025, 19.8, 14.863114714638057, 24.736885285361943, 12.249685509920745, 27.350314490079256)]
    [InlineData(2026, 21.2, 14.736099852147207, 27.663900147852793, 11.314317808139972, 31.085682191860027)]
    public void DriftForecast_MatchesRRwf(double time, double mean, double lo80, double hi80, double lo95, double hi95)
    {
        var f = new DriftModel().Fit(Yearly).Forecast(time);
        Assert.Equal(mean, f.Mean, 1e-9);
        Assert.Equal(lo80, f.Interval(PredictionLevel.Eighty).Lower, 1e-9);
        Assert.Equal(hi80, f.Interval(PredictionLevel.Eighty).Upper, 1e-9);
        Assert.Equal(lo95, f.Interval(PredictionLevel.NinetyFive).Lower, 1e-9);
        Assert.Equal(hi95, f.Interval(PredictionLevel.NinetyFive).Upper, 1e-9);
    }

    [Fact]
    public void DriftFit_MatchesRLagwalk()
    {
        // R: fd$model$par$drift.se = 1.0295630140987, fd$model$sigma2 = 5.3; drift = (17 - 10)/5 = 1.4 per year.
        var fit = new DriftModel().Fit(Yearly);
        var drift = Assert.Single(fit.Parameters);
        Assert.Equal("drift", drift.Name);
        Assert.Equal(1.4, drift.Estimate, 1e-12);
        Assert.Equal(1.0295630140987, drift.StandardError!.Value, 1e-12);
        Assert.Equal(5.3, fit.Sigma2, 1e-12);
        Assert.Equal(4, fit.DegreesOfFreedom);
        Assert.Equal(5, fit.FittedValues.Length);
    }

    // R: fn <- naive(yr, h = 3, level = c(80, 95)); tolerance 1e-9.
    [Theory]
    [InlineData(2024, 13.808962335864889, 20.191037664135109, 12.1197290353604785, 21.880270964639521)]
    [InlineData(2025, 12.487191257336764, 21.512808742663236, 10.0982546137511608, 23.901745386248841)]
    [InlineData(2026, 11.472960636852076, 22.527039363147924, 8.5471227345411727, 25.452877265458827)]
    public void NaiveForecast_MatchesRNaive(double time, double lo80, double hi80, double lo95, double hi95)
    {
        var f = new NaiveModel().Fit(Yearly).Forecast(time);
        Assert.Equal(17, f.Mean, 1e-12);
        Assert.Equal(lo80, f.Interval(PredictionLevel.Eighty).Lower, 1e-9);
        Assert.Equal(hi80, f.Interval(PredictionLevel.Eighty).Upper, 1e-9);
        Assert.Equal(lo95, f.Interval(PredictionLevel.NinetyFive).Lower, 1e-9);
        Assert.Equal(hi95, f.Interval(PredictionLevel.NinetyFive).Upper, 1e-9);
    }

    [Fact]
    public void NaiveFit_Sigma2_MatchesRMeanSquaredChange()
        => Assert.Equal(6.2, new NaiveModel().Fit(Yearly).Sigma2, 1e-12); // R: fn$model$sigma2 = 6.2

    [Fact]
    public void Forecast_Quarterly_MatchesRWithHorizonInSteps()
    {
        // R: yq <- ts(c(5, 6, 5.5, 7, 7.5, 8), start = c(2022, 1), frequency = 4)
        //    naive(yq, h = 2, level = 95); rwf(yq, drift = TRUE, h = 2, level = 95); tolerance 1e-9.
        var s = TimedSeries.Regular([5.0, 6, 5.5, 7, 7.5, 8], 4, 2022);
        var naive = new NaiveModel().Forecast(s, [2023.5, 2023.75]);
        Assert.Equal(6.2469549188468374, naive[0].Interval(PredictionLevel.NinetyFive).Lower, 1e-9);
        Assert.Equal(10.4791801292182463, naive[1].Interval(PredictionLevel.NinetyFive).Upper, 1e-9);
        var drift = new DriftModel().Forecast(s, [2023.5, 2023.75]);
        Assert.Equal(8.6, drift[0].Mean, 1e-9);
        Assert.Equal(7.0077177317893282, drift[0].Interval(PredictionLevel.NinetyFive).Lower, 1e-9);
        Assert.Equal(11.632251340603792, drift[1].Interval(PredictionLevel.NinetyFive).Upper, 1e-9);
    }

    [Fact]
    public void NaiveForecast_IrregularTimes_ScalesEachChangeBySpacing()
    {
        // Changes +2 over 1 year and +1 over 0.25 years: σ² per year = (4/1 + 1/0.25)/2 = 4.
        // One year after the last point: sd = sqrt(4 * 1) = 2.
        var s = new TimedSeries([2020.0, 2021, 2021.25], [10.0, 12, 13]);
        var f = Assert.IsType<NormalForecast>(new NaiveModel().Fit(s).Forecast(2022.25));
        Assert.Equal(13, f.Mean);
        Assert.Equal(2, f.Sigma, 1e-12);
    }

    [Fact]
    public void DriftForecast_TwoPoints_ReferenceVarianceIncludesDriftUncertainty()
    {
        // (2022, 40), (2023, 50): drift 10 per year; reference σ = 0.1 * 45 = 4.5 per √year; T = 1.
        // Two years ahead: var = 4.5² * 2 * (1 + 2/1) = 121.5.
        var fit = new DriftModel().Fit(new TimedSeries([2022.0, 2023], [40.0, 50]));
        var f = Assert.IsType<NormalForecast>(fit.Forecast(2025));
        Assert.True(fit.UsesReferenceVariance);
        Assert.Null(fit.Parameters[0].StandardError);
        Assert.Equal(70, f.Mean, 1e-9);
        Assert.Equal(Math.Sqrt(121.5), f.Sigma, 1e-9);
    }

    [Fact]
    public void NaiveForecast_ConstantSeries_UsesReference()
    {
        // Values all 20: no change to estimate σ from; reference σ = 0.1 * 20 per √year.
        var fit = new NaiveModel().Fit(TimedSeries.Regular([20.0, 20, 20], 1, 2021));
        var f = Assert.IsType<NormalForecast>(fit.Forecast(2025));
        Assert.True(fit.UsesReferenceVariance);
        Assert.Equal(2 * Math.Sqrt(2), f.Sigma, 1e-12);
    }

    [Fact]
    public void NaiveForecast_OnePointAtZero_UsesOneUnitReference()
    {
        // Mean |y| = 0, so the reference σ is 0.1 indicator units per √year.
        var f = Assert.IsType<NormalForecast>(new NaiveModel().Fit(new TimedSeries([2023.0], [0.0])).Forecast(2024));
        Assert.Equal(0.1, f.Sigma, 1e-12);
    }

    [Fact]
    public void DriftForecast_IrregularTimes_MatchesHandDerivation()
    {
        // Times 2020, 2021, 2021.5; values 10, 12, 12.5. Drift b = 2.5 / 1.5 = 5/3 per year.
        // Residual changes: 2 − 5/3 = 1/3 over 1 year, 0.5 − 5/6 = −1/3 over 0.5 years;
        // σ² per year = ((1/9)/1 + (1/9)/0.5) / (2 − 1) = 1/3; Var(b) = σ²/T = (1/3)/1.5 = 2/9.
        // One year ahead: mean 12.5 + 5/3, variance 1/3 · 1 + 1² · 2/9 = 5/9.
        var fit = new DriftModel().Fit(new TimedSeries([2020, 2021, 2021.5], [10.0, 12, 12.5]));
        var f = Assert.IsType<NormalForecast>(fit.Forecast(2022.5));
        Assert.Equal(12.5 + (5.0 / 3), f.Mean, 1e-12);
        Assert.Equal(Math.Sqrt(5.0 / 9), f.Sigma, 1e-12);
        Assert.Equal(Math.Sqrt(2.0 / 9), fit.Parameters[0].StandardError!.Value, 1e-12);
    }

    // R: Arima(yr, order = c(0, 1, 0)) and Arima(yr, order = c(0, 1, 0), include.drift = TRUE): $loglik, $aicc;
    //    the quarterly series yq as in Forecast_Quarterly_MatchesRWithHorizonInSteps. Tolerance 1e-9.
    [Theory]
    [InlineData("naive", 1, -11.656065896149450, 26.645465125632231)]
    [InlineData("drift", 1, -10.7061008391290873, 31.4122016782581746)]
    [InlineData("naive", 4, -6.5368337877389155, 16.4070009088111632)]
    public void LogLikelihoodAndAicc_MatchRArima010(string name, int frequency, double logLik, double aicc)
    {
        var series = frequency == 1 ? Yearly : TimedSeries.Regular([5.0, 6, 5.5, 7, 7.5, 8], 4, 2022);
        ForecastModel model = name == "naive" ? new NaiveModel() : new DriftModel();
        var fit = model.Fit(series);
        Assert.Equal(logLik, fit.LogLikelihood!.Value, 1e-9);
        Assert.Equal(aicc, fit.Aicc!.Value, 1e-9);
    }
}
