using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;

namespace DigitalKpi.Core.Tests.Targets;

public class TargetTests
{
    private static readonly TargetId Id = new("dossiers-2025");
    private static readonly IndicatorId Share = new("online-dossier-share");
    private static readonly ScopeId Vn = new("VN");

    private static Target Make(
        TargetComparison comparison = TargetComparison.AtLeast,
        double value = 80,
        string deadline = "2025",
        double? upper = null,
        Baseline? baseline = null,
        Milestone[]? milestones = null,
        double weight = 1,
        string? owner = null)
        => new(Id, Share, Vn, comparison, value, ReportingPeriod.Parse(deadline), upper, baseline, milestones, weight, owner);

    [Fact]
    public void Constructor_Full_KeepsEverythingAndSortsMilestones()
    {
        var m2024 = new Milestone(ReportingPeriod.Year(2024), 50);
        var mH1 = new Milestone(ReportingPeriod.Half(2025, 1), 65);
        var t = new Target(Id, Share, Vn, TargetComparison.AtLeast, 80, ReportingPeriod.Year(2025), baseline: new Baseline(ReportingPeriod.Year(2023), 17),
            milestones: [mH1, m2024], weight: 2, owner: "Bộ TT&TT", pillar: "digital-government", name: new LocalizedText("Hồ sơ", "Dossiers"));
        Assert.Equal(new[] { m2024, mH1 }, t.Milestones.ToArray());
        Assert.Equal(new Baseline(ReportingPeriod.Year(2023), 17), t.Baseline);
        Assert.Equal(2, t.Weight);
        Assert.Equal("Bộ TT&TT", t.Owner);
        Assert.Equal("digital-government", t.Pillar);
        Assert.Equal("Dossiers", t.Name!.En);
        Assert.Null(t.Upper);
        Assert.Equal("dossiers-2025", t.ToString());
    }

    [Theory]
    [InlineData(TargetComparison.AtLeast, 79.999, false)]
    [InlineData(TargetComparison.AtLeast, 80.0, true)]
    [InlineData(TargetComparison.AtLeast, 95.0, true)]
    [InlineData(TargetComparison.AtMost, 80.0, true)]
    [InlineData(TargetComparison.AtMost, 80.001, false)]
    [InlineData(TargetComparison.AtMost, 3.0, true)]
    [InlineData(TargetComparison.Between, 79.0, false)]
    [InlineData(TargetComparison.Between, 80.0, true)]
    [InlineData(TargetComparison.Between, 90.0, true)]
    [InlineData(TargetComparison.Between, 90.5, false)]
    public void IsMetBy_Table(TargetComparison comparison, double value, bool expected)
    {
        var t = Make(comparison, upper: comparison == TargetComparison.Between ? 90 : null);
        Assert.Equal(expected, t.IsMetBy(value));
    }

    [Fact]
    public void IsMetBy_NaN_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Make().IsMetBy(double.NaN));

    [Fact]
    public void Constructor_BetweenWithoutUpper_ThrowsNamingUpper()
        => Assert.Equal("upper", Assert.Throws<ArgumentException>(() => Make(TargetComparison.Between)).ParamName);

    [Theory]
    [InlineData(80.0)]
    [InlineData(70.0)]
    [InlineData(double.NaN)]
    public void Constructor_BetweenUpperNotAbove_ThrowsNamingUpper(double upper)
        => Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => Make(TargetComparison.Between, upper: upper)).ParamName);

    [Fact]
    public void Constructor_UpperForAtLeast_ThrowsNamingUpper()
        => Assert.Equal("upper", Assert.Throws<ArgumentException>(() => Make(upper: 90)).ParamName);

    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023", "2024")]
    [InlineData("2023-Q4", "2023")]
    public void Constructor_DeadlineNotAfterBaseline_ThrowsNamingDeadline(string deadline, string baseline)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(deadline: deadline, baseline: new Baseline(ReportingPeriod.Parse(baseline), 17)));
        Assert.Equal("deadline", ex.ParamName);
        Assert.Contains("baseline", ex.Message);
    }

    [Fact]
    public void Constructor_DeadlineAQuarterAfterBaseline_IsAccepted()
        => Assert.Equal(ReportingPeriod.Parse("2024-Q1"), Make(deadline: "2024-Q1", baseline: new Baseline(ReportingPeriod.Year(2023), 17)).Deadline);

    [Theory]
    [InlineData("2025", "must end before the deadline")]
    [InlineData("2025-Q4", "must end before the deadline")]
    [InlineData("2026", "must end before the deadline")]
    [InlineData("2023", "must end after the baseline")]
    public void Constructor_MilestoneOutside_ThrowsNamingMilestones(string due, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(baseline: new Baseline(ReportingPeriod.Year(2023), 17), milestones: [new Milestone(ReportingPeriod.Parse(due), 50)]));
        Assert.Equal("milestones", ex.ParamName);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Constructor_MilestonesEndingSameDay_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(milestones: [new Milestone(ReportingPeriod.Year(2024), 50), new Milestone(ReportingPeriod.Quarter(2024, 4), 55)]));
        Assert.Contains("same day", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Constructor_WeightNotPositive_ThrowsNamingWeight(double weight)
        => Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => Make(weight: weight)).ParamName);

    [Fact]
    public void Constructor_OtherInvalidFields_ThrowNamingThem()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Make(value: double.PositiveInfinity)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => Make(owner: "")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Target(default, Share, Vn, TargetComparison.AtLeast, 1, ReportingPeriod.Year(2025))).ParamName);
        Assert.Equal("comparison", Assert.Throws<ArgumentOutOfRangeException>(() => Make((TargetComparison)5)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Baseline(ReportingPeriod.Year(2023), double.NaN)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Milestone(ReportingPeriod.Year(2023), double.NaN)).ParamName);
    }

    [Fact]
    public void BaselineAndMilestone_EqualityAndText()
    {
        Assert.True(new Baseline(ReportingPeriod.Year(2023), 17) == new Baseline(ReportingPeriod.Year(2023), 17));
        Assert.True(new Baseline(ReportingPeriod.Year(2023), 17) != new Baseline(ReportingPeriod.Year(2022), 17));
        Assert.True(new Milestone(ReportingPeriod.Year(2024), 50) == new Milestone(ReportingPeriod.Year(2024), 50));
        Assert.True(new Milestone(ReportingPeriod.Year(2024), 50) != new Milestone(ReportingPeriod.Year(2024), 50.5));
        Assert.Equal("2023: 17.5", new Baseline(ReportingPeriod.Year(2023), 17.5).ToString());
        Assert.Equal("2024-H1: 50", new Milestone(ReportingPeriod.Half(2024, 1), 50).ToString());
    }
}
