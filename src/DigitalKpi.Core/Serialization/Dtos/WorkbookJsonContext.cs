using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalKpi.Core.Serialization.Dtos;

/// <summary>
/// The source-generated System.Text.Json metadata for the workbook DTOs: camelCase names, unknown
/// and duplicate properties rejected, numbers only as JSON numbers (a quoted "NaN" is an error).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(WorkbookDto))]
internal sealed partial class WorkbookJsonContext : JsonSerializerContext;
