namespace DigitalKpi.Core.Indicators;

/// <summary>
/// Which direction of an indicator's value is progress. A rank (1 = best) is
/// <see cref="LowerIsBetter"/>; shares, counts and indices are usually <see cref="HigherIsBetter"/>.
/// </summary>
/// <remarks>The default value is <see cref="HigherIsBetter"/>, as in the workbook format.</remarks>
public enum Polarity
{
    /// <summary>A larger value is progress (the workbook's <c>higherIsBetter</c>, the default).</summary>
    HigherIsBetter = 0,

    /// <summary>A smaller value is progress (the workbook's <c>lowerIsBetter</c>), e.g. a rank or a processing time.</summary>
    LowerIsBetter = 1,
}
