using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

public class ThresholdRuleTests
{
    [Theory]
    [InlineData(ThresholdComparison.AtLeast, 0.9, true)]
    [InlineData(ThresholdComparison.GreaterThan, 0.9, false)]
    [InlineData(ThresholdComparison.AtMost, 0.9, true)]
    [InlineData(ThresholdComparison.LessThan, 0.9, false)]
    [InlineData(ThresholdComparison.AtLeast, 0.8999, false)]
    [InlineData(ThresholdComparison.LessThan, 0.8999, true)]
    public void Matches_Comparison_InclusiveOnlyForAtLeastAndAtMost(ThresholdComparison comparison, double measured, bool expected)
        => Assert.Equal(expected, new ThresholdRule(ThresholdMeasure.Attainment, comparison, 0.9, Status.Likely, "x").Matches(measured));

    [Theory]
    [InlineData(Status.Done)]
    [InlineData(Status.Missed)]
    [InlineData(Status.NotAssessable)]
    public void Constructor_StatusDecidedBeforeRules_Throws(Status status)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRule(ThresholdMeasure.Value, ThresholdComparison.AtLeast, 1, status, "x"));

    [Fact]
    public void Constructor_NonFiniteThreshold_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRule(ThresholdMeasure.Value, ThresholdComparison.AtLeast, double.NaN, Status.Likely, "x"));

    [Fact]
    public void Equality_SameFields_EqualAndSameHash()
    {
        var a = new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.75, Status.AtRisk, "Yellow");
        var b = new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.AtLeast, 0.75, Status.AtRisk, "Yellow", "Yellow");
        var c = new ThresholdRule(ThresholdMeasure.Progress, ThresholdComparison.GreaterThan, 0.75, Status.AtRisk, "Yellow");
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals((object)c));
    }
}
