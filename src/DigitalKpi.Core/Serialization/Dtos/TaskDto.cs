namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>A plan task in the workbook: <c>id</c>, <c>title</c>, <c>due</c> (ISO yyyy-MM-dd), <c>done</c>, and the addition <c>completedOn</c> (ISO yyyy-MM-dd).</summary>
internal sealed class TaskDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Due { get; set; }

    public bool? Done { get; set; }

    public string? CompletedOn { get; set; }
}
