namespace DigitalKpi.Samples.Programme;

/// <summary>What the sample writes to standard output.</summary>
internal enum ReportFormat
{
    Table,
    Markdown,
    Json,
}
