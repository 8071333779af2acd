using System.Globalization;

namespace DigitalKpi.Core.Localization;

/// <summary>
/// A text in Vietnamese and English — a name of an indicator or scope, or an explanation of a
/// status. At least one language is present; the other falls back to it.
/// </summary>
/// <remarks>
/// <para>A blank text (null, empty or white space) counts as absent and is stored as null.</para>
/// <para>Equality is ordinal on both texts. Immutable and thread-safe.</para>
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a text from its Vietnamese and English versions.</summary>
    /// <param name="vi">The Vietnamese text, or null/blank when absent.</param>
    /// <param name="en">The English text, or null/blank when absent.</param>
    /// <exception cref="ArgumentException">Both texts are null or blank.</exception>
    public LocalizedText(string? vi, string? en)
    {
        Vi = string.IsNullOrWhiteSpace(vi) ? null : vi;
        En = string.IsNullOrWhiteSpace(en) ? null : en;
        if (Vi is null && En is null)
        {
            throw new ArgumentException(
                $"A localized text needs a non-blank Vietnamese (vi) or English (en) version; received vi {Show(vi)} and en {Show(en)}.",
                nameof(vi));
        }
    }

    /// <summary>The Vietnamese text, or null when only English was given.</summary>
    public string? Vi { get; }

    /// <summary>The English text, or null when only Vietnamese was given.</summary>
    public string? En { get; }

    /// <summary>The text for <paramref name="culture"/>: Vietnamese for any culture whose language is <c>vi</c> (vi, vi-VN), English otherwise; the other version when the preferred one is absent.</summary>
    /// <param name="culture">The reader's culture; null means the invariant culture (English).</param>
    /// <returns>A non-blank text.</returns>
    public string Get(CultureInfo? culture)
        => IsVietnamese(culture) ? Vi ?? En! : En ?? Vi!;

    /// <summary>The English text, or the Vietnamese one when English is absent.</summary>
    /// <returns>A non-blank text.</returns>
    public override string ToString() => En ?? Vi!;

    /// <summary>Whether both versions are equal (ordinal).</summary>
    /// <param name="other">The other text.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(LocalizedText? other)
        => other is not null && string.Equals(Vi, other.Vi, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Vi is null ? 0 : StringComparer.Ordinal.GetHashCode(Vi), En is null ? 0 : StringComparer.Ordinal.GetHashCode(En));

    /// <summary>Whether the culture's language is Vietnamese.</summary>
    internal static bool IsVietnamese(CultureInfo? culture)
        => culture is not null && string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase);

    private static string Show(string? s) => s is null ? "null" : $"\"{s}\"";
}
