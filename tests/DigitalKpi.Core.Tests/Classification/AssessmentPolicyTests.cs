using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Targets;
using FsCheck.Xunit;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

public class AssessmentPolicyTests
{
    private static readonly LocalDate Early2024 = new(2024, 3, 1);

    // Already met: 85% in 2023 against at least 80% by 2025 — done under every policy, probability 1.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_AlreadyMet_DoneUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Percent, 2021, [60, 70, 85], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(Status.Done, a.Status);
        Assert.Equal(1, a.Evidence.Probability);
        Assert.Equal(85.0 / 80, a.Evidence.Attainment!.Value, 12);
    }

    // Steady count 600, 652, 698, 750 (2020–2023; ≈ +50 a year) against at least 800 by 2026 (period ends 2027.0).
    // By hand, base 600 at 2021.0, latest 750 at 2024.0:
    //   Eurostat/StatCan/UNSD-2022: CAGR_a = 1.25^(1/3) − 1 = 7.72%, CAGR_r = (800/600)^(1/6) − 1 = 4.91%, R = 1.57 ≥ 0.95.
    //   UNSD-2023: ŷ = 750·1.0772³ = 937.5, P = (937.5 − 600)/200 = 1.69 ≥ 0.95.   Destatis: b = 50/yr, ŷ = 900 ≥ 800: sun.
    //   SDSN: 50/yr observed vs 200/6 = 33.3/yr needed, ratio 1.5 ≥ 1.   Viva/Engagedly: actual 150/200 = 0.75 ≥ expected 3/6 = 0.5.
    //   ClearPoint: attainment 750/800 = 0.9375 ≥ 0.9: Caution → likely.   Probabilistic: linear trend ≈ 900 at 2027.0, far above 800.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_SteadyTrendReachingTargetEarly_LikelyUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Count, 2020, [600, 652, 698, 750], TargetComparison.AtLeast, 800, 2026);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(Status.Likely, a.Status);
    }

    // Falling share 40, 38, 36, 35 against at least 80 by 2025: every method sees movement away or far too slow
    // progress (R < 0, P < 0, thunderstorm, SDSN decreasing, actual progress < 0 < expected, attainment 0.44 < 0.9).
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_Falling_AtRiskUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Percent, 2020, [40, 38, 36, 35], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(Status.AtRisk, a.Status);
    }

    // Deadline 2024 passed on 2025-03-01 with 70 < 80: missed, probability 0. A 2025 value of 85 (after the deadline)
    // does not rescue it: the last value within the deadline decides.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_DeadlinePassed_MissedUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Percent, 2022, [50, 60, 70, 85], TargetComparison.AtLeast, 80, 2024);
        var a = AssessOnly(p, new LocalDate(2026, 3, 1), Policies[policy]);
        Assert.Equal(Status.Missed, a.Status);
        Assert.Equal(0, a.Evidence.Probability);
        Assert.Equal(70, a.Evidence.Latest!.Value.Value);
    }

    // One value (60 in 2023) and a baseline (20 in 2020) against at least 80 by 2025. Base at 2021.0, latest at 2024.0,
    // deadline end 2026.0. Straight path now: 20 + 60·3/5 = 56 ≤ 60 → on the path (probabilistic: likely, no probability).
    // Eurostat: CAGR_a = 3^(1/3) − 1 = 44.2%, CAGR_r = 4^(1/5) − 1 = 31.95%, R = 1.38. UNSD-2023: ŷ = 60·1.442² = 124.8, P > 1.
    // SDSN: 40/3 = 13.3 vs 60/5 = 12 per year, ratio 1.11. Viva/Engagedly: actual 40/60 = 0.667 ≥ expected 0.6.
    // Destatis needs four values: not assessable. ClearPoint: 60/80 = 0.75 < 0.9: at risk.
    [Theory]
    [InlineData("probabilistic", Status.Likely)]
    [InlineData("eurostat", Status.Likely)]
    [InlineData("statcan", Status.Likely)]
    [InlineData("unsd-2022", Status.Likely)]
    [InlineData("unsd-2023", Status.Likely)]
    [InlineData("destatis", Status.NotAssessable)]
    [InlineData("sdsn", Status.Likely)]
    [InlineData("viva", Status.Likely)]
    [InlineData("engagedly", Status.Likely)]
    [InlineData("clearpoint", Status.AtRisk)]
    public void Assess_OnePointWithBaseline_AsEachMethodReadsIt(string policy, Status expected)
    {
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025, baseline: (2020, 20));
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(expected, a.Status);
    }

    // One value (60 in 2023), no baseline, at least 80 by 2025. The growth and projection methods need two points in
    // time: not assessable. Viva and Engagedly would expect no progress yet (the value is its own start) and see none,
    // "on track" for any value, so they too are not assessable. ClearPoint: 0.75 < 0.9. Probabilistic: flat forecast
    // at 60 with the 10%-a-year reference error;
    // on the logit scale sd = 4·0.1·√2 = 0.566, z = (logit 0.8 − logit 0.6)/0.566 = (1.386 − 0.405)/0.566 = 1.73 → P ≈ 0.04.
    [Theory]
    [InlineData("probabilistic", Status.AtRisk)]
    [InlineData("eurostat", Status.NotAssessable)]
    [InlineData("statcan", Status.NotAssessable)]
    [InlineData("unsd-2022", Status.NotAssessable)]
    [InlineData("unsd-2023", Status.NotAssessable)]
    [InlineData("destatis", Status.NotAssessable)]
    [InlineData("sdsn", Status.NotAssessable)]
    [InlineData("viva", Status.NotAssessable)]
    [InlineData("engagedly", Status.NotAssessable)]
    [InlineData("clearpoint", Status.AtRisk)]
    public void Assess_OnePointWithoutBaseline_AsEachMethodReadsIt(string policy, Status expected)
    {
        var p = Yearly(Unit.Percent, 2023, [60], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(expected, a.Status);
    }

    // A rank that must fall: 80, 70, 60, 50 (2020–2023), at most 35 by 2026 (ends 2027.0). Linear: 50 − 10·3 = 20 ≤ 35.
    // Eurostat: CAGR_a = (50/80)^(1/3) − 1 = −14.5%, CAGR_r = (35/80)^(1/6) − 1 = −12.87%, R = 14.5/12.87 = 1.13.
    // UNSD-2023: ŷ = 50·0.855³ = 31.3, P = (80 − 31.3)/45 = 1.08. Destatis: ŷ = 20: sun. SDSN: 10 vs 45/6 = 7.5 a year.
    // Viva/Engagedly: actual 30/45 = 0.667 ≥ 0.5. ClearPoint: attainment 35/50 = 0.7 < 0.9: at risk.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_RankFalling_LikelyExceptAttainmentRules(string policy)
    {
        var p = Yearly(Unit.Rank, 2020, [80, 70, 60, 50], TargetComparison.AtMost, 35, 2026);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(policy == "clearpoint" ? Status.AtRisk : Status.Likely, a.Status);
        Assert.Equal(0.7, a.Evidence.Attainment!.Value, 12);
    }

    // A share near 100: 90, 94, 97 (2021–2023), at least 99 by 2026. Eurostat: CAGR_a = (97/90)^(1/2) − 1 = 3.82%,
    // CAGR_r = (99/90)^(1/5) − 1 = 1.92%, R = 1.99. UNSD-2023 overshoots (ŷ = 97·1.0382³ = 108.5 > 100). Destatis needs four
    // values. SDSN: 3.5 vs 1.8 a year. Viva/Engagedly: 7/9 = 0.78 ≥ 0.4. ClearPoint: 97/99 = 0.98 ≥ 0.9.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_PercentNearHundred_LikelyAndBounded(string policy)
    {
        var p = Yearly(Unit.Percent, 2021, [90, 94, 97], TargetComparison.AtLeast, 99, 2026);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(policy == "destatis" ? Status.NotAssessable : Status.Likely, a.Status);
        if (policy == "probabilistic")
        {
            var projected = a.Evidence.Projected!.Value;
            Assert.InRange(projected.Mean, 97, 100);
            Assert.InRange(projected.Upper80!.Value, projected.Mean, 100);
            Assert.InRange(a.Evidence.Probability!.Value, 0.5, 1);
        }
    }

    // Between 40 and 60 by 2025; 20, 25, 30, 35 (2020–2023): +5 a year reaches 45 at 2026.0, inside the band.
    // Towards the lower end 40: Eurostat R = ((35/20)^(1/3) − 1)/((40/20)^(1/5) − 1) = 0.205/0.149 = 1.38; UNSD-2023 ŷ = 50.8;
    // Destatis ŷ = 45 ≥ 40; SDSN 5 vs 4 a year; Viva 15/20 = 0.75 ≥ 0.6. ClearPoint: 35/40 = 0.875 < 0.9: at risk.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_BetweenTarget_LikelyExceptAttainmentRules(string policy)
    {
        var p = Yearly(Unit.Percent, 2020, [20, 25, 30, 35], TargetComparison.Between, 40, 2025, upper: 60);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(policy == "clearpoint" ? Status.AtRisk : Status.Likely, a.Status);
    }

    // METHODS.md S14 (programme-facts.md): 50,350 digital-technology enterprises against the 2024 plan of 48,000 → done.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_NationalEnterprises_DoneUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Count, 2023, [45_000, 50_350], TargetComparison.AtLeast, 48_000, 2024);
        var a = AssessOnly(p, new LocalDate(2025, 1, 15), Policies[policy]);
        Assert.Equal(Status.Done, a.Status);
        Assert.Equal(50_350.0 / 48_000, a.Evidence.Attainment!.Value, 12); // 104.9%
        Assert.Contains("50.350", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.Contains("48.000", a.Explanation.Vi, StringComparison.Ordinal);
        Assert.Contains("50,350", a.Explanation.En, StringComparison.Ordinal);
    }

    // Met by the deadline (85 in 2024 ≥ 80) and fallen after it (75 in 2025): the deadline's last value decides → done.
    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_MetByDeadlineFallenAfter_DoneUnderEveryPolicy(string policy)
    {
        var p = Yearly(Unit.Percent, 2022, [60, 70, 85, 75], TargetComparison.AtLeast, 80, 2024);
        var a = AssessOnly(p, new LocalDate(2026, 2, 1), Policies[policy]);
        Assert.Equal(Status.Done, a.Status);
        Assert.Equal(ReportingPeriod.Year(2024), a.Evidence.Latest!.Value.Period);
    }

    // Deadline 2023 passed; the only value is for 2024, after it: nothing to judge the deadline by.
    [Fact]
    public void Assess_OnlyValuesAfterDeadline_NotAssessable()
    {
        var p = Yearly(Unit.Percent, 2024, [90], TargetComparison.AtLeast, 80, 2023);
        var a = AssessOnly(p, new LocalDate(2025, 2, 1), ProbabilisticPolicy.Default);
        Assert.Equal(Status.NotAssessable, a.Status);
        Assert.Contains("The deadline (2023) has passed without any value", a.Explanation.En, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Assess_NoData_NotAssessableWithoutProbability(string policy)
    {
        var p = Yearly(Unit.Percent, 2026, [50], TargetComparison.AtLeast, 80, 2027);
        var a = AssessOnly(p, Early2024, Policies[policy]);
        Assert.Equal(Status.NotAssessable, a.Status);
        Assert.Null(a.Evidence.Probability);
        Assert.Null(a.Evidence.Latest);
    }

    [Theory]
    [InlineData("probabilistic", typeof(ProbabilisticPolicy))]
    [InlineData("growth-ratio", typeof(GrowthRatioPolicy))]
    [InlineData(" Projection ", typeof(ProjectionPolicy))]
    [InlineData("linear-ratio", typeof(LinearRatioPolicy))]
    [InlineData("schedule", typeof(SchedulePolicy))]
    [InlineData("THRESHOLDS", typeof(ThresholdsPolicy))]
    public void FromName_KnownName_ReturnsThatPolicy(string name, Type expected)
    {
        var policy = AssessmentPolicy.FromName(name);
        Assert.IsType(expected, policy);
        Assert.Equal(name.Trim().ToLowerInvariant(), policy.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("eurostat")]
    [InlineData("probability")]
    public void FromName_UnknownName_ThrowsListingValidNames(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => AssessmentPolicy.FromName(name));
        foreach (var valid in AssessmentPolicy.Names)
        {
            Assert.Contains(valid, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Assess_OfficialPolicy_QuotesMethodCategoryAndRatio()
    {
        // METHODS.md §1.10 case B on yearly points: 30 (2020) → 45 (2023), at least 80 by 2024's end... shifted so the
        // window is 2020-end to 2023-end and the deadline 2025-end: R = 0.668 → "moderate progress", at risk.
        var p = Yearly(Unit.Percent, 2020, [30, 35, 40, 45], TargetComparison.AtLeast, 80, 2025);
        var a = AssessOnly(p, Early2024, GrowthRatioPolicy.Eurostat);
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.Equal("eurostat.moderate", a.MethodVerdict!.CategoryKey);
        Assert.Equal(0.667721, a.MethodVerdict.Ratio!.Value, 5);
        Assert.Contains("By Eurostat's method: moderate progress towards the EU target, R = 0.67; the target is at risk.", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("Theo phương pháp của Eurostat: tiến bộ vừa phải hướng tới chỉ tiêu của EU, R = 0,67; chỉ tiêu có nguy cơ không đạt.", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EstimatedLatestMeetingTarget_DoneButFlagged()
    {
        var p = Yearly(Unit.Percent, 2022, [60, 82], TargetComparison.AtLeast, 80, 2025, lastQuality: ObservationQuality.Estimated);
        var a = AssessOnly(p, Early2024, ProbabilisticPolicy.Default);
        Assert.Equal(Status.Done, a.Status);
        Assert.True(a.Evidence.Latest!.Value.IsEstimate);
        Assert.Contains("estimate", a.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("ước tính", a.Explanation.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Evidence_MatchesHandComputation()
    {
        // Baseline 30 (2020, ends at 2021.0); values 40 (2022), 50 (2023, at 2024.0); at least 80 by 2025 (ends 2026.0);
        // as of 2024-07-01, whose end is 2024 + 183/366 = 2024.5 (2024 is a leap year).
        // attainment 50/80 = 0.625; progress (50 − 30)/(80 − 30) = 0.4; elapsed (2024.5 − 2021)/5 = 0.7;
        // actual growth (50/30)^(1/3) − 1 = 0.185631; required growth (80/50)^(1/2) − 1 = 0.264911.
        var p = Yearly(Unit.Percent, 2022, [40, 50], TargetComparison.AtLeast, 80, 2025, baseline: (2020, 30));
        var e = AssessOnly(p, new LocalDate(2024, 7, 1), GrowthRatioPolicy.Eurostat).Evidence;
        Assert.Equal(0.625, e.Attainment!.Value, 12);
        Assert.Equal(0.4, e.ProgressFromBaseline!.Value, 12);
        Assert.Equal(0.7, e.ElapsedShare!.Value, 12);
        Assert.Equal(0.185631, e.ActualGrowth!.Value, 6);
        Assert.Equal(0.264911, e.RequiredGrowth!.Value, 6);
    }

    [Fact]
    public void Assess_Milestones_AssessedBySamePolicy()
    {
        // 40, 50, 60 (2021–2023), at least 90 by 2027 with milestones 55 by 2023 (met by 60) and 70 by 2024.
        // Milestone 2 by Eurostat: base 40 at 2022.0, latest 60 at 2024.0, due 2025.0:
        // CAGR_a = 1.5^(1/2) − 1 = 22.47%, CAGR_r = (70/40)^(1/3) − 1 = 20.51%, R = 1.10 ≥ 0.95 → likely.
        var p = Yearly(
            Unit.Percent, 2021, [40, 50, 60], TargetComparison.AtLeast, 90, 2027,
            milestones: [new Milestone(ReportingPeriod.Year(2023), 55), new Milestone(ReportingPeriod.Year(2024), 70)]);
        var a = AssessOnly(p, Early2024, GrowthRatioPolicy.Eurostat);
        Assert.Equal(2, a.Milestones.Length);
        Assert.Equal(Status.Done, a.Milestones[0].Status);
        Assert.Equal(55, a.Milestones[0].Milestone.Value);
        Assert.Equal(Status.Likely, a.Milestones[1].Status);
    }

    // Law: raising the latest value of a higher-is-better indicator never worsens its status (AtRisk < Likely < Done),
    // under the probabilistic policy (threshold 0.5: likely iff the symmetric forecast's centre reaches the target, and a
    // higher last value raises the trend line) and the growth-ratio policies (R grows with the latest value).
    [Property(MaxTest = 150)]
    public bool Assess_RaisingLatestValue_NeverWorsensStatus(ushort a, ushort b, ushort c, ushort d, ushort targetSeed, ushort raise, byte policySeed)
    {
        double[] values = [1 + (a % 1000), 1 + (b % 1000), 1 + (c % 1000), 1 + (d % 1000)];
        var target = 1 + (targetSeed % 2000);
        AssessmentPolicy policy = (policySeed % 4) switch
        {
            0 => ProbabilisticPolicy.Default,
            1 => GrowthRatioPolicy.Eurostat,
            2 => GrowthRatioPolicy.StatisticsCanada,
            _ => GrowthRatioPolicy.Unsd2022,
        };
        var before = AssessOnly(Yearly(Unit.Count, 2020, values, TargetComparison.AtLeast, target, 2027), Early2024, policy);
        double[] raised = [values[0], values[1], values[2], values[3] + (raise % 500)];
        var after = AssessOnly(Yearly(Unit.Count, 2020, raised, TargetComparison.AtLeast, target, 2027), Early2024, policy);
        return StatusOrder.Rank(after.Status) >= StatusOrder.Rank(before.Status);
    }

    // Law: multiplying every value and the target of an unbounded indicator by a positive constant (a change of unit)
    // leaves the status unchanged under every policy. Powers of two keep the scaling exact in floating point.
    [Property(MaxTest = 150)]
    public bool Assess_ScalingValuesAndTarget_KeepsStatus(ushort a, ushort b, ushort c, ushort targetSeed, byte scaleSeed, byte policySeed)
    {
        double[] values = [1 + (a % 1000), 1 + (b % 1000), 1 + (c % 1000)];
        var target = 1 + (targetSeed % 2000);
        var scale = Math.Pow(2, (scaleSeed % 21) - 10);
        var policy = Policies.Values.ElementAt(policySeed % Policies.Count);
        var original = AssessOnly(Yearly(Unit.Count, 2021, values, TargetComparison.AtLeast, target, 2026), Early2024, policy);
        var scaled = AssessOnly(
            Yearly(Unit.Count, 2021, [values[0] * scale, values[1] * scale, values[2] * scale], TargetComparison.AtLeast, target * scale, 2026),
            Early2024,
            policy);
        return original.Status == scaled.Status;
    }

    public static TheoryData<string> AllPolicies()
    {
        var data = new TheoryData<string>();
        foreach (var key in Policies.Keys)
        {
            data.Add(key);
        }

        return data;
    }
}
