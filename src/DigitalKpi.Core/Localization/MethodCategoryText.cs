using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Localization;

/// <summary>
/// Vietnamese and English names of the published methods' categories (<see cref="MethodVerdict.CategoryKey"/>), for
/// explanations and reports. English is the source's own wording; Vietnamese is a faithful translation.
/// </summary>
/// <remarks>
/// <para>This is the library's only vocabulary of category names: assessment explanations use it too. The Vietnamese keeps one
/// word per concept across methods, as in Vietnamese progress reports: target → <i>chỉ tiêu</i>, goal or objective →
/// <i>mục tiêu</i>, on track → <i>đúng tiến độ</i>, behind → <i>chậm tiến độ</i>, progress → <i>tiến bộ</i>,
/// deterioration → <i>xấu đi</i>, acceleration needed → <i>cần tăng tốc</i>.</para>
/// <para>Cultures other than Vietnamese (<c>vi</c>, <c>vi-VN</c>) get English. Keys are stable across versions; user-defined
/// threshold rules use their label as key and have no entry (see <see cref="GetOrLabel"/>). Thread-safe.</para>
/// </remarks>
public static class MethodCategoryText
{
    private static readonly ResourceManager Resources = new("DigitalKpi.Core.Localization.MethodCategoryText", typeof(MethodCategoryText).Assembly);

    /// <summary>Looks up the text of a category key.</summary>
    /// <param name="categoryKey">A key such as <c>eurostat.moderate</c>.</param>
    /// <param name="culture">The culture of the text; Vietnamese or (fallback) English.</param>
    /// <param name="text">The text when found; otherwise null.</param>
    /// <returns>True when the key is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryKey"/> or <paramref name="culture"/> is null.</exception>
    public static bool TryGet(string categoryKey, CultureInfo culture, out string? text)
    {
        Guard.NotNull(categoryKey);
        Guard.NotNull(culture);
        text = Resources.GetString(categoryKey, culture);
        return text is not null;
    }

    /// <summary>The text of a category key.</summary>
    /// <param name="categoryKey">A key produced by one of the library's methods.</param>
    /// <param name="culture">The culture of the text.</param>
    /// <returns>The localized category name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryKey"/> or <paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="categoryKey"/> is not a known key.</exception>
    public static string Get(string categoryKey, CultureInfo culture)
        => TryGet(categoryKey, culture, out var text)
            ? text!
            : throw new ArgumentException($"categoryKey must be a key produced by a library method, e.g. \"eurostat.moderate\"; received \"{categoryKey}\".", nameof(categoryKey));

    /// <summary>The localized category of a verdict, or the verdict's own label when its key has no entry (user-defined rules).</summary>
    /// <param name="verdict">A method's verdict.</param>
    /// <param name="culture">The culture of the text.</param>
    /// <returns>The text to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> or <paramref name="culture"/> is null.</exception>
    public static string GetOrLabel(MethodVerdict verdict, CultureInfo culture)
    {
        Guard.NotNull(verdict);
        return TryGet(verdict.CategoryKey, culture, out var text) ? text! : verdict.Category;
    }

    /// <summary>Every key with its text in <paramref name="culture"/>, as <see cref="Get"/> gives it; for callers that name
    /// many verdicts, who build it once instead of looking each one up.</summary>
    internal static FrozenDictionary<string, string> All(CultureInfo culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!)
        {
            var key = (string)entry.Key;
            texts[key] = Get(key, culture);
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
