using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Rollups;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>Invalid arguments are refused where they are passed, with the exception naming the caller's parameter.</summary>
public class ArgumentNamingTests
{
    [Fact]
    public void ServiceNowLatestWins_ZeroPlanned_NamesPlannedCumulative()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNowTargetStatus.LatestWins([0], [1]));
        Assert.Equal("plannedCumulative", e.ParamName);
    }

    [Fact]
    public void ServiceNowWindow_PlannedSumZero_NamesPlanned()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceNowTargetStatus.Window([1, -1], [1, 1]));
        Assert.Equal("planned", e.ParamName);
    }

    [Fact]
    public void ThresholdRules_DefaultRule_RefusedAtConstructionNamingRules()
    {
        var e = Assert.Throws<ArgumentException>(() => new ThresholdRules("x", [default(ThresholdRule)], Status.AtRisk, "bad", "met"));
        Assert.Equal("rules", e.ParamName);
    }

    [Fact]
    public void ThresholdRule_UndefinedMeasure_NamesMeasure()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRule((ThresholdMeasure)9, ThresholdComparison.AtLeast, 0.5, Status.Likely, "x"));
        Assert.Equal("measure", e.ParamName);
    }

    [Fact]
    public void ThresholdRule_UndefinedComparison_NamesComparison()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRule(ThresholdMeasure.Value, (ThresholdComparison)9, 0.5, Status.Likely, "x"));
        Assert.Equal("comparison", e.ParamName);
    }

    [Fact]
    public void StatusRollupFromCounts_TotalAboveIntMax_NamesTheCountThatOverflows()
    {
        // int.MaxValue + 1 is not an int: the total of done and likely cannot be counted.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StatusRollup.FromCounts(int.MaxValue, 1, 0));
        Assert.Equal("likely", e.ParamName);
    }
}
