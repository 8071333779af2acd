using System.Globalization;
using System.Runtime.CompilerServices;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Preconditions on the items of a span or sequence, in the words of <see cref="Guard"/> but naming the item by its
/// index (<c>weights[2]</c>), and on the spans themselves.
/// </summary>
internal static class ItemGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> (naming the second span) unless both spans are non-empty and of the same length.</summary>
    public static void PairedNonEmpty(
        ReadOnlySpan<double> first,
        ReadOnlySpan<double> second,
        [CallerArgumentExpression(nameof(first))] string? firstName = null,
        [CallerArgumentExpression(nameof(second))] string? secondName = null)
    {
        if (first.IsEmpty || first.Length != second.Length)
        {
            throw new ArgumentException(
                $"{firstName} and {secondName} must be non-empty and of the same length; received {first.Length} {firstName} and {second.Length} {secondName}.",
                secondName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless item <paramref name="index"/> of <paramref name="name"/> is a finite number.</summary>
    public static double Finite(double value, int index, string name)
        => double.IsFinite(value) ? value : throw Invalid(value, index, name, "a finite number");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless item <paramref name="index"/> of <paramref name="name"/> is finite and at least zero.</summary>
    public static double NonNegative(double value, int index, string name)
        => double.IsFinite(value) && value >= 0 ? value : throw Invalid(value, index, name, "a finite number of at least 0");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless item <paramref name="index"/> of <paramref name="name"/> is finite and greater than zero.</summary>
    public static double Positive(double value, int index, string name)
        => double.IsFinite(value) && value > 0 ? value : throw Invalid(value, index, name, "a finite number greater than 0");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="total"/>, the sum of the items of <paramref name="name"/>, is finite and greater than zero.</summary>
    public static double PositiveTotal(double total, string name)
        => double.IsFinite(total) && total > 0
            ? total
            : throw new ArgumentOutOfRangeException(name, total, $"{name} must add up to a finite total greater than 0; received a total of {Format(total)}.");

    /// <summary>Throws <see cref="ArgumentNullException"/> when item <paramref name="index"/> of the sequence <paramref name="name"/> is null.</summary>
    public static T NotNull<T>(T? item, int index, string name)
        where T : class
        => item ?? throw new ArgumentNullException(name, $"{name}[{index}] is null.");

    private static ArgumentOutOfRangeException Invalid(double value, int index, string name, string rule)
        => new(name, value, $"{name}[{index}] must be {rule}; received {Format(value)}.");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
