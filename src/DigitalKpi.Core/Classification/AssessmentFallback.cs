namespace DigitalKpi.Core.Classification;

/// <summary>
/// Which simplified rule decided an assessment when the data were too short for the policy's normal path.
/// </summary>
/// <remarks>The default value is <see cref="None"/>: the policy's normal path decided.</remarks>
public enum AssessmentFallback
{
    /// <summary>No fallback: the policy's normal path decided (the default value).</summary>
    None = 0,

    /// <summary>
    /// One value and a baseline: the value is compared with the straight path from the baseline to the target
    /// over the target's time window; on or beyond the path is likely, behind it at risk. No probability is given.
    /// </summary>
    BaselinePath = 1,

    /// <summary>
    /// One value and no baseline: the forecast is flat at that value with an interval set by the forecasting
    /// model's reference relative error (<see cref="Forecasting.ShortSeriesPolicy"/>), not by the data.
    /// </summary>
    ReferenceInterval = 2,
}
