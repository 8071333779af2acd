using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>Small hand-built programmes with one target each, and the list of every policy variant.</summary>
internal static class AssessmentScenarios
{
    public static readonly ScopeId Nation = new("VN");

    /// <summary>Every policy and variant, by a short key used in theory tables.</summary>
    public static readonly IReadOnlyDictionary<string, AssessmentPolicy> Policies = new Dictionary<string, AssessmentPolicy>
    {
        ["probabilistic"] = ProbabilisticPolicy.Default,
        ["eurostat"] = GrowthRatioPolicy.Eurostat,
        ["statcan"] = GrowthRatioPolicy.StatisticsCanada,
        ["unsd-2022"] = GrowthRatioPolicy.Unsd2022,
        ["unsd-2023"] = ProjectionPolicy.Unsd2023,
        ["destatis"] = ProjectionPolicy.Destatis,
        ["sdsn"] = LinearRatioPolicy.Sdsn,
        ["viva"] = SchedulePolicy.VivaGoals,
        ["engagedly"] = SchedulePolicy.Engagedly,
        ["clearpoint"] = ThresholdsPolicy.ClearPoint,
    };

    public static Indicator Indicator(Unit unit, Bounds? bounds = null, string id = "kpi", Frequency frequency = Frequency.Year)
        => new(new IndicatorId(id), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Share of dossiers online"), unit, frequency, bounds: bounds);

    /// <summary>A programme with one indicator in the nation, yearly values from <paramref name="firstYear"/>, and one target.</summary>
    public static Programme Yearly(
        Unit unit,
        int firstYear,
        double[] values,
        TargetComparison comparison,
        double value,
        int deadlineYear,
        double? upper = null,
        (int Year, double Value)? baseline = null,
        Bounds? bounds = null,
        ObservationQuality lastQuality = ObservationQuality.Actual,
        Milestone[]? milestones = null)
    {
        var indicator = Indicator(unit, bounds);
        var observations = new List<Observation>();
        for (var i = 0; i < values.Length; i++)
        {
            var quality = i == values.Length - 1 ? lastQuality : ObservationQuality.Actual;
            observations.Add(new Observation(indicator.Id, Nation, ReportingPeriod.Year(firstYear + i), values[i], quality));
        }

        var target = new Target(
            new TargetId("t"), indicator.Id, Nation, comparison, value, ReportingPeriod.Year(deadlineYear), upper,
            baseline is { } b ? new Baseline(ReportingPeriod.Year(b.Year), b.Value) : null, milestones);
        return new Programme("test", [NationScope()], [indicator], observations, [target]);
    }

    public static Scope NationScope() => new(Nation, new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation);

    public static Assessment AssessOnly(Programme programme, LocalDate asOf, AssessmentPolicy policy)
        => Assessor.Assess(programme, programme.Targets[0], asOf, policy);
}
