namespace DigitalKpi.Core.Rollups;

/// <summary>Why an observation of a contributing scope was left out of a rate rollup.</summary>
/// <remarks>The default value is <see cref="NoNumeratorDenominator"/>.</remarks>
public enum RateRollupExclusionReason
{
    /// <summary>The observation has a value but no numerator and denominator, so it cannot be pooled (a rate is never averaged).</summary>
    NoNumeratorDenominator = 0,

    /// <summary>The observation's period ends on or after the day its scope merged into another; the successor's own value covers that territory.</summary>
    AfterMerge = 1,
}
