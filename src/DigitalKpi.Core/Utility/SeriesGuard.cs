using System.Globalization;

namespace DigitalKpi.Core.Utility;

/// <summary>Checks shared by every entry that takes a series as two spans of times (years) and values.</summary>
internal static class SeriesGuard
{
    /// <summary>Throws unless the spans have the same length, every number is finite and the times strictly increase.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a time does not follow the one before it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time or a value is not finite.</exception>
    public static void FiniteAndIncreasing(ReadOnlySpan<double> times, ReadOnlySpan<double> values)
    {
        if (times.Length != values.Length)
        {
            throw new ArgumentException(
                $"times and values must have the same length; received {times.Length} times and {values.Length} values.",
                nameof(values));
        }

        for (var i = 0; i < times.Length; i++)
        {
            if (!double.IsFinite(times[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(times), times[i], $"times[{i}] must be finite.");
            }

            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"values[{i}] must be finite.");
            }

            if (i > 0 && times[i] <= times[i - 1])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"times must be strictly increasing; times[{i}] = {times[i]:R} follows times[{i - 1}] = {times[i - 1]:R}."),
                    nameof(times));
            }
        }
    }
}
