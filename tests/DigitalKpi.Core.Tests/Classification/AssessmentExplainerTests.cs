using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Targets;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

public partial class AssessmentExplainerTests
{
    private static readonly LocalDate AsOf = new(2024, 3, 1);

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Explain_Forecast_ViHasDecimalCommaPercentsEnHasDecimalPoint(string threadCulture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(threadCulture);
        try
        {
            // The thread's culture must not matter: Vietnamese text is always vi-VN, English always invariant.
            var p = Yearly(Unit.Percent, 2020, [17, 30, 42, 55], TargetComparison.AtLeast, 80, 2025);
            var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
            Assert.Matches(ViPercent(), a.Explanation.Vi);
            Assert.DoesNotMatch(EnPercent(), a.Explanation.Vi);
            Assert.Matches(EnPercent(), a.Explanation.En);
            Assert.Contains("chỉ tiêu 80%", a.Explanation.Vi, StringComparison.Ordinal);
            Assert.Contains("a target of 80%", a.Explanation.En, StringComparison.Ordinal);
            Assert.Contains("80% interval", a.Explanation.En, StringComparison.Ordinal);
            Assert.Contains("năm 2025", a.Explanation.Vi, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Explain_Forecast_QuotesRoundedProbabilityAndProjection()
    {
        var p = Yearly(Unit.Percent, 2020, [17, 30, 42, 55], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        var probability = Math.Round(a.Evidence.Probability!.Value * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($" {probability}% probability of meeting it", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($"xác suất đạt là {probability}%", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.Contains(a.Evidence.Projected!.Value.Median!.Value.ToString("F1", CultureInfo.InvariantCulture) + "%", a.Explanation.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, "an")]
    [InlineData(11, "an")]
    [InlineData(18, "an")]
    [InlineData(80, "an")]
    [InlineData(89, "an")]
    [InlineData(1, "a")]
    [InlineData(71, "a")]
    [InlineData(90, "a")]
    [InlineData(100, "a")]
    public void EnglishArticle_ByHowTheNumberIsSpoken(int percent, string expected)
        => Assert.Equal(expected, AssessmentExplainer.EnglishArticle(percent));

    [Fact]
    public void Explain_OnePointNoBaseline_SaysReferenceInterval()
    {
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Equal(AssessmentFallback.ReferenceInterval, a.Evidence.Fallback);
        Assert.Contains("reference error of 10% a year", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("sai số tham chiếu 10% mỗi năm", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OnePointWithBaseline_SaysStraightPath()
    {
        // Path from 20 (end of 2020) to 80 (end of 2025) at the end of 2023: 20 + 60·3/5 = 56.
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025, baseline: (2020, 20));
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Equal(AssessmentFallback.BaselinePath, a.Evidence.Fallback);
        Assert.Null(a.Evidence.Probability);
        Assert.Contains("on or ahead of the straight path from the baseline 20% (2020)", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("56.0%", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("56,0%", a.Explanation.Vi, StringComparison.Ordinal);
        // Line through (2021.0, 20) and (2024.0, 60) continued to 2026.0: 60 + 40/3·2 = 86.67.
        Assert.Equal(86.666667, a.Evidence.Projected!.Value.Mean, 5);
    }

    [Fact]
    public void Explain_Missed_NamesDeadlineAndLastValue()
    {
        var p = Yearly(Unit.Percent, 2022, [50, 60, 70], TargetComparison.AtLeast, 80, 2024);
        var a = AssessOnly(p, new LocalDate(2025, 2, 1), GrowthRatioPolicy.Eurostat);
        Assert.StartsWith("The deadline (2024) has passed and the last value by then, 70.0% (2024), does not meet a target of 80%.", a.Explanation.En, StringComparison.Ordinal);
        Assert.StartsWith("Đã hết hạn năm 2024; giá trị cuối cùng trong hạn là 70,0% (năm 2024), không đạt chỉ tiêu 80%.", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TitleCaseCategory_LoweredMidSentence()
    {
        var p = Yearly(Unit.Percent, 2020, [40, 38, 36, 35], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, ThresholdsPolicy.ClearPoint);
        Assert.Contains("By ClearPoint's threshold rules: below plan, attainment 43.8%; the target is at risk.", a.Explanation.En, StringComparison.Ordinal);

        // 35 / 80 = 43.75 %; "Dưới kế hoạch" (MethodCategoryText) with its first letter lowered after the colon.
        Assert.Contains("Theo quy tắc ngưỡng của ClearPoint: dưới kế hoạch, mức đạt 43,8%; chỉ tiêu có nguy cơ không đạt.", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DestatisMovingAway_NamesThunderstormInBothLanguages()
    {
        // 60 → 45 while at least 80 is needed: the gap widens, so Destatis shows a thunderstorm ("Mưa dông").
        var p = Yearly(Unit.Percent, 2020, [60, 55, 50, 45], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, ProjectionPolicy.Destatis);
        Assert.Equal("destatis.thunderstorm", a.MethodVerdict!.CategoryKey);
        Assert.Contains("By Destatis' method: thunderstorm", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("Theo phương pháp của Destatis: mưa dông", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_EveryCategoryKey_IsMethodCategoryTextsNameMidSentence()
    {
        // One vocabulary: the explainer must name every category as MethodCategoryText does, only lowering the first letter
        // (Vietnamese) or title-case words (English) because the name follows a colon.
        var manager = new ResourceManager("DigitalKpi.Core.Localization.MethodCategoryText", typeof(MethodCategoryText).Assembly);
        var keys = new List<string>();
        foreach (DictionaryEntry entry in manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!)
        {
            keys.Add((string)entry.Key);
        }

        // 2 common + 8 Eurostat + 6 StatCan + 5 UNSD 2022 + 3 UNSD 2023 + 4 Destatis + 5 SDSN + 2 Viva + 4 Engagedly
        // + 3 ClearPoint + 3 ServiceNow + 3 OKR + 3 Spider = 51.
        Assert.Equal(51, keys.Count);
        foreach (var key in keys)
        {
            var en = MethodCategoryText.Get(key, CultureInfo.InvariantCulture);
            var vi = MethodCategoryText.Get(key, CultureInfo.GetCultureInfo("vi-VN"));
            var verdict = new MethodVerdict("eurostat", Status.AtRisk, en, key);

            var explainedVi = AssessmentExplainer.Category(verdict, ExplanationTemplates.Vietnamese);
            Assert.Equal(char.ToLowerInvariant(vi[0]) + vi[1..], explainedVi);
            Assert.Equal(en, AssessmentExplainer.Category(verdict, CultureInfo.InvariantCulture), ignoreCase: true);
        }
    }

    [Fact]
    public void Explain_OfficialMethodOnOneValue_SaysItNeedsTwoPointsInTime()
    {
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, GrowthRatioPolicy.Eurostat);
        Assert.Equal(Status.NotAssessable, a.Status);
        Assert.Contains("needs values at two points in time", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("cần số liệu ở hai thời điểm", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DestatisOnThreeValues_SaysItNeedsFour()
    {
        var p = Yearly(Unit.Percent, 2021, [40, 50, 60], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, ProjectionPolicy.Destatis);
        Assert.Equal(Status.NotAssessable, a.Status);
        Assert.Contains("The method needs at least 4 values; 3 are reported.", a.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OfficialMethodNotAssessable_SaysSoOnce()
    {
        // Eurostat on one value: its category is "Unable to assess"; the sentence must not add "the target is not
        // assessable" after it (it read "unable to assess; the target is not assessable").
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, AsOf, GrowthRatioPolicy.Eurostat);
        Assert.Equal(Status.NotAssessable, a.Status);
        Assert.StartsWith("By Eurostat's method: unable to assess. Only one value", a.Explanation.En, StringComparison.Ordinal);
        Assert.StartsWith("Theo phương pháp của Eurostat: không đánh giá được. Mới có một số liệu", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d,\d%")]
    private static partial Regex ViPercent();

    [GeneratedRegex(@"\d\.\d%")]
    private static partial Regex EnPercent();
}
