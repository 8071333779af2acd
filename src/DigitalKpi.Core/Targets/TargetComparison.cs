namespace DigitalKpi.Core.Targets;

/// <summary>How a value is compared with a target.</summary>
/// <remarks>The default value is <see cref="AtLeast"/>.</remarks>
public enum TargetComparison
{
    /// <summary>Met when the value is at least the target value (workbook <c>atLeast</c>).</summary>
    AtLeast = 0,

    /// <summary>Met when the value is at most the target value (workbook <c>atMost</c>), e.g. a rank or a processing time.</summary>
    AtMost = 1,

    /// <summary>Met when the value lies between the target value and the upper value, both included (workbook <c>between</c>).</summary>
    Between = 2,
}
