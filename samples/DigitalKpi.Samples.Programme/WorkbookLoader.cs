using System.Text.Json;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Serialization;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Programme;

/// <summary>Loads the embedded workbook or the user's, and replaces its observations with a CSV when asked.</summary>
internal static class WorkbookLoader
{
    public const string EmbeddedName = "DigitalKpi.Samples.Programme.programme.json";

    public static CoreProgramme Load(string? workbookPath, string? observationsPath)
    {
        var programme = workbookPath is null ? ReadEmbedded() : ReadFile(workbookPath);
        return observationsPath is null ? programme : WithObservations(programme, observationsPath);
    }

    private static CoreProgramme ReadEmbedded()
    {
        using var stream = typeof(WorkbookLoader).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The embedded workbook {EmbeddedName} is missing from the build.");
        return WorkbookSerializer.Read(stream);
    }

    private static CoreProgramme ReadFile(string path)
    {
        using var stream = OpenFile(path, "workbook", "--workbook");
        try
        {
            return WorkbookSerializer.Read(stream);
        }
        // JsonException includes the reader's WorkbookException.
        catch (Exception e) when (e is JsonException or ProgrammeValidationException or ArgumentException)
        {
            throw new UsageException($"workbook '{path}' is not a valid workbook: {OneLine(e.Message)} Fix the file (format: WORKBOOK.md) or leave out --workbook to use the embedded one.");
        }
    }

    private static CoreProgramme WithObservations(CoreProgramme programme, string path)
    {
        using var stream = OpenFile(path, "observations", "--observations");
        using var reader = new StreamReader(stream);
        try
        {
            // The CSV replaces the workbook's observations: check it against the workbook without them.
            var empty = new CoreProgramme(programme.Name, programme.Scopes, programme.Indicators, [], programme.Targets, programme.Tasks, programme.AsOf);
            var observations = ObservationCsvReader.Read(reader, path, empty);
            return new CoreProgramme(programme.Name, programme.Scopes, programme.Indicators, observations, programme.Targets, programme.Tasks, programme.AsOf);
        }
        catch (Exception e) when (e is ObservationCsvException or ProgrammeValidationException or ArgumentException)
        {
            throw new UsageException($"observations file '{path}' is not valid: {OneLine(e.Message)} Fix the CSV (columns indicator,scope,period,value) or leave out --observations.");
        }
    }

    private static FileStream OpenFile(string path, string what, string option)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{what} file '{path}' not found; check the path given to {option}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{what} file '{path}' cannot be read ({OneLine(e.Message)}); check the path and its permissions.");
        }
    }

    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
