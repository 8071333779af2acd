namespace DigitalKpi.Core.Classification;

/// <summary>How a <see cref="ThresholdRule"/> compares its measure with its threshold; the name says whether the threshold itself matches.</summary>
public enum ThresholdComparison
{
    /// <summary>Matches when measure ≥ threshold (inclusive).</summary>
    AtLeast = 0,

    /// <summary>Matches when measure &gt; threshold (exclusive).</summary>
    GreaterThan = 1,

    /// <summary>Matches when measure ≤ threshold (inclusive).</summary>
    AtMost = 2,

    /// <summary>Matches when measure &lt; threshold (exclusive).</summary>
    LessThan = 3,
}
