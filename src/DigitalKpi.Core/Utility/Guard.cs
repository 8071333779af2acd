using System.Runtime.CompilerServices;
using NodaTime;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Preconditions checked once at every public entry. Each message states the rule, the value
/// received and what is needed, and names the parameter through <see cref="CallerArgumentExpressionAttribute"/>.
/// </summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is a finite number.</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number; received {Format(value)}.");
        }

        return value;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="date"/> (when given) is in the ISO calendar: a workbook
    /// writes dates as ISO yyyy-MM-dd, so a Julian 10 July 2024 would read back as the ISO 10 July, 13 days off; and
    /// <see cref="ArgumentOutOfRangeException"/> unless its year is within the years reporting periods allow (1 to 9999),
    /// which is also what the four-digit yyyy of the workbook can write.
    /// </summary>
    public static LocalDate? IsoDate(LocalDate? date, [CallerArgumentExpression(nameof(date))] string? name = null)
    {
        if (date is { } d && d.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{name} must be a date in the ISO calendar; received a date in the {d.Calendar.Id} calendar.", name);
        }

        if (date is { } y && (y.Year < Periods.ReportingPeriod.MinYear || y.Year > Periods.ReportingPeriod.MaxYear))
        {
            throw new ArgumentOutOfRangeException(name, date, $"{name} must be in a year from {Periods.ReportingPeriod.MinYear} to {Periods.ReportingPeriod.MaxYear}, as reporting periods are; received year {y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return date;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and greater than zero.</summary>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0; received {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and at least zero.</summary>
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of at least 0; received {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{Format(min)}, {Format(max)}]; received {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is at least <paramref name="min"/>.</summary>
    public static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {min}; received {value}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is null, empty or white space.</summary>
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be a non-empty text; received {(value is null ? "null" : $"\"{value}\"")}.", name);
        }

        return value;
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
