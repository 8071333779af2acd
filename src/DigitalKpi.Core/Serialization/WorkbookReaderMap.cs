using System.Globalization;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Serialization.Dtos;
using DigitalKpi.Core.Targets;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Turns the DTOs of one workbook text into the domain, checking every field, reference and
/// duplicate; each failure is a <see cref="WorkbookException"/> located in <c>json</c>.
/// </summary>
/// <param name="json">The UTF-8 text the DTOs were read from, to locate errors.</param>
internal sealed class WorkbookReaderMap(ReadOnlyMemory<byte> json)
{
    /// <summary>The workbook format version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    private const string IdExpected = "an id: a non-empty text without spaces, such as \"online-dossier-share\"";
    private const string DateExpected = "an ISO date yyyy-MM-dd such as \"2024-07-10\"";
    private const string NumberExpected = "a finite number such as 42 or 17.5";

    public Programme ToProgramme(WorkbookDto dto)
    {
        var version = dto.SchemaVersion ?? throw Missing("$.schemaVersion", $"the format version {SchemaVersion}");
        if (version != SchemaVersion)
        {
            throw Unexpected("$.schemaVersion", $"{SchemaVersion}: this library reads workbook format version {SchemaVersion}");
        }

        var name = NotBlank(dto.Name, "$.name", "the programme's name");
        LocalDate? asOf = dto.AsOf is null ? null : Date(dto.AsOf, "$.asOf");
        var scopes = Scopes(dto.Scopes ?? []);
        var indicators = Indicators(dto.Indicators ?? []);
        var observations = Observations(dto.Observations ?? [], scopes, indicators);
        var targets = Targets(dto.Targets ?? [], scopes, indicators);
        var tasks = Tasks(dto.Tasks ?? []);
        try
        {
            return new Programme(name, [.. scopes.Values], [.. indicators.Values], observations, targets, tasks, asOf);
        }
        catch (ProgrammeValidationException exception)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{exception.Collection}[{exception.Index}]");
            throw Error(exception.Field.Length > 0 ? $"{path}.{exception.Field}" : path, exception.Detail, exception);
        }
    }

    private Dictionary<ScopeId, Scope> Scopes(List<ScopeDto?> dtos)
    {
        // All ids first: a parent or a lineage event may name a scope listed after it.
        var ids = new Dictionary<ScopeId, JsonPath>();
        var idAt = new ScopeId[dtos.Count];
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("scopes", i);
            idAt[i] = Id(Element(dtos[i], path).Id, new(path, ".id"), text => new ScopeId(text));
            Unique(ids, idAt[i], new(path, ".id"), "scope");
        }

        var scopes = new Dictionary<ScopeId, Scope>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("scopes", i);
            var dto = dtos[i]!;
            var id = idAt[i];
            var name = Text(dto.Name, new(path, ".name"));
            var level = Enum<ScopeLevel>(dto.Level, new(path, ".level"));
            ScopeId? parent = dto.Parent is null ? null : Reference(dto.Parent, new(path, ".parent"), ids.Keys, "scope", "$.scopes", text => new ScopeId(text));
            var lineage = new List<LineageEvent>();
            if (dto.MergedInto is { } merged)
            {
                lineage.Add(Lineage(merged, path + ".mergedInto", ids.Keys, LineageEvent.MergedInto));
            }

            var splits = dto.SplitFrom ?? [];
            for (var k = 0; k < splits.Count; k++)
            {
                var splitPath = $"{path}.splitFrom[{k}]";
                lineage.Add(Lineage(Element(splits[k], splitPath), splitPath, ids.Keys, LineageEvent.SplitFrom));
            }

            scopes.Add(id, Build(path, () => new Scope(id, name, level, parent, lineage)));
        }

        return scopes;
    }

    private LineageEvent Lineage(LineageDto dto, string path, IEnumerable<ScopeId> known, Func<ScopeId, LocalDate, LineageEvent> create)
    {
        var other = Reference(dto.Scope, new(path, ".scope"), known, "scope", "$.scopes", text => new ScopeId(text));
        var effective = Date(dto.Effective, new(path, ".effective"));
        return Build(path, () => create(other, effective));
    }

    private Dictionary<IndicatorId, Indicator> Indicators(List<IndicatorDto?> dtos)
    {
        var indicators = new Dictionary<IndicatorId, Indicator>();
        var paths = new Dictionary<IndicatorId, JsonPath>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("indicators", i);
            var dto = Element(dtos[i], path);
            var id = Id(dto.Id, new(path, ".id"), text => new IndicatorId(text));
            Unique(paths, id, new(path, ".id"), "indicator");
            var name = Text(dto.Name, new(path, ".name"));
            var unit = Enum<Unit>(dto.Unit, new(path, ".unit"));
            var frequency = Enum<Frequency>(dto.Frequency, new(path, ".frequency"));
            Polarity? polarity = dto.Polarity is null ? null : Enum<Polarity>(dto.Polarity, new(path, ".polarity"));
            Bounds? bounds = dto.Bounds is null ? null : Bounds(dto.Bounds, new(path, ".bounds"));
            var time = dto.TimeAggregation is null ? TimeAggregation.Stock : Enum<TimeAggregation>(dto.TimeAggregation, new(path, ".timeAggregation"));
            var scope = dto.ScopeAggregation is null ? ScopeAggregation.None : Enum<ScopeAggregation>(dto.ScopeAggregation, new(path, ".scopeAggregation"));
            indicators.Add(id, Build(path, () => new Indicator(id, name, unit, frequency, polarity, bounds, dto.Currency, time, scope, dto.Pillar)));
        }

        return indicators;
    }

    private Bounds Bounds(double[] values, JsonPath at)
    {
        var path = at.ToString();
        if (values.Length != 2)
        {
            throw Unexpected(path, $"an array of two numbers [min, max]; it has {values.Length}");
        }

        var lower = Finite(values[0], new(path, "[0]"));
        var upper = Finite(values[1], new(path, "[1]"));
        return Build(path, () => new Bounds(lower, upper));
    }

    private List<Observation> Observations(List<ObservationDto?> dtos, Dictionary<ScopeId, Scope> scopes, Dictionary<IndicatorId, Indicator> indicators)
    {
        var observations = new List<Observation>(dtos.Count);
        // Keyed by the days, not the period's kind: "2023" and "2023-01-01/2023-12-31" are one period spelled two ways.
        var seen = new Dictionary<(IndicatorId, ScopeId, LocalDate, LocalDate), (string Path, ReportingPeriod Period)>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("observations", i);
            var dto = Element(dtos[i], path);
            var indicator = Reference(dto.Indicator, new(path, ".indicator"), indicators.Keys, "indicator", "$.indicators", text => new IndicatorId(text));
            var scope = Reference(dto.Scope, new(path, ".scope"), scopes.Keys, "scope", "$.scopes", text => new ScopeId(text));
            var period = Period(dto.Period, new(path, ".period"));
            var value = Finite(dto.Value, new(path, ".value"));
            var quality = dto.Quality is null ? ObservationQuality.Actual : Enum<ObservationQuality>(dto.Quality, new(path, ".quality"));
            double? numerator = dto.Numerator is null ? null : Finite(dto.Numerator, new(path, ".numerator"));
            double? denominator = dto.Denominator is null ? null : Finite(dto.Denominator, new(path, ".denominator"));
            if (!seen.TryAdd((indicator, scope, period.Start, period.End), (path, period)))
            {
                var first = seen[(indicator, scope, period.Start, period.End)];
                throw Error(
                    new(path, ".period"),
                    $"found a second value for indicator \"{indicator}\", scope \"{scope}\", period \"{period}\" (the first is {first.Path}, {Place(first.Path)}{SameDays(first.Period, period)}); expected one value per indicator, scope and period.");
            }

            // Not through Build, whose lambda would allocate a closure and a delegate for every observation, the most numerous item.
            try
            {
                observations.Add(new Observation(indicator, scope, period, value, quality, numerator, denominator, dto.Source));
            }
            catch (ArgumentException exception)
            {
                throw Restated(path, exception);
            }
        }

        return observations;
    }

    private List<Target> Targets(List<TargetDto?> dtos, Dictionary<ScopeId, Scope> scopes, Dictionary<IndicatorId, Indicator> indicators)
    {
        var targets = new List<Target>(dtos.Count);
        var ids = new Dictionary<TargetId, JsonPath>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("targets", i);
            var dto = Element(dtos[i], path);
            var id = Id(dto.Id, new(path, ".id"), text => new TargetId(text));
            Unique(ids, id, new(path, ".id"), "target");
            var indicator = Reference(dto.Indicator, new(path, ".indicator"), indicators.Keys, "indicator", "$.indicators", text => new IndicatorId(text));
            var scope = Reference(dto.Scope, new(path, ".scope"), scopes.Keys, "scope", "$.scopes", text => new ScopeId(text));
            var comparison = Enum<TargetComparison>(dto.Comparison, new(path, ".comparison"));
            var value = Finite(dto.Value, new(path, ".value"));
            double? upper = dto.Upper is null ? null : Finite(dto.Upper, new(path, ".upper"));
            if (comparison == TargetComparison.Between && upper is null)
            {
                throw Missing(new(path, ".upper"), "the upper end of the range: a \"between\" target has \"value\" as its lower end and \"upper\" as its upper end");
            }

            var deadline = Period(dto.Deadline, new(path, ".deadline"));
            Baseline? baseline = dto.Baseline is { } b
                ? Build(path + ".baseline", () => new Baseline(Period(b.Period, new(path, ".baseline.period")), Finite(b.Value, new(path, ".baseline.value"))))
                : null;
            var milestones = new List<Milestone>();
            var milestoneDtos = dto.Milestones ?? [];
            for (var k = 0; k < milestoneDtos.Count; k++)
            {
                var milestonePath = $"{path}.milestones[{k}]";
                var m = Element(milestoneDtos[k], milestonePath);
                var milestoneDeadline = Period(m.Deadline, milestonePath + ".deadline");
                var milestoneValue = Finite(m.Value, milestonePath + ".value");
                milestones.Add(Build(milestonePath, () => new Milestone(milestoneDeadline, milestoneValue)));
            }

            var weight = dto.Weight is null ? 1 : Finite(dto.Weight, new(path, ".weight"));
            LocalizedText? name = dto.Name is null ? null : Text(dto.Name, new(path, ".name"));
            targets.Add(Build(path, () => new Target(id, indicator, scope, comparison, value, deadline, upper, baseline, milestones, weight, dto.Owner, dto.Pillar, name)));
        }

        return targets;
    }

    private List<PlanTask> Tasks(List<TaskDto?> dtos)
    {
        var tasks = new List<PlanTask>(dtos.Count);
        var ids = new Dictionary<string, JsonPath>(StringComparer.Ordinal);
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = Item("tasks", i);
            var dto = Element(dtos[i], path);
            var id = NotBlank(dto.Id, new(path, ".id"), IdExpected);
            Unique(ids, id, new(path, ".id"), "task");
            var title = NotBlank(dto.Title, new(path, ".title"), "the task's title");
            var due = Date(dto.Due, new(path, ".due"));
            var done = dto.Done ?? throw Missing(new(path, ".done"), "true or false");
            LocalDate? completedOn = dto.CompletedOn is null ? null : Date(dto.CompletedOn, new(path, ".completedOn"));
            tasks.Add(Build(path, () => new PlanTask(id, title, due, done, completedOn)));
        }

        return tasks;
    }

    /// <summary>For a duplicate period spelled another way than the first (<c>"2023"</c> and <c>"2023-01-01/2023-12-31"</c>): both spellings and the days they share; otherwise empty.</summary>
    internal static string SameDays(ReportingPeriod first, ReportingPeriod second)
        => first.Equals(second) ? string.Empty : $", with period \"{first}\": the same days as \"{second}\", {second.Start:uuuu-MM-dd} to {second.End:uuuu-MM-dd}";

    private static string Item(string collection, int index) => string.Create(CultureInfo.InvariantCulture, $"$.{collection}[{index}]");

    private T Element<T>(T? dto, string path)
        where T : class
        => dto ?? throw Unexpected(path, "an object");

    private string NotBlank(string? text, JsonPath path, string expected)
    {
        if (text is null)
        {
            throw Missing(path, expected);
        }

        return string.IsNullOrWhiteSpace(text) ? throw Unexpected(path, expected) : text;
    }

    private T Id<T>(string? text, JsonPath path, Func<string, T> create)
    {
        var checkedText = NotBlank(text, path, IdExpected);
        try
        {
            return create(checkedText);
        }
        catch (ArgumentException exception)
        {
            throw Unexpected(path, IdExpected, exception);
        }
    }

    private void Unique<TKey>(Dictionary<TKey, JsonPath> seen, TKey id, JsonPath path, string kind)
        where TKey : notnull
    {
        if (!seen.TryAdd(id, path))
        {
            throw Error(path, $"found the {kind} id \"{id}\" a second time (the first is {seen[id]}, {Place(seen[id])}); expected each {kind} id once.");
        }
    }

    private T Reference<T>(string? text, JsonPath path, IEnumerable<T> known, string kind, string collection, Func<string, T> create)
    {
        var id = Id(text, path, create);
        if (known.Contains(id))
        {
            return id;
        }

        throw Error(path, $"found {WorkbookErrors.Quote(id!.ToString()!)}, which is not the id of any {kind} in {collection}; expected one of: {WorkbookErrors.IdList(known, $"none: {collection} is empty")}.");
    }

    private LocalizedText Text(Dictionary<string, string>? names, JsonPath path)
    {
        const string expected = "an object of texts by language code, such as { \"vi\": \"...\", \"en\": \"...\" }";
        if (names is null)
        {
            throw Missing(path, expected);
        }

        foreach (var (language, text) in names)
        {
            if (language is not ("vi" or "en"))
            {
                throw Error(WorkbookPath.Member(path.ToString(), language), $"found the language code \"{language}\"; expected \"vi\" (Vietnamese) or \"en\" (English).");
            }

            // A blank text would be dropped (the language read as absent) and left out when written: refused, as a blank pillar is.
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                throw Unexpected(WorkbookPath.Member(path.ToString(), language), "a non-blank text, or the language left out (absent or null) when there is no text in it");
            }
        }

        return Build(path, () => new LocalizedText(names.GetValueOrDefault("vi"), names.GetValueOrDefault("en")));
    }

    private T Enum<T>(string? text, JsonPath path)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            throw Missing(path, $"one of: {WorkbookNames<T>.Allowed}");
        }

        return WorkbookNames<T>.TryParse(text, out var value)
            ? value
            : throw Unexpected(path, $"one of: {WorkbookNames<T>.Allowed} (case-sensitive)");
    }

    private ReportingPeriod Period(string? text, JsonPath path)
    {
        if (text is null)
        {
            throw Missing(path, $"a reporting period: {ReportingPeriodFormatException.AcceptedForms}");
        }

        try
        {
            return ReportingPeriod.Parse(text);
        }
        catch (ReportingPeriodFormatException exception)
        {
            throw Error(path, WorkbookErrors.NotAPeriod(text, exception), exception);
        }
    }

    private LocalDate Date(string? text, JsonPath path)
    {
        if (text is null)
        {
            throw Missing(path, DateExpected);
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw Unexpected(path, DateExpected, result.Exception);
        }

        // yyyy-MM-dd with a four-digit year from 1, as reporting periods: NodaTime's pattern also reads years 0 and below.
        var year = result.Value.Year;
        return year >= Periods.ReportingPeriod.MinYear
            ? result.Value
            : throw Unexpected(path, $"{DateExpected}, in a year from {Periods.ReportingPeriod.MinYear} to {Periods.ReportingPeriod.MaxYear}; received year {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private double Finite(double? value, JsonPath path)
    {
        if (value is not { } number)
        {
            throw Missing(path, NumberExpected);
        }

        // JSON cannot hold NaN, but a literal beyond ±1.8e308 (1e999) reads as an infinity.
        return double.IsFinite(number) ? number : throw Unexpected(path, $"{NumberExpected}; the number is beyond the range of a double (±1.8e308)");
    }

    /// <summary>Runs a domain constructor, restating its <see cref="ArgumentException"/> at <paramref name="path"/> (or at the property its parameter names).</summary>
    private T Build<T>(JsonPath path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            throw Restated(path, exception);
        }
    }

    /// <summary>A domain constructor's <see cref="ArgumentException"/> restated at <paramref name="path"/> (or at the property its parameter names).</summary>
    private WorkbookException Restated(JsonPath path, ArgumentException exception)
    {
        var at = path.ToString();
        var field = exception.ParamName is { Length: > 0 } name && at != "$" && IsProperty(at, name) ? WorkbookPath.Member(at, name) : at;
        return Error(field, WorkbookErrors.RuleOf(exception), exception);
    }

    private bool IsProperty(string path, string name) => JsonTextLocator.Exists(json.Span, WorkbookPath.Member(path, name));

    private string Place(JsonPath path)
    {
        var position = JsonTextLocator.PositionOf(json.Span, JsonTextLocator.FindOffset(json.Span, path.ToString()));
        return $"line {position.Line}";
    }

    private WorkbookException Error(JsonPath path, string problem, Exception? innerException = null)
        => WorkbookErrors.At(json.Span, path.ToString(), problem, innerException);

    private WorkbookException Unexpected(JsonPath path, string expected, Exception? innerException = null)
        => WorkbookErrors.Unexpected(json.Span, path.ToString(), expected, innerException);

    private WorkbookException Missing(JsonPath at, string expected)
    {
        var path = at.ToString();
        if (JsonTextLocator.Exists(json.Span, path))
        {
            // Present but null.
            return Unexpected(path, expected);
        }

        var name = path[(path.LastIndexOf('.') + 1)..];
        return WorkbookErrors.At(json.Span, path, $"the required property \"{name}\" is missing; expected {expected}.");
    }

    /// <summary>
    /// The JSON path of a property, joined only when a message needs it: reading a large workbook names every
    /// field it checks, and only a failing one is reported.
    /// </summary>
    /// <param name="parent">The path of the object or array, e.g. <c>$.observations[12]</c>.</param>
    /// <param name="suffix">What follows it, e.g. <c>.value</c> or <c>[0]</c>; empty for the parent itself.</param>
    private readonly struct JsonPath(string parent, string suffix)
    {
        public static implicit operator JsonPath(string path) => new(path, string.Empty);

        public override string ToString() => suffix.Length == 0 ? parent : parent + suffix;
    }
}
