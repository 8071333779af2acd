using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Tests.Classification;

namespace DigitalKpi.Core.Tests.Localization;

public class MethodExplanationTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    [Fact]
    public void Describe_EurostatCaseA_English()
    {
        // Case A: CAGR_a 7.72 %, CAGR_r 8.14 %, R 0.948 (see ProgressCases).
        var text = MethodExplanation.Describe(EurostatGrowthRatio.Instance.Assess(ProgressCases.A), English);
        Assert.Equal("Observed rate 7.7% a year against 8.1% a year needed (ratio 0.948): Moderate progress towards the EU target.", text);
    }

    [Fact]
    public void Describe_EurostatCaseA_VietnameseWithDecimalComma()
    {
        var text = MethodExplanation.Describe(EurostatGrowthRatio.Instance.Assess(ProgressCases.A), Vietnamese);
        Assert.StartsWith("Tốc độ thực tế 7,7", text);
        Assert.Contains("(tỷ lệ 0,948)", text);
        Assert.EndsWith("Tiến bộ vừa phải hướng tới chỉ tiêu của EU.", text);
    }

    [Fact]
    public void Describe_Unsd2023CaseC_NumbersAndCategory()
    {
        // Case C: CAGR 21.09 %, ŷ 52.069, P 97.18 %.
        var text = MethodExplanation.Describe(UnsdProjection2023.Instance.Assess(ProgressCases.C), English);
        Assert.Equal("Continuing the observed growth of 21.1% a year gives 52.069 by the deadline, 97.2% of the distance from the base to the target: Target met or on the way.", text);
    }

    [Fact]
    public void Describe_DestatisCaseB_Vietnamese()
    {
        // Case B: ŷ 55, shortfall 71.4 %.
        var text = MethodExplanation.Describe(DestatisWeather.Instance.Assess(ProgressCases.BSeries), Vietnamese);
        Assert.Equal("Nếu giữ mức thay đổi bình quân gần đây, đến hạn sẽ đạt 55, còn thiếu 71,4% khoảng cách còn lại tới chỉ tiêu: Nhiều mây.", text);
    }

    [Theory]
    [InlineData("sdsn", "The observed yearly change is 50% of the yearly change needed: Score moderately improving, insufficient to attain goal.")]
    [InlineData("viva-goals", "30% of the way from the base to the target with 60% of the time elapsed: Behind.")]
    [InlineData("clearpoint", "The latest value is 56.3% of the target: Below Plan.")]
    [InlineData("servicenow", "Progress from the base to the target is 30%: Red.")]
    public void Describe_CaseB_ByFamily(string name, string expected)
    {
        // Case B: SDSN ratio 0.5; progress 15/50 = 30 % with 3/5 = 60 % of the time; attainment 45/80 = 56.25 %.
        Assert.True(PublishedMethods.TryGet(name, out var method));
        Assert.Equal(expected, MethodExplanation.Describe(method!.Assess(ProgressCases.B), English));
    }

    [Theory]
    [InlineData("sdsn", "Mức thay đổi thực tế mỗi năm bằng 50% mức cần thiết: Điểm số cải thiện vừa phải, chưa đủ để đạt mục tiêu.")]
    [InlineData("viva-goals", "Đã đi được 30% quãng đường từ mức cơ sở tới chỉ tiêu khi đã qua 60% thời gian: Chậm tiến độ.")]
    [InlineData("clearpoint", "Giá trị mới nhất đạt 56,3% chỉ tiêu: Dưới kế hoạch.")]
    [InlineData("servicenow", "Tiến độ từ mức cơ sở tới chỉ tiêu đạt 30%: Đỏ.")]
    public void Describe_CaseB_ByFamily_Vietnamese(string name, string expected)
    {
        // The same numbers as the English table; "chỉ tiêu" is the target, "mục tiêu" only SDSN's goal, as in the category names.
        Assert.True(PublishedMethods.TryGet(name, out var method));
        Assert.Equal(expected, MethodExplanation.Describe(method!.Assess(ProgressCases.B), Vietnamese));
    }

    [Fact]
    public void Describe_NotAssessable_CategoryOnly()
    {
        var v = EurostatGrowthRatio.Instance.Assess(new ProgressInput(2020, 0, 2023, 10, 2025, 20));
        Assert.Equal("Unable to assess.", MethodExplanation.Describe(v, English));
        Assert.Equal("Không đánh giá được.", MethodExplanation.Describe(v, Vietnamese));
    }

    [Fact]
    public void Describe_Spider_Score()
    {
        var v = SpiderImpactScore.Assess(new ProgressInput(2020, 400, 2023, 600, 2025, 700), 500);
        Assert.Equal("Điểm 4,95: Vàng.", MethodExplanation.Describe(v, Vietnamese));
    }

    [Fact]
    public void Describe_CurrentCultureViVN_ExplicitEnglishStillUsesPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = Vietnamese;
            CultureInfo.CurrentUICulture = Vietnamese;
            var text = MethodExplanation.Describe(SdsnLinearRatio.Instance.Assess(ProgressCases.A), English);
            Assert.Equal("The observed yearly change is 87% of the yearly change needed: Score moderately improving, insufficient to attain goal.", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
