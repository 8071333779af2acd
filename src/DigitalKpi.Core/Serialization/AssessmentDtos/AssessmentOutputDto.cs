namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>The root of the assessment output (WORKBOOK.md, "Assessment output"): <c>asOf</c>, <c>method</c>, <c>assessments</c>, <c>summary</c>.</summary>
internal sealed class AssessmentOutputDto
{
    public required string AsOf { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyList<AssessmentDto> Assessments { get; init; }

    public required AssessmentSummaryDto Summary { get; init; }
}
