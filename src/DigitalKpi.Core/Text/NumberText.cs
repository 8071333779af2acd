using System.Globalization;

namespace DigitalKpi.Core.Text;

/// <summary>
/// Numbers written for readers, in their culture: vi-VN writes 50.350 and 104,9%; English writes
/// 50,350 and 104.9%. Used by explanations and reports; data files use invariant text instead.
/// </summary>
/// <remarks>
/// Digits, decimal and group separators come from the culture's <see cref="NumberFormatInfo"/> (the
/// .NET "N" format); the percent sign follows the number without a space, as Vietnamese and English
/// reports write it. A value that rounds to zero is written without a minus sign. Thread-safe.
/// </remarks>
public static class NumberText
{
    /// <summary>The most decimals accepted.</summary>
    public const int MaxDecimals = 10;

    /// <summary>A number with group separators and a fixed number of decimals.</summary>
    /// <param name="value">The number, finite.</param>
    /// <param name="culture">The reader's culture; null means the invariant culture (50,350.5).</param>
    /// <param name="decimals">Decimals to show, 0 to <see cref="MaxDecimals"/>; the value is rounded half away from zero.</param>
    /// <returns>E.g. 50350 → "50.350" in vi-VN, "50,350" in en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    public static string Number(double value, CultureInfo? culture, int decimals = 0)
    {
        Utility.Guard.Finite(value);
        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"decimals must be from 0 to {MaxDecimals}; received {decimals}.");
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // drops the sign of -0 so -0.04 is written "0.0", not "-0.0"
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture ?? CultureInfo.InvariantCulture);
    }

    /// <summary>A percentage: the number followed by "%".</summary>
    /// <param name="value">The percentage (104.9 means 104.9%), finite.</param>
    /// <param name="culture">The reader's culture; null means the invariant culture.</param>
    /// <param name="decimals">Decimals to show, 0 to <see cref="MaxDecimals"/>.</param>
    /// <returns>E.g. 104.9 → "104,9%" in vi-VN, "104.9%" in en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    public static string Percent(double value, CultureInfo? culture, int decimals = 1) => Number(value, culture, decimals) + "%";

    /// <summary>A difference of two percentages, in percentage points: "2,5 điểm phần trăm" in Vietnamese, "2.5 percentage points" otherwise.</summary>
    /// <param name="value">The difference in percentage points, finite.</param>
    /// <param name="culture">The reader's culture: Vietnamese words for language <c>vi</c>, English otherwise; null means invariant.</param>
    /// <param name="decimals">Decimals to show, 0 to <see cref="MaxDecimals"/>.</param>
    /// <returns>The text; English uses "percentage point" when the number shown is 1 or −1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    public static string PercentagePoints(double value, CultureInfo? culture, int decimals = 1)
    {
        var number = Number(value, culture, decimals);
        if (Localization.LocalizedText.IsVietnamese(culture))
        {
            return number + " điểm phần trăm";
        }

        return Math.Abs(Math.Round(value, decimals, MidpointRounding.AwayFromZero)) == 1
            ? number + " percentage point"
            : number + " percentage points";
    }
}
