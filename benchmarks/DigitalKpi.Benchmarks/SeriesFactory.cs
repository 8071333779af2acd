using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Benchmarks;

/// <summary>Deterministic synthetic programme series: a share in percent rising with noise, monthly from 2024.</summary>
public static class SeriesFactory
{
    public static (double[] Times, double[] Values) Monthly(int length, int seed)
    {
        var random = new Random(seed);
        var times = new double[length];
        var values = new double[length];
        var level = 20 + (40 * random.NextDouble());
        var slope = 0.2 + (1.5 * random.NextDouble());
        for (var i = 0; i < length; i++)
        {
            times[i] = 2024 + (i / 12.0);
            values[i] = Math.Clamp(level + (slope * i) + (4 * (random.NextDouble() - 0.5)), 1, 99);
        }

        return (times, values);
    }

    public static TimedSeries MonthlySeries(int length, int seed)
    {
        var (times, values) = Monthly(length, seed);
        return new TimedSeries(times, values, 12);
    }
}
