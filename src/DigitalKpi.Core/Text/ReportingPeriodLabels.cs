using System.Globalization;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Periods;
using NodaTime;

namespace DigitalKpi.Core.Text;

/// <summary>
/// Labels of reporting periods as programme reports write them, in Vietnamese ("Năm 2024",
/// "6 tháng đầu năm 2024", "Quý I/2024", "Tháng 6/2024") and English ("2024", "H1 2024", "Q3 2024",
/// "June 2024"). For the culture-invariant workbook form use <see cref="ReportingPeriod.ToString"/>.
/// </summary>
/// <remarks>
/// Vietnamese forms follow the usage of Vietnamese government reports (e.g. "Báo cáo 6 tháng đầu năm",
/// quarters in Roman numerals "Quý I/2024", dates dd/MM/yyyy). English forms follow common
/// report usage ("H1 2024", "Q3 2024"). Thread-safe.
/// </remarks>
public static class ReportingPeriodLabels
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] EnglishMonthsShort =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The label in the reader's language: Vietnamese for a culture whose language is <c>vi</c> (vi, vi-VN), English otherwise.</summary>
    /// <param name="period">The period.</param>
    /// <param name="culture">The reader's culture; null means English.</param>
    /// <returns>The label, e.g. "Quý III/2024" or "Q3 2024".</returns>
    public static string Format(ReportingPeriod period, CultureInfo? culture)
        => LocalizedText.IsVietnamese(culture) ? Vietnamese(period) : English(period);

    /// <summary>
    /// The Vietnamese label: "Năm 2024"; "6 tháng đầu năm 2024" (H1) and "6 tháng cuối năm 2024" (H2);
    /// "Quý I/2024" … "Quý IV/2024"; "Tháng 6/2024"; a custom interval as "01/01/2024–31/03/2024"
    /// (dd/MM/yyyy joined by an en dash).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The label.</returns>
    public static string Vietnamese(ReportingPeriod period)
    {
        var year = period.CalendarYear.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            ReportingPeriodKind.Year => $"Năm {year}",
            ReportingPeriodKind.Half => period.NumberInYear == 1 ? $"6 tháng đầu năm {year}" : $"6 tháng cuối năm {year}",
            ReportingPeriodKind.Quarter => $"Quý {Roman[period.NumberInYear - 1]}/{year}",
            ReportingPeriodKind.Month => $"Tháng {period.NumberInYear.ToString(CultureInfo.InvariantCulture)}/{year}",
            _ => $"{VietnameseDate(period.Start)}\u2013{VietnameseDate(period.End)}",
        };
    }

    /// <summary>
    /// The English label: "2024"; "H1 2024"; "Q3 2024"; "June 2024"; a custom interval as
    /// "1 Jan 2024 – 31 Mar 2024" (an en dash between spaces).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The label.</returns>
    public static string English(ReportingPeriod period)
    {
        var year = period.CalendarYear.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            ReportingPeriodKind.Year => year,
            ReportingPeriodKind.Half => $"H{period.NumberInYear.ToString(CultureInfo.InvariantCulture)} {year}",
            ReportingPeriodKind.Quarter => $"Q{period.NumberInYear.ToString(CultureInfo.InvariantCulture)} {year}",
            ReportingPeriodKind.Month => $"{EnglishMonths[period.NumberInYear - 1]} {year}",
            _ => $"{EnglishDate(period.Start)} \u2013 {EnglishDate(period.End)}",
        };
    }

    /// <summary>Both labels as a <see cref="LocalizedText"/>, for explanations.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The Vietnamese and English labels.</returns>
    public static LocalizedText ToLocalizedText(ReportingPeriod period) => new(Vietnamese(period), English(period));

    private static string VietnameseDate(LocalDate d)
        => string.Create(CultureInfo.InvariantCulture, $"{d.Day:D2}/{d.Month:D2}/{d.Year:D4}");

    private static string EnglishDate(LocalDate d)
        => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {EnglishMonthsShort[d.Month - 1]} {d.Year}");
}
