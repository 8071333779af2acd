namespace DigitalKpi.Core.Classification;

/// <summary>
/// The verdict on one target at an as-of time: done, likely to be done by its deadline, at risk,
/// missed (deadline passed without meeting it) or not assessable (not enough usable data).
/// </summary>
/// <remarks>
/// The workbook spells the values <c>done</c>, <c>likely</c>, <c>atRisk</c>, <c>missed</c> and
/// <c>notAssessable</c> (WORKBOOK.md, "Assessment output"). The default value is <see cref="NotAssessable"/>,
/// so an uninitialised status never claims progress.
/// </remarks>
public enum Status
{
    /// <summary>Not enough usable data to decide (workbook <c>notAssessable</c>); the default value.</summary>
    NotAssessable = 0,

    /// <summary>The target is already met (workbook <c>done</c>).</summary>
    Done = 1,

    /// <summary>Not yet met, but the method's top band says it will be met by the deadline (workbook <c>likely</c>).</summary>
    Likely = 2,

    /// <summary>Not met and not in the method's top band (workbook <c>atRisk</c>).</summary>
    AtRisk = 3,

    /// <summary>The deadline has passed and the target was not met (workbook <c>missed</c>).</summary>
    Missed = 4,
}
