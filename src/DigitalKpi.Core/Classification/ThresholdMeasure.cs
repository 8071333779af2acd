namespace DigitalKpi.Core.Classification;

/// <summary>The number a <see cref="ThresholdRule"/> tests.</summary>
public enum ThresholdMeasure
{
    /// <summary>
    /// Attainment as a fraction: latest ÷ target when higher is better, target ÷ latest when lower is better
    /// (WORKBOOK.md <c>attainment</c>); ClearPoint's "% of target" and Power BI's "% of target met". Undefined when the divisor is 0.
    /// </summary>
    Attainment = 0,

    /// <summary>
    /// Progress from base to target as a fraction, <c>(yt − y0)/(yT − y0)</c>: ServiceNow's achievement % ÷ 100, Viva Goals'
    /// progress, a Google OKR grade. Undefined when base equals target.
    /// </summary>
    Progress = 1,

    /// <summary>The latest value itself, in the indicator's unit (Power BI rules on value).</summary>
    Value = 2,
}
