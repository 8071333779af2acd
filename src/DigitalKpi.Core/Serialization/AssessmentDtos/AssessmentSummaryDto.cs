namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>The <c>summary</c>: <c>counts</c> and <c>shares</c> by status, and the documented additions <c>total</c> and <c>shareStep</c>.</summary>
internal sealed class AssessmentSummaryDto
{
    public required int Total { get; init; }

    public required StatusCountsDto Counts { get; init; }

    public required StatusSharesDto Shares { get; init; }

    public required double ShareStep { get; init; }
}
