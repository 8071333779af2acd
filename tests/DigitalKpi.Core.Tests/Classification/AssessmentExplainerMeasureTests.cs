using System.Globalization;
using System.Text.RegularExpressions;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>The number an explanation quotes is the one the method decided on, printed on the same side of its cut-offs.</summary>
public class AssessmentExplainerMeasureTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 31);

    public static TheoryData<string> ProgressRuleSets => ["servicenow", "google-okr"];

    [Theory]
    [MemberData(nameof(ProgressRuleSets))]
    public void Explain_ProgressRules_QuoteProgressFromTheBaseNotAttainment(string name)
    {
        // Progress (99.2 − 95)/(100 − 95) = 4.2/5 = 84%: ServiceNow yellow (75 ≤ 84 < 90), Google OKR green (≥ 70);
        // the attainment 99.2/100 = 99.2% is not what these rules decide on.
        var rules = name == "servicenow" ? ThresholdRules.ServiceNow : ThresholdRules.GoogleOkr;
        var p = Yearly(Unit.Percent, 2021, [95, 98, 99.2], TargetComparison.AtLeast, 100, 2025);
        var a = AssessOnly(p, AsOf, new ThresholdsPolicy(rules));
        Assert.Contains(", progress from the base to the target 84.0%", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(", tiến độ từ mức cơ sở tới chỉ tiêu 84,0%", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain("attainment", a.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("mức đạt", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain("99.2%", a.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ProgressJustBelowServiceNowGreen_PrintsEnoughDecimalsToStayBelow90()
    {
        // Progress (99.4998 − 95)/5 = 0.89996: yellow; one decimal would print 90.0%, ServiceNow's inclusive green cut-off.
        var p = Yearly(Unit.Percent, 2021, [95, 98, 99.4998], TargetComparison.AtLeast, 100, 2025);
        var a = AssessOnly(p, AsOf, new ThresholdsPolicy(ThresholdRules.ServiceNow));
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.Contains("progress from the base to the target 89.996%", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("tiến độ từ mức cơ sở tới chỉ tiêu 89,996%", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ValueRule_QuotesTheLatestValue()
    {
        // A rule on the value itself: 99.2 ≥ 99 matches; the sentence names the latest value 99.2%, not an attainment.
        var rules = new ThresholdRules("custom", [new ThresholdRule(ThresholdMeasure.Value, ThresholdComparison.AtLeast, 99, Status.Likely, "Near")], Status.AtRisk, "Far", "Met");
        var p = Yearly(Unit.Percent, 2021, [95, 98, 99.2], TargetComparison.AtLeast, 100, 2025);
        var a = AssessOnly(p, AsOf, new ThresholdsPolicy(rules));
        Assert.Contains(", latest value 99.2%", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(", giá trị mới nhất 99,2%", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain("attainment", a.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ClearPointAttainment_Unchanged()
    {
        // ClearPoint decides on attainment: 99.2/100 = 99.2% ≥ 90% (caution).
        var p = Yearly(Unit.Percent, 2021, [95, 98, 99.2], TargetComparison.AtLeast, 100, 2025);
        var a = AssessOnly(p, AsOf, ThresholdsPolicy.ClearPoint);
        Assert.Contains(", attainment 99.2%", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(", mức đạt 99,2%", a.Explanation.Vi, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> GrowthRatios => new()
    {
        { "eurostat", "R" },
        { "statcan", "R" },
        { "unsd-2022", "CR" },
    };

    [Theory]
    [MemberData(nameof(GrowthRatios))]
    public void Explain_RatioJustBelowInclusiveCutoff_IsNotRoundedUpToIt(string policy, string symbol)
    {
        // METHODS.md §1.10 case A: CAGR_a = (0.60/0.48)^(1/3) − 1 = 0.077217, CAGR_r = (0.71/0.48)^(1/5) − 1 = 0.081442,
        // R = 0.94812 < 0.95 (moderate); two decimals would print 0.95, the inclusive cut-off, so three are printed.
        var p = Yearly(Unit.Index, 2020, [0.48, 0.50, 0.55, 0.60], TargetComparison.AtLeast, 0.71, 2025);
        var a = AssessOnly(p, AsOf, Policies[policy]);
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.Contains($", {symbol} = 0.948", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($", {symbol} = 0,948", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain($"{symbol} = 0.95", a.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SdsnRatioJustBelowOne_IsNotRoundedUpToOne()
    {
        // Observed (40 − 10)/3 = 10 a year, required (60.2 − 10)/5 = 10.04 a year: ratio 0.99602 < 1 (moderately improving).
        var p = Yearly(Unit.Count, 2020, [10, 20, 30, 40], TargetComparison.AtLeast, 60.2, 2025);
        var a = AssessOnly(p, AsOf, LinearRatioPolicy.Sdsn);
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.Contains("observed ÷ required pace = 0.996", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("tốc độ thực tế ÷ tốc độ cần thiết = 0,996", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SdsnRatioOneByHand_ReadsAsOneOnTrack()
    {
        // Observed (0.16 − 0.01)/3 = 0.05 a year, required (0.26 − 0.01)/5 = 0.05 a year: ratio 1, on track (likely). In
        // binary it is 0.9999999999999999, on the cut-off within the methods' tolerance; the text must say 1.00, not
        // hunt for decimals that show it below 1.
        var p = Yearly(Unit.Count, 2019, [0.01, 0.06, 0.11, 0.16], TargetComparison.AtLeast, 0.26, 2024);
        var a = AssessOnly(p, AsOf, LinearRatioPolicy.Sdsn);
        Assert.Equal(Status.Likely, a.Status);
        Assert.Contains("observed ÷ required pace = 1.00", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("tốc độ thực tế ÷ tốc độ cần thiết = 1,00", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DestatisShortfallJustBelowSun_IsNotRoundedUpToFivePercent()
    {
        // Average change (40 − 10)/3 = 10 a year, projected 40 + 2·10 = 60 at the end of 2025; shortfall
        // (61.05 − 60)/(61.05 − 40) = 4.988% < 5% (sun); one decimal would print 5.0%.
        var p = Yearly(Unit.Count, 2020, [10, 20, 30, 40], TargetComparison.AtLeast, 61.05, 2025);
        var a = AssessOnly(p, AsOf, ProjectionPolicy.Destatis);
        Assert.Equal(Status.Likely, a.Status);
        Assert.Contains("shortfall 4.99% of the remaining gap", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("thiếu hụt 4,99% khoảng cách còn lại", a.Explanation.Vi, StringComparison.Ordinal);
    }
}

/// <summary>Near a bound the probabilistic explanation quotes the forecast's own 80% interval and a point inside it.</summary>
public class AssessmentExplainerForecastIntervalTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 31);

    public static TheoryData<TargetComparison, double, double[]> NearBound => new()
    {
        { TargetComparison.AtLeast, 100, [90, 95, 98] },
        { TargetComparison.AtMost, 0, [10, 5, 2] },
    };

    [Theory]
    [MemberData(nameof(NearBound))]
    public void Explain_SkewedForecastNearABound_QuotesTheTrue80PercentIntervalAndAPointInsideIt(TargetComparison comparison, double goal, double[] values)
    {
        var p = Yearly(Unit.Percent, 2021, values, comparison, goal, 2025);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);

        // The forecast computed here on the object path: the saturating trend on [0, 100] fitted to the three values,
        // read at the end of 2025 on the series' own time axis.
        var target = p.Targets[0];
        var series = p.GetSeries(p.Indicators[0].Id, Nation, AsOf);
        var timed = series.ToTimedSeries();
        var forecast = new SaturatingTrendModel(0, 100).Fit(timed).Forecast(timed.LastTime + (TimeAxis.EndTime(target.Deadline) - series.Points[^1].Time));
        var interval = forecast.Interval(PredictionLevel.Eighty);

        // The case that went wrong: the mean lies outside the 80% interval, on the side away from the bound.
        Assert.True(comparison == TargetComparison.AtLeast ? forecast.Mean < interval.Lower : forecast.Mean > interval.Upper);

        var projected = a.Evidence.Projected!.Value;
        Assert.Equal(interval.Lower, projected.Lower80!.Value, 1e-9);
        Assert.Equal(interval.Upper, projected.Upper80!.Value, 1e-9);
        Assert.Equal(forecast.Mean, projected.Mean, 1e-9);
        Assert.Equal(forecast.Median, projected.Median!.Value, 1e-9);

        var (lo, hi) = (Math.Round(interval.Lower, 1, MidpointRounding.AwayFromZero), Math.Round(interval.Upper, 1, MidpointRounding.AwayFromZero));
        var (loText, hiText) = (lo.ToString("F1", CultureInfo.InvariantCulture), hi.ToString("F1", CultureInfo.InvariantCulture));
        Assert.Contains($"(80% interval {loText}%–{hiText}%)", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($"(khoảng dự báo 80%: {loText.Replace('.', ',')}%–{hiText.Replace('.', ',')}%)", a.Explanation.Vi, StringComparison.Ordinal);

        // The quoted point, read back from the sentence, lies inside the printed interval, and is the median.
        var quoted = double.Parse(Regex.Match(a.Explanation.En!, @"reaches about ([0-9.]+)%").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(quoted, lo, hi);
        Assert.Equal(Math.Round(forecast.Median, 1, MidpointRounding.AwayFromZero), quoted);
        Assert.Contains($"đạt khoảng {quoted.ToString("F1", CultureInfo.InvariantCulture).Replace('.', ',')}%", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SkewedForecastNearABound_MatchesTheReviewersFigures()
    {
        // The reviewer's figures for 90, 95, 98 → at least 100% by 2025: median 99.61, 10% quantile 99.29, 90% quantile 99.79.
        var p = Yearly(Unit.Percent, 2021, [90, 95, 98], TargetComparison.AtLeast, 100, 2025);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Contains("reaches about 99.6% by the end of 2025 (80% interval 99.3%–99.8%)", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("đạt khoảng 99,6%", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.Contains("(khoảng dự báo 80%: 99,3%–99,8%)", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectedValue_WithMedian_RequiresTheIntervalToHoldTheMedianNotTheMean()
    {
        var at = new LocalDate(2025, 12, 31);
        var v = new ProjectedValue(at, 98.32, 99.61, 99.29, 99.79);
        Assert.Equal(99.61, v.Median);
        Assert.Equal(98.32, v.Mean);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProjectedValue(at, 99.5, 99.9, 99.29, 99.79));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProjectedValue(at, 98.32, 99.61, 99.29, 99.79 - 0.5));
        Assert.NotEqual(v, new ProjectedValue(at, 98.32, 99.5, 99.29, 99.79));
    }
}
