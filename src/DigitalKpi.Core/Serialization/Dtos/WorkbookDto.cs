namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>The workbook file's root object, property for property as in WORKBOOK.md, version 1.</summary>
/// <remarks>Every property is nullable so that a missing field is reported by the mapper with its JSON path.</remarks>
internal sealed class WorkbookDto
{
    public int? SchemaVersion { get; set; }

    public string? Name { get; set; }

    public string? AsOf { get; set; }

    public List<ScopeDto?>? Scopes { get; set; }

    public List<IndicatorDto?>? Indicators { get; set; }

    public List<ObservationDto?>? Observations { get; set; }

    public List<TargetDto?>? Targets { get; set; }

    public List<TaskDto?>? Tasks { get; set; }
}
