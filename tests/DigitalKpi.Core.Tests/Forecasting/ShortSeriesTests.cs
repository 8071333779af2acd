using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>Every model with 1, 2 and 3 points: a forecast whose intervals are nested and never of zero width.</summary>
public class ShortSeriesTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var model in new[] { "naive", "drift", "linear", "log-linear", "saturating" })
        {
            foreach (var n in new[] { 1, 2, 3 })
            {
                data.Add(model, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forecast_ShortSeries_NestedPositiveWidthIntervalsThatWidenWithHorizon(string name, int n)
    {
        ForecastModel model = name switch
        {
            "naive" => new NaiveModel(),
            "drift" => new DriftModel(),
            "linear" => new LinearTrendModel(),
            "log-linear" => new LogLinearTrendModel(),
            _ => new SaturatingTrendModel(0, 100),
        };
        double[] values = [42, 47, 55];
        double[] times = [2021, 2022, 2023];
        var series = new TimedSeries(times.AsSpan(0, n), values.AsSpan(0, n));

        var fit = model.Fit(series);
        var forecasts = fit.Forecast([2023.5, 2024, 2026, 2030]);
        Assert.Equal(n, fit.N);
        double previousWidth = 0;
        foreach (var f in forecasts)
        {
            var i80 = f.Interval(PredictionLevel.Eighty);
            var i95 = f.Interval(PredictionLevel.NinetyFive);
            Assert.True(i80.Width > 0, $"80% interval of zero width at {f.Time}");
            Assert.True(i95.Lower < i80.Lower && i80.Upper < i95.Upper, $"80% not inside 95% at {f.Time}");
            Assert.True(i95.Width > previousWidth, $"95% interval does not widen at {f.Time}");
            Assert.True(double.IsFinite(f.Mean) && double.IsFinite(f.Median));
            previousWidth = i95.Width;
        }
    }
}
