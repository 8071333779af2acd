using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;

namespace DigitalKpi.Core.Tests.Localization;

public class MethodCategoryTextTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    [Fact]
    public void Get_EveryKeyTheMethodsProduce_EnglishIsTheSourceWordingAndVietnameseExists()
    {
        var seen = Verdicts().Select(v => (v.CategoryKey, v.Category)).Distinct().ToList();
        Assert.True(seen.Count >= 45, $"the battery should reach most categories; reached {seen.Count}");
        foreach (var (key, category) in seen)
        {
            Assert.Equal(category, MethodCategoryText.Get(key, English));
            var vi = MethodCategoryText.Get(key, Vietnamese);
            Assert.NotEqual(category, vi);
        }
    }

    [Fact]
    public void Resources_VietnameseAndEnglish_HaveTheSameKeys()
    {
        var manager = new ResourceManager("DigitalKpi.Core.Localization.MethodCategoryText", typeof(MethodCategoryText).Assembly);
        var en = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var vi = Keys(manager.GetResourceSet(new CultureInfo("vi"), true, false)!);
        Assert.Equal(en, vi);
    }

    [Fact]
    public void Resources_EveryKey_HasItsOwnEnglishAndVietnameseText()
    {
        // The Vietnamese set is read without falling back to English, so a key missing from the .vi.resx is caught.
        var manager = new ResourceManager("DigitalKpi.Core.Localization.MethodCategoryText", typeof(MethodCategoryText).Assembly);
        var en = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var vi = manager.GetResourceSet(new CultureInfo("vi"), true, false)!;
        var keys = Keys(en);
        Assert.Equal(51, keys.Count);
        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(en.GetString(key)), $"no English text for {key}");
            Assert.False(string.IsNullOrWhiteSpace(vi.GetString(key)), $"no Vietnamese text for {key}");
        }
    }

    [Theory]
    [InlineData(@"\btarget\b", "chỉ tiêu")]
    [InlineData(@"\b(goal|objectives)\b", "mục tiêu")]
    [InlineData(@"\bon track\b", "đúng tiến độ")]
    [InlineData(@"\bbehind\b", "chậm tiến độ")]
    [InlineData(@"\bprogress\b", "tiến bộ")]
    [InlineData(@"\bdeterioration\b", "xấu đi")]
    [InlineData(@"\bacceleration needed\b", "cần tăng tốc")]
    [InlineData(@"\bunable to assess\b", "không đánh giá được")]
    public void Get_EveryKey_OneVietnameseWordPerEnglishTerm(string englishTerm, string vietnameseTerm)
    {
        // Terminology is consistent across methods: a category says the Vietnamese term exactly when its English says the term.
        var manager = new ResourceManager("DigitalKpi.Core.Localization.MethodCategoryText", typeof(MethodCategoryText).Assembly);
        foreach (var key in Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!))
        {
            var en = MethodCategoryText.Get(key, English);
            var vi = MethodCategoryText.Get(key, Vietnamese);
            Assert.True(
                Regex.IsMatch(en, englishTerm, RegexOptions.IgnoreCase) == vi.Contains(vietnameseTerm, StringComparison.OrdinalIgnoreCase),
                $"{key}: \"{en}\" and \"{vi}\" disagree on {englishTerm} / {vietnameseTerm}");
        }
    }

    [Fact]
    public void Get_ViVN_Vietnamese()
        => Assert.Equal("Có tiến bộ nhưng cần tăng tốc", MethodCategoryText.Get("statcan.accelerationNeeded", Vietnamese));

    [Fact]
    public void Get_OtherCulture_FallsBackToEnglish()
        => Assert.Equal("Partly cloudy", MethodCategoryText.Get("destatis.partlyCloudy", new CultureInfo("fr-FR")));

    [Fact]
    public void Get_UnknownKey_Throws()
        => Assert.Throws<ArgumentException>(() => MethodCategoryText.Get("nope", English));

    [Fact]
    public void GetOrLabel_UserRule_ReturnsLabel()
    {
        var rules = new ThresholdRules("mine", [], Status.AtRisk, "Chưa đạt", "Đạt");
        var v = rules.Assess(new ProgressInput(0, 0, 1, 10, 2, 100));
        Assert.Equal("Chưa đạt", MethodCategoryText.GetOrLabel(v, English));
    }

    private static SortedSet<string> Keys(ResourceSet set)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            keys.Add((string)entry.Key);
        }

        return keys;
    }

    private static IEnumerable<MethodVerdict> Verdicts()
    {
        IProgressMethod[] methods =
        [
            EurostatGrowthRatio.Instance, StatisticsCanadaProgress.Instance, UnsdProgressChart2022.Instance, UnsdProjection2023.Instance,
            new DestatisWeather(minimumPoints: 2), SdsnLinearRatio.Instance, VivaGoalsSchedule.Instance, EngagedlySchedule.Instance,
            ThresholdRules.ClearPoint, ThresholdRules.ServiceNow, ThresholdRules.GoogleOkr,
        ];
        double[] values = [-5, 0, 10, 40, 49, 50, 55, 70, 80, 85, 90, 95, 97, 99, 100, 120];
        foreach (var y0 in values)
        {
            foreach (var yt in values)
            {
                foreach (var polarity in new[] { Polarity.HigherIsBetter, Polarity.LowerIsBetter })
                {
                    var input = new ProgressInput(2020, y0, 2023, yt, 2025, 100, polarity);
                    foreach (var m in methods)
                    {
                        yield return m.Assess(input);
                    }

                    yield return SpiderImpactScore.Assess(input, polarity == Polarity.HigherIsBetter ? 80 : 120);
                    yield return EurostatGrowthRatio.Instance.AssessWithoutTarget(2020, y0, 2021, yt, polarity);
                    yield return StatisticsCanadaProgress.Instance.AssessWithoutTarget(2020, y0, 2021, yt, polarity);
                    yield return UnsdProjection2023.Instance.AssessWithoutTarget(2020, y0, 2021, yt, polarity);
                }
            }
        }

        yield return SdsnLinearRatio.Instance.Assess(new ProgressInput(2023, 10, 2023, 10, 2025, 20));
    }
}
