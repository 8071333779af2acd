using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Classification;

public class ThresholdRulesTests
{
    [Theory]
    // S12 ClearPoint: Above Target if actual ≥ target; Caution if ≥ 0.9·target; else Below Plan. 95 % → Caution.
    [InlineData(100, "Above Target", Status.Done)]
    [InlineData(95, "Caution", Status.Likely)]
    [InlineData(90, "Caution", Status.Likely)]
    [InlineData(89.9, "Below Plan", Status.AtRisk)]
    public void ClearPoint_S12_CautionFrom90Percent(double latest, string label, Status status)
    {
        var v = ThresholdRules.ClearPoint.Assess(new ProgressInput(2020, 50, 2023, latest, 2025, 100));
        Assert.Equal(label, v.Category);
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void ClearPoint_RankWithinTenPercent_Caution()
    {
        // Lower is better: attainment = target ÷ latest = 10/11 = 0.909 ≥ 0.9 → Caution.
        var v = ThresholdRules.ClearPoint.Assess(new ProgressInput(2020, 20, 2023, 11, 2025, 10, Polarity.LowerIsBetter));
        Assert.Equal(10.0 / 11, v.Ratio!.Value, 12);
        Assert.Equal("Caution", v.Category);
    }

    [Theory]
    // S4 ServiceNow: start 0, target 1,000,000, actual 700,000 → 70 % → Red. Boundaries 90 (Green) and 75 (Yellow) inclusive.
    [InlineData(700_000, "Red", Status.AtRisk)]
    [InlineData(750_000, "Yellow", Status.AtRisk)]
    [InlineData(749_999, "Red", Status.AtRisk)]
    [InlineData(900_000, "Green", Status.Likely)]
    [InlineData(899_999, "Yellow", Status.AtRisk)]
    [InlineData(1_000_000, "Green", Status.Done)]
    public void ServiceNow_S4_ColoursByAchievement(double actual, string label, Status status)
    {
        var v = ThresholdRules.ServiceNow.Assess(new ProgressInput(2024, 0, 2024.5, actual, 2025, 1_000_000));
        Assert.Equal(label, v.Category);
        Assert.Equal(status, v.Status);
    }

    [Theory]
    // S13 Google OKR: 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red; grade = progress from 0 to 1. 0.65 (between the source's bands) → yellow.
    [InlineData(1.0, "Green", Status.Done)]
    [InlineData(0.7, "Green", Status.Likely)]
    [InlineData(0.65, "Yellow", Status.AtRisk)]
    [InlineData(0.6, "Yellow", Status.AtRisk)]
    [InlineData(0.4, "Yellow", Status.AtRisk)]
    [InlineData(0.3, "Red", Status.AtRisk)]
    [InlineData(0.0, "Red", Status.AtRisk)]
    public void GoogleOkr_S13_GradeBands(double grade, string label, Status status)
    {
        var v = ThresholdRules.GoogleOkr.Assess(new ProgressInput(0, 0, 0.5, grade, 1, 1));
        Assert.Equal(label, v.Category);
        Assert.Equal(status, v.Status);
    }

    [Fact]
    public void Assess_FirstMatchWins_AsPowerBi()
    {
        // Two overlapping rules: "progress ≥ 0.5 → On track" listed before "progress ≥ 0.3 → At risk"; 0.6 hits the first.
        var rules = new ThresholdRules(
            "power-bi",
            [
                new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.5, Status.Likely, "On track"),
                new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.3, Status.AtRisk, "At risk"),
            ],
            Status.AtRisk, "Behind", "Completed");
        Assert.Equal("On track", rules.Assess(new ProgressInput(0, 0, 1, 60, 2, 100)).Category);
        Assert.Equal("At risk", rules.Assess(new ProgressInput(0, 0, 1, 40, 2, 100)).Category);
        Assert.Equal("Behind", rules.Assess(new ProgressInput(0, 0, 1, 10, 2, 100)).Category);
        Assert.Equal("Completed", rules.Assess(new ProgressInput(0, 0, 1, 100, 2, 100)).Category);
    }

    [Fact]
    public void Assess_ValueRuleExclusive_GreaterThanDoesNotMatchThreshold()
    {
        var rules = new ThresholdRules(
            "custom",
            [new ThresholdRule(ThresholdMeasure.Value, ThresholdComparison.GreaterThan, 50, Status.Likely, "Fine")],
            Status.AtRisk, "Not fine", "Done");
        Assert.Equal("Not fine", rules.Assess(new ProgressInput(0, 0, 1, 50, 2, 100)).Category);
        Assert.Equal("Fine", rules.Assess(new ProgressInput(0, 0, 1, 50.5, 2, 100)).Category);
    }

    [Fact]
    public void Assess_AfterDeadline_MissedKeepsLabel()
    {
        var v = ThresholdRules.ClearPoint.Assess(new ProgressInput(2020, 50, 2025, 95, 2025, 100));
        Assert.Equal(Status.Missed, v.Status);
        Assert.Equal("Caution", v.Category);
    }

    [Fact]
    public void Assess_ProgressUndefinedBaseEqualsTarget_NotAssessable()
    {
        var v = ThresholdRules.ServiceNow.Assess(new ProgressInput(2020, 100, 2023, 90, 2025, 100));
        Assert.Equal(Status.NotAssessable, v.Status);
        Assert.Null(v.ActualProgress);
    }

    [Fact]
    public void Assess_BetweenTargetAboveBand_AttainmentAgainstUpperEnd()
    {
        // Band 40–60, latest 66: the effective target is "at most 60", attainment 60/66 = 0.909 → Caution.
        var v = ThresholdRules.ClearPoint.Assess(new ProgressInput(2020, 70, 2023, 66, 2025, 40, upperTargetValue: 60));
        Assert.Equal(60.0 / 66, v.Ratio!.Value, 12);
        Assert.Equal("Caution", v.Category);
    }

    [Fact]
    public void Constructor_OtherwiseDone_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRules("x", [], Status.Done, "a", "b"));
}
