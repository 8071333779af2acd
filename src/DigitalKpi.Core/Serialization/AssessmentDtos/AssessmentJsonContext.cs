using System.Text.Json.Serialization;

namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>
/// The source-generated System.Text.Json metadata for the assessment output: camelCase names, indented, numbers as
/// JSON numbers, null members written as <c>null</c> (a not-assessable target's <c>probability</c> is <c>null</c>, not absent).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true)]
[JsonSerializable(typeof(AssessmentOutputDto))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
