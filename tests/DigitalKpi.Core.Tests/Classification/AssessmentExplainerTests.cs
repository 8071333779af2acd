using System.Globalization;
using System.Text.RegularExpressions;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
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
        Assert.Contains(a.Evidence.Projected!.Value.Mean.ToString("F1", CultureInfo.InvariantCulture) + "%", a.Explanation.En, StringComparison.Ordinal);
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
    }

    [GeneratedRegex(@"\d,\d%")]
    private static partial Regex ViPercent();

    [GeneratedRegex(@"\d\.\d%")]
    private static partial Regex EnPercent();
}
