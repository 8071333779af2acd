namespace DigitalKpi.Core.Serialization.AssessmentDtos;

/// <summary>An assessment's <c>projected</c>: <c>at</c>, <c>mean</c>, <c>lower80</c>, <c>upper80</c> (null without an interval), and the documented addition <c>median</c> (null when the projection has none).</summary>
internal sealed class AssessmentProjectedDto
{
    public required string At { get; init; }

    public required double Mean { get; init; }

    public double? Lower80 { get; init; }

    public double? Upper80 { get; init; }

    public double? Median { get; init; }
}
