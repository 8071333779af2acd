using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Serialization.Dtos;
using DigitalKpi.Core.Targets;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Turns a <see cref="Programme"/> into the workbook DTOs. Optional fields that hold their default
/// (quality actual, the bounds a percent always has, stock / no aggregation) are left out, so that a
/// canonical workbook reads and writes back to the same JSON.
/// </summary>
internal static class WorkbookWriterMap
{
    public static WorkbookDto ToDto(Programme programme) => new()
    {
        SchemaVersion = WorkbookReaderMap.SchemaVersion,
        Name = programme.Name,
        AsOf = programme.AsOf is { } asOf ? Date(asOf) : null,
        Scopes = [.. programme.Scopes.Select(Scope)],
        Indicators = [.. programme.Indicators.Select(Indicator)],
        Observations = [.. programme.Observations.Select(Observation)],
        Targets = [.. programme.Targets.Select(Target)],
        Tasks = [.. programme.Tasks.Select(Task)],
    };

    private static ScopeDto Scope(Scope scope)
    {
        var splits = scope.Lineage.Where(e => e.Kind == LineageEventKind.SplitFrom).Select(Lineage).ToList();
        return new()
        {
            Id = scope.Id.Value,
            Name = Text(scope.Name),
            Level = WorkbookNames<ScopeLevel>.NameOf(scope.Level),
            Parent = scope.Parent?.Value,
            MergedInto = scope.MergedInto is { } merged ? Lineage(merged) : null,
            SplitFrom = splits.Count == 0 ? null : [.. splits],
        };
    }

    private static LineageDto Lineage(LineageEvent lineage) => new() { Scope = lineage.Other.Value, Effective = Date(lineage.Effective) };

    private static IndicatorDto Indicator(Indicator indicator) => new()
    {
        Id = indicator.Id.Value,
        Name = Text(indicator.Name),
        Unit = WorkbookNames<Unit>.NameOf(indicator.Unit),
        Currency = indicator.Currency,
        Bounds = indicator.Bounds is { } b && !(indicator.Unit == Indicators.Unit.Percent && b == Indicators.Bounds.Percent) ? [b.Lower, b.Upper] : null,
        Polarity = WorkbookNames<Polarity>.NameOf(indicator.Polarity),
        Frequency = WorkbookNames<Frequency>.NameOf(indicator.Frequency),
        TimeAggregation = indicator.TimeAggregation == TimeAggregation.Stock ? null : WorkbookNames<TimeAggregation>.NameOf(indicator.TimeAggregation),
        ScopeAggregation = indicator.ScopeAggregation == ScopeAggregation.None ? null : WorkbookNames<ScopeAggregation>.NameOf(indicator.ScopeAggregation),
        Pillar = indicator.Pillar,
    };

    private static ObservationDto Observation(Observation observation) => new()
    {
        Indicator = observation.IndicatorId.Value,
        Scope = observation.ScopeId.Value,
        Period = observation.Period.ToString(),
        Value = observation.Value,
        Quality = observation.Quality == ObservationQuality.Actual ? null : WorkbookNames<ObservationQuality>.NameOf(observation.Quality),
        Numerator = observation.Numerator,
        Denominator = observation.Denominator,
        Source = observation.Source,
    };

    private static TargetDto Target(Target target) => new()
    {
        Id = target.Id.Value,
        Name = target.Name is { } name ? Text(name) : null,
        Indicator = target.IndicatorId.Value,
        Scope = target.ScopeId.Value,
        Comparison = WorkbookNames<TargetComparison>.NameOf(target.Comparison),
        Value = target.Value,
        Upper = target.Upper,
        Deadline = target.Deadline.ToString(),
        Baseline = target.Baseline is { } baseline ? new PeriodValueDto { Period = baseline.Period.ToString(), Value = baseline.Value } : null,
        Milestones = target.Milestones.IsEmpty ? null : [.. target.Milestones.Select(m => new MilestoneDto { Deadline = m.Deadline.ToString(), Value = m.Value })],
        Weight = target.Weight == 1 ? null : target.Weight,
        Owner = target.Owner,
        Pillar = target.Pillar,
    };

    private static TaskDto Task(PlanTask task) => new()
    {
        Id = task.Id,
        Title = task.Title,
        Due = Date(task.Due),
        Done = task.Done,
        CompletedOn = task.CompletedOn is { } completed ? Date(completed) : null,
    };

    private static Dictionary<string, string> Text(LocalizedText text)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.Vi is { } vi)
        {
            names.Add("vi", vi);
        }

        if (text.En is { } en)
        {
            names.Add("en", en);
        }

        return names;
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
