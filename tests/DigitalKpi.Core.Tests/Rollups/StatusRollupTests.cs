using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Rollups;

public class StatusRollupTests
{
    private static int next;

    internal static Assessment Make(Status status, double weight = 1, string? pillar = null, string? owner = null, string scope = "VN")
    {
        var target = new Target(
            new TargetId($"t{Interlocked.Increment(ref next)}"),
            new IndicatorId("i"),
            new ScopeId(scope),
            TargetComparison.AtLeast,
            80,
            ReportingPeriod.Year(2025),
            weight: weight,
            owner: owner,
            pillar: pillar);
        return new Assessment(target, new LocalDate(2023, 12, 31), status, "probabilistic", new Evidence(), new LocalizedText("…", "…"));
    }

    private static IEnumerable<Assessment> Many(Status status, int n) => Enumerable.Range(0, n).Select(_ => Make(status));

    [Fact]
    public void Of_Programme62Goals_HalfPointStepGivesPublishedShares()
    {
        // programme-facts.md: 18 done, 27 likely, 17 at risk of 62, published as 29 / 43.5 / 27.5.
        // Half points: 58.065, 87.097, 54.839 -> floors 199 of 200; largest remainder (0.839) -> 29 / 43.5 / 27.5.
        var assessments = Many(Status.Done, 18).Concat(Many(Status.Likely, 27)).Concat(Many(Status.AtRisk, 17)).ToArray();
        var r = StatusRollup.Of(assessments, step: 0.5);
        Assert.Equal(62, r.Total);
        Assert.Equal((18, 27, 17, 0, 0), (r.Count(Status.Done), r.Count(Status.Likely), r.Count(Status.AtRisk), r.Count(Status.Missed), r.Count(Status.NotAssessable)));
        Assert.Equal([29.0, 43.5, 27.5, 0, 0], StatusRollup.ReportOrder.Select(r.Share));
        Assert.Null(r.Key);
    }

    [Fact]
    public void Of_Programme62Goals_DefaultTenthStepAddsToHundred()
    {
        // Tenths: 290.32, 435.48, 274.19 -> floors 999 of 1000; largest remainder 0.48 (likely) -> 29.0 / 43.6 / 27.4.
        var r = StatusRollup.FromCounts(18, 27, 17);
        Assert.Equal(0.1, r.Step);
        Assert.Equal(29.0, r.Share(Status.Done));
        Assert.Equal(43.6, r.Share(Status.Likely));
        Assert.Equal(27.4, r.Share(Status.AtRisk));
        Assert.Equal(100.0, StatusRollup.ReportOrder.Sum(r.Share), 9);
        Assert.Equal([29.0, 43.5, 27.5, 0, 0], StatusRollup.ReportOrder.Select(StatusRollup.FromCounts(18, 27, 17, step: 0.5).Share));
    }

    [Fact]
    public void Of_Weighted_SharesOutWeightsAndKeepsCounts()
    {
        // weights: done 3, likely 1 + 1 = 2 -> shares 60 / 40 of a total weight 5; counts 1 and 2.
        var r = StatusRollup.Of([Make(Status.Done, 3), Make(Status.Likely), Make(Status.Likely)], weighted: true);
        Assert.True(r.IsWeighted);
        Assert.Equal(60, r.Share(Status.Done), 9);
        Assert.Equal(40, r.Share(Status.Likely), 9);
        Assert.Equal(1, r.Count(Status.Done));
        Assert.Equal(2, r.Count(Status.Likely));
        Assert.Equal(5, r.TotalWeight);
        Assert.Equal(3, r.Weight(Status.Done));
        var unweighted = StatusRollup.Of([Make(Status.Done, 3), Make(Status.Likely), Make(Status.Likely)], step: 1);
        Assert.Equal(33, unweighted.Share(Status.Done)); // 33.3 / 66.7 in whole percent: floors 33 + 66, remainder .67 -> likely 67
        Assert.Equal(67, unweighted.Share(Status.Likely));
    }

    [Fact]
    public void Of_Empty_ZeroCountsAndShares()
    {
        var r = StatusRollup.Of([]);
        Assert.Equal(0, r.Total);
        Assert.All(StatusRollup.ReportOrder, s => Assert.Equal(0, r.Share(s)));
    }

    [Fact]
    public void ByPillar_GroupsInFirstAppearanceOrderWithNullGroup()
    {
        var a = new[]
        {
            Make(Status.Done, pillar: "digital-government"),
            Make(Status.AtRisk),
            Make(Status.Likely, pillar: "digital-economy"),
            Make(Status.AtRisk, pillar: "digital-government"),
            Make(Status.Missed, pillar: "digital-government"),
        };
        var groups = StatusRollup.ByPillar(a);
        Assert.Equal(["digital-government", null, "digital-economy"], groups.Select(g => g.Key));
        var gov = groups[0];
        Assert.Equal((1, 1, 1, 3), (gov.Count(Status.Done), gov.Count(Status.AtRisk), gov.Count(Status.Missed), gov.Total));

        // thirds at 0.1: 333.33 each -> floors 999, first in report order (done) gets the missing tenth: 33.4 / 33.3 / 33.3
        Assert.Equal(33.4, gov.Share(Status.Done));
        Assert.Equal(33.3, gov.Share(Status.AtRisk));
        Assert.Equal(33.3, gov.Share(Status.Missed));
        Assert.Equal(100, groups[1].Share(Status.AtRisk));
    }

    [Fact]
    public void ByOwnerAndByScope_UseTargetFields()
    {
        var a = new[] { Make(Status.Done, owner: "MIC", scope: "VN-HD"), Make(Status.Likely, owner: "MPS", scope: "VN"), Make(Status.Likely, owner: "MIC", scope: "VN") };
        var owners = StatusRollup.ByOwner(a);
        Assert.Equal(["MIC", "MPS"], owners.Select(g => g.Key));
        Assert.Equal(2, owners[0].Total);
        var scopes = StatusRollup.ByScope(a);
        Assert.Equal(["VN-HD", "VN"], scopes.Select(g => g.Key));
        Assert.Equal(2, scopes[1].Count(Status.Likely));
        var custom = StatusRollup.By(a, x => x.Status == Status.Done ? "ok" : "open");
        Assert.Equal([1, 2], custom.Select(g => g.Total));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(0.3)]
    [InlineData(double.NaN)]
    public void Of_InvalidStep_Throws(double step)
        => Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => StatusRollup.Of([Make(Status.Done)], step)).ParamName);

    [Fact]
    public void Of_NullItemOrCount_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => StatusRollup.Of([Make(Status.Done), null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusRollup.FromCounts(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusRollup.FromCounts(1, 0, 0).Count((Status)9));
    }

    [FsCheck.Xunit.Property]
    public bool FromCounts_AnyCounts_SharesAddToHundred(byte done, byte likely, byte atRisk, byte missed, byte notAssessable)
    {
        var r = StatusRollup.FromCounts(done, likely, atRisk, missed, notAssessable);
        var sum = StatusRollup.ReportOrder.Sum(r.Share);
        return r.Total == 0 ? sum == 0 : Math.Abs(sum - 100) < 1e-9;
    }
}
