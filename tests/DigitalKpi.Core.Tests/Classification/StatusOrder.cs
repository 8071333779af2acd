using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>Orders the forward-looking statuses from worst to best for monotonicity properties.</summary>
internal static class StatusOrder
{
    public static int Rank(Status status) => status switch
    {
        Status.Done => 3,
        Status.Likely => 2,
        Status.AtRisk => 1,
        _ => 0,
    };
}
