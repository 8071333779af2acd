namespace DigitalKpi.Core.Periods;

/// <summary>
/// Thrown by <see cref="ReportingPeriod.Parse(string)"/> when a text is not one of the workbook's
/// period forms. The message quotes the text, says what is wrong and lists the accepted forms.
/// </summary>
public sealed class ReportingPeriodFormatException : FormatException
{
    /// <summary>The accepted forms, as listed in every message.</summary>
    internal const string AcceptedForms =
        "\"2024\" (year), \"2024-H1\" or \"2024-H2\" (half), \"2024-Q1\" … \"2024-Q4\" (quarter), "
        + "\"2024-06\" (month) or \"2024-01-01/2024-03-31\" (custom interval, both days inclusive, start on or before end); years 1 to 9999";

    /// <summary>Creates the exception for <paramref name="text"/>.</summary>
    /// <param name="text">The text that did not parse; null is reported as <c>null</c>.</param>
    /// <param name="reason">What is wrong with it, one short clause without a final period.</param>
    public ReportingPeriodFormatException(string? text, string reason)
        : base($"{(text is null ? "null" : $"\"{text}\"")} is not a reporting period: {reason}. Accepted forms: {AcceptedForms}.")
    {
        Text = text;
        Reason = reason;
    }

    /// <summary>The text that did not parse (null when null was passed).</summary>
    public string? Text { get; }

    /// <summary>What is wrong with <see cref="Text"/>, e.g. <c>quarter must be 1 to 4</c>.</summary>
    public string Reason { get; }
}
