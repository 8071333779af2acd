using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Targets;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

public class AssessmentCaseTests
{
    private static readonly LocalDate AsOf = new(2024, 3, 1);

    [Fact]
    public void Conclude_ReleasesTheSeriesAndKeepsWhatTheExplanationNeeds()
    {
        // 17, 30, 42% at the ends of 2020–2022: latest 42% of 2022, below an 80% target for 2025.
        var programme = Yearly(Unit.Percent, 2020, [17, 30, 42], TargetComparison.AtLeast, 80, 2025, bounds: Bounds.Percent);
        var target = programme.Targets[0];
        var c = new AssessmentCase(target, programme.GetSeries(target.IndicatorId, target.ScopeId, AsOf), AsOf);
        Assert.Equal(3, c.Series.Count);
        Assert.Throws<InvalidOperationException>(() => c.Explain());

        c.Conclude(Status.AtRisk, new PolicyDecision(Status.AtRisk, 0.2, new ProjectedValue(target.Deadline.End, 60, 50, 70)), null, null);

        Assert.Throws<InvalidOperationException>(() => c.Series);
        Assert.Equal(42, c.Latest.Value);
        // The forecast sentence reads the decision: a projected 60% and a 20% probability.
        var en = c.Explain().En;
        Assert.Contains("60", en);
        Assert.Contains("20%", en);
    }
}
