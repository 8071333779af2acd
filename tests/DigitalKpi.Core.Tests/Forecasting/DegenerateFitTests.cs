using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>
/// Inputs every check accepts one by one but whose estimates leave the range of double: the user gets the documented
/// exception naming the argument they passed (ForecastException on series for a fit), never an internal parameter's
/// error or an infinite number.
/// </summary>
public class DegenerateFitTests
{
    // Bounds each finite whose width is not: the back-transform scales by U − L, so they are refused at once, naming
    // the bound (before: the constructor accepted them, BoundMargin was +Infinity and Fit threw Math.Clamp's
    // ArgumentException with no parameter name).
    [Fact]
    public void SaturatingTrendModel_WidthBeyondDouble_ThrowsNamingUpper()
    {
        Assert.True(double.IsPositiveInfinity(1e308 - -1e308));
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => new SaturatingTrendModel(-1e308, 1e308)).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => ScaleTransform.Logit(-1e308, 1e308)).ParamName);
    }

    // Bounds ±1e307 (width 2e307, finite): the margin is 0.5% of the width and the forecast's standard deviation is
    // finite (before: deviations of order 1e307 were squared, and it was +Infinity). Values 1, 2, 4 sit at the centre,
    // where the logit rounds to 0, so the line is flat at logit 0 with the reference spread: the forecast is
    // L + W·sigmoid(Z), Z normal, whose standard deviation W·sd(sigmoid(Z)) is computed here by the trapezoid rule.
    [Fact]
    public void SaturatingTrendModel_WideFiniteBounds_ForecastsAFiniteSpread()
    {
        var model = new SaturatingTrendModel(-1e307, 1e307);
        Assert.Equal(1e305, model.BoundMargin, 1e305 * 1e-12);

        var forecast = Assert.IsType<TransformedForecast>(model.Fit(TimedSeries.Regular([1.0, 2.0, 4.0])).Forecast(5));
        var z = Assert.IsType<NormalForecast>(forecast.ModelScale);
        const int steps = 200_000;
        var a = z.Mean - (40 * z.Sigma);
        var h = 80 * z.Sigma / steps;
        double m1 = 0, m2 = 0;
        for (var i = 0; i <= steps; i++)
        {
            var x = a + (i * h);
            var w = (i == 0 || i == steps ? 0.5 : 1) * h * Math.Exp(-0.5 * Math.Pow((x - z.Mean) / z.Sigma, 2)) / (z.Sigma * Math.Sqrt(2 * Math.PI));
            var g = 1 / (1 + Math.Exp(-x));
            m1 += w * g;
            m2 += w * g * g;
        }

        var expected = 2e307 * Math.Sqrt(m2 - (m1 * m1));
        Assert.True(double.IsFinite(expected) && expected > 0);
        Assert.Equal(expected, forecast.StandardDeviation!.Value, expected * 1e-6);
    }

    // One change of 1e30 over 1e-250 years: its variance per year, (1e30)² / 1e-250, is beyond double (before: an
    // ArgumentOutOfRangeException about an internal "sigma2").
    [Fact]
    public void NaiveModel_ChangeTooFastForDouble_ThrowsForecastExceptionOnSeries()
    {
        Assert.True(double.IsPositiveInfinity(1e30 * 1e30 / 1e-250));
        var series = new TimedSeries([0, 1e-250], [0, 1e30]);
        var e = Assert.Throws<ForecastException>(() => new NaiveModel().Fit(series));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("too close together", e.Message, StringComparison.Ordinal);
    }

    // Two equal values of 1e100 at times 1e300 years apart: the reference variance per year, (0.1·1e100)², times that
    // step is beyond double (before: an ArgumentOutOfRangeException about an internal "sigma2").
    [Fact]
    public void NaiveModel_StepTooLongForDouble_ThrowsForecastExceptionOnSeries()
    {
        Assert.True(double.IsPositiveInfinity(1e99 * 1e99 * 1e300));
        var series = new TimedSeries([0, 1e300], [1e100, 1e100]);
        var e = Assert.Throws<ForecastException>(() => new NaiveModel().Fit(series));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("too far apart", e.Message, StringComparison.Ordinal);
    }

    // A rise of 1 over 1e-310 years (a subnormal span): the drift 1 / 1e-310 is beyond double, for the drift model and
    // for the auto model, which fits it to two points (before: an ArgumentOutOfRangeException about an internal "estimate").
    [Fact]
    public void DriftAndAuto_DriftBeyondDouble_ThrowForecastExceptionOnSeries()
    {
        Assert.True(double.IsPositiveInfinity(1 / 1e-310));
        var series = new TimedSeries([0, 1e-310], [0, 1]);
        foreach (var model in new ForecastModel[] { new DriftModel(), AutoModel.Default })
        {
            var e = Assert.Throws<ForecastException>(() => model.Fit(series));
            Assert.Equal("series", e.ParamName);
            Assert.Contains("too close together", e.Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> TrendModels => ["linear", "log-linear", "saturating"];

    // Times 1e-200 years apart: their squared deviations (1e-400) vanish and the slope is infinite. Fit refuses it with a
    // ForecastException on series, TrendForecaster.Project with its documented ForecastException on times (before: an
    // ArgumentOutOfRangeException about an internal "forecast centre").
    [Theory]
    [MemberData(nameof(TrendModels))]
    public void TrendModels_TimesTooCloseForTheSlope_ThrowForecastException(string name)
    {
        Assert.Equal(0, 1e-200 * 1e-200);
        ForecastModel model = name switch
        {
            "linear" => new LinearTrendModel(),
            "log-linear" => new LogLinearTrendModel(),
            _ => new SaturatingTrendModel(0, 100),
        };
        double[] times = [0, 1e-200, 2e-200];
        double[] values = [1, 2, 4];

        var fit = Assert.Throws<ForecastException>(() => model.Fit(new TimedSeries(times, values)));
        Assert.Equal("series", fit.ParamName);
        Assert.Contains("too close together", fit.Message, StringComparison.Ordinal);
        var project = Assert.Throws<ForecastException>(() => TrendForecaster.Project(model, times, values, 1));
        Assert.Equal("times", project.ParamName);
        Assert.Contains("too close together", project.Message, StringComparison.Ordinal);
    }

    // Times around year 1e160, 1e150 apart: the line near the data is fine, but the intercept's standard error at time 0
    // needs 1e160² = 1e320, beyond double (before: an ArgumentOutOfRangeException about an internal "standardError").
    [Fact]
    public void LinearTrend_TimesTooFarFromZeroForTheIntercept_ThrowsForecastExceptionOnSeries()
    {
        Assert.True(double.IsPositiveInfinity(1e160 * 1e160));
        var series = new TimedSeries([1e160, 1e160 + 1e150, 1e160 + 2e150], [1.0, 2.0, 4.0]);
        var e = Assert.Throws<ForecastException>(() => new LinearTrendModel().Fit(series));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("intercept", e.Message, StringComparison.Ordinal);
    }
}
