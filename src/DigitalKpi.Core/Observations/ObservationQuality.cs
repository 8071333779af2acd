namespace DigitalKpi.Core.Observations;

/// <summary>How firm an observed value is.</summary>
/// <remarks>The default value is <see cref="Actual"/>, as in the workbook.</remarks>
public enum ObservationQuality
{
    /// <summary>A measured, final value (workbook <c>actual</c>, the default).</summary>
    Actual = 0,

    /// <summary>An estimate made before the period's data is complete ("ước đạt"; workbook <c>estimated</c>).</summary>
    Estimated = 1,

    /// <summary>A preliminary figure that may still be revised (workbook <c>provisional</c>).</summary>
    Provisional = 2,
}
