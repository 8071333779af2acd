using System.Globalization;
using System.Resources;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Localization;

/// <summary>
/// One sentence, in Vietnamese or English, that states the numbers behind a method's verdict and its category, e.g.
/// "Observed rate 7.7% a year against 8.1% a year needed (ratio 0.95): Moderate progress towards the EU target."
/// A building block for an assessment's explanation.
/// </summary>
/// <remarks>
/// The sentence follows the method's family (by <see cref="MethodVerdict.Method"/>): rate ratio (Eurostat, StatCan, UNSD 2022),
/// projection (UNSD 2023), shortfall (Destatis), linear ratio (SDSN), schedule (Viva Goals, Engagedly), attainment
/// (ClearPoint), progress (ServiceNow, Google OKR), score (Spider Impact); when a number it needs is absent (e.g. not assessable),
/// only the category is given. Numbers are formatted with the culture passed to
/// <see cref="Describe(MethodVerdict, CultureInfo)"/>: vi-VN writes a decimal comma. Thread-safe.
/// </remarks>
public static class MethodExplanation
{
    private static readonly ResourceManager Templates = new("DigitalKpi.Core.Localization.MethodExplanationText", typeof(MethodExplanation).Assembly);

    /// <summary>Builds the sentence for a verdict.</summary>
    /// <param name="verdict">A method's verdict.</param>
    /// <param name="culture">Language and number format of the sentence: Vietnamese for <c>vi</c> cultures, otherwise English.</param>
    /// <returns>The sentence, ending with the localized category and a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> or <paramref name="culture"/> is null.</exception>
    public static string Describe(MethodVerdict verdict, CultureInfo culture)
    {
        Guard.NotNull(verdict);
        Guard.NotNull(culture);
        var category = MethodCategoryText.GetOrLabel(verdict, culture);
        string Percent(double x) => x.ToString("0.#%", culture);
        string Number(double x) => x.ToString("#,##0.###", culture);
        string Format(string key, params object[] args) => string.Format(culture, Templates.GetString(key, culture)!, args);

        var method = verdict.Method;
        return method switch
        {
            "eurostat" or "statcan" or "unsd-2022" or "unsd-2022-aarrr" or "unsd-2022-cagrr-aarrr"
                when verdict is { ActualRate: { } a, RequiredRate: { } r, Ratio: { } q } => Format("rate", Percent(a), Percent(r), Number(q), category),
            "unsd-2023" when verdict is { ActualRate: { } a, ProjectedValue: { } y, Ratio: { } p } => Format("projection", Percent(a), Number(y), Percent(p), category),
            "destatis" when verdict is { ProjectedValue: { } y, Shortfall: { } s } => Format("shortfall", Number(y), Percent(s), category),
            "sdsn" when verdict is { Ratio: { } q } => Format("linear", Percent(q), category),
            "viva-goals" or "engagedly" when verdict is { ActualProgress: { } a, ExpectedProgress: { } e } => Format("schedule", Percent(a), Percent(e), category),
            "clearpoint" when verdict is { Ratio: { } q } => Format("attainment", Percent(q), category),
            "servicenow" or "google-okr" when verdict is { ActualProgress: { } a } => Format("progress", Percent(a), category),
            "spider" when verdict is { Score: { } s } => Format("score", Number(s), category),
            _ => Format("category", category),
        };
    }
}
