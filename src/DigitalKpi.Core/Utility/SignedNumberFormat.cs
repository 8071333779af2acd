using System.Globalization;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Formats a change with an explicit sign ("+25", "-3.5"), for the change types of the calculators.
/// </summary>
internal static class SignedNumberFormat
{
    /// <summary>
    /// Formats <paramref name="value"/> as its sign (the provider's positive or negative sign; none for zero)
    /// followed by its magnitude in <paramref name="format"/>, or in <paramref name="defaultFormat"/> when
    /// <paramref name="format"/> is null or empty. The invariant culture is used when <paramref name="provider"/> is null.
    /// </summary>
    public static string Format(double value, string? format, IFormatProvider? provider, string defaultFormat)
    {
        provider ??= CultureInfo.InvariantCulture;
        var numbers = NumberFormatInfo.GetInstance(provider);
        var magnitude = Math.Abs(value).ToString(string.IsNullOrEmpty(format) ? defaultFormat : format, provider);
        var sign = value > 0 ? numbers.PositiveSign : value < 0 ? numbers.NegativeSign : string.Empty;
        return sign + magnitude;
    }
}
