using System.Collections.Immutable;
using System.Globalization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.TimeSeries;

/// <summary>
/// The numbers a forecasting model is fitted to: values at strictly increasing times on a
/// continuous axis measured in years, with the seasonal period when the spacing is regular.
/// </summary>
/// <remarks>
/// <para>Time unit: years as a real number; <c>2024.0</c> is the start of 1 January 2024, so the end of
/// the year 2023 is <c>2024.0</c> and the end of the first half of 2024 is <c>2024 + 182/366</c>.
/// A value that describes a period is placed at the end of that period.</para>
/// <para>Instances are immutable and safe to share between threads. The constructor copies its inputs.</para>
/// </remarks>
public sealed class TimedSeries
{
    /// <summary>Relative tolerance on the spacing within which a series counts as regular.</summary>
    private const double RegularTolerance = 1e-3;

    private readonly double[] times;
    private readonly double[] values;

    /// <summary>Creates a series from times in years and the values observed at those times.</summary>
    /// <param name="times">Times in years, finite and strictly increasing; same length as <paramref name="values"/>.</param>
    /// <param name="values">Observed values, finite, in the indicator's unit.</param>
    /// <param name="seasonalPeriod">Observations per seasonal cycle: 1 for none (yearly or irregular data), 4 for quarterly, 12 for monthly; at least 1.</param>
    /// <exception cref="ArgumentException">The lengths differ, or the times are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time or value is not finite, or <paramref name="seasonalPeriod"/> is below 1.</exception>
    public TimedSeries(ReadOnlySpan<double> times, ReadOnlySpan<double> values, int seasonalPeriod = 1)
    {
        SeriesGuard.FiniteAndIncreasing(times, values);
        Guard.AtLeast(seasonalPeriod, 1);

        this.times = times.ToArray();
        this.values = values.ToArray();
        SeasonalPeriod = seasonalPeriod;
        IsRegular = ComputeIsRegular(this.times);
    }

    /// <summary>Creates a regular series of <paramref name="values"/> starting at <paramref name="start"/> years, one value every 1/<paramref name="frequency"/> years.</summary>
    /// <param name="values">Observed values, finite.</param>
    /// <param name="frequency">Observations per year: 1 yearly, 2 half-yearly, 4 quarterly, 12 monthly; at least 1. Also used as the seasonal period.</param>
    /// <param name="start">Time of the first value in years.</param>
    /// <returns>A regular series whose seasonal period is <paramref name="frequency"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value or <paramref name="start"/> is not finite, <paramref name="frequency"/> is below 1,
    /// or <paramref name="start"/> is so large in magnitude that a step of 1/<paramref name="frequency"/> years vanishes in rounding and two times coincide.</exception>
    public static TimedSeries Regular(ReadOnlySpan<double> values, int frequency = 1, double start = 0)
    {
        Guard.AtLeast(frequency, 1);
        Guard.Finite(start);
        var t = new double[values.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = start + (double)i / frequency;
            if (i > 0 && !(t[i] > t[i - 1]))
            {
                // Near ±1e16 a double's spacing exceeds a year: start + i/frequency rounds back to the time before.
                throw new ArgumentOutOfRangeException(
                    nameof(start),
                    start,
                    string.Create(CultureInfo.InvariantCulture, $"A regular series starting at {start:R} years cannot step by 1/{frequency} year: at that magnitude the step vanishes in rounding and times {i - 1} and {i} are both {t[i]:R}. Use a start in years, such as 2020."));
            }
        }

        return new TimedSeries(t, values, frequency);
    }

    /// <summary>Number of observations (0 or more).</summary>
    public int Count => values.Length;

    /// <summary>Times in years, strictly increasing.</summary>
    public ReadOnlySpan<double> Times => times;

    /// <summary>Observed values, in the order of <see cref="Times"/>.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Observations per seasonal cycle (1 when the series has no seasonality).</summary>
    public int SeasonalPeriod { get; }

    /// <summary>
    /// True when consecutive times are equally spaced (within 0.1% of the first step); a series of
    /// 0, 1 or 2 points is regular. Methods that need a regular grid (exponential smoothing, Theta)
    /// refuse irregular series.
    /// </summary>
    public bool IsRegular { get; }

    /// <summary>The spacing between consecutive times in years, or 0 when the series has fewer than 2 points.</summary>
    public double Step => times.Length < 2 ? 0 : times[1] - times[0];

    /// <summary>Time of the last observation in years.</summary>
    /// <exception cref="InvalidOperationException">The series is empty.</exception>
    public double LastTime => times.Length > 0 ? times[^1] : throw new InvalidOperationException("The series is empty.");

    /// <summary>Copies the values into an immutable array.</summary>
    /// <returns>The values in time order.</returns>
    public ImmutableArray<double> ToImmutableValues() => ImmutableArray.Create(values);

    private static bool ComputeIsRegular(double[] t)
    {
        if (t.Length < 3)
        {
            return true;
        }

        var step = t[1] - t[0];
        for (var i = 2; i < t.Length; i++)
        {
            if (Math.Abs(t[i] - t[i - 1] - step) > RegularTolerance * step)
            {
                return false;
            }
        }

        return true;
    }
}
