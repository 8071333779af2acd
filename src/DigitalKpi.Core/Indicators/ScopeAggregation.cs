namespace DigitalKpi.Core.Indicators;

/// <summary>How an indicator's values for several scopes (provinces, ministries) combine into their parent's value.</summary>
/// <remarks>The default value is <see cref="None"/>: values are not combined unless the workbook says how.</remarks>
public enum ScopeAggregation
{
    /// <summary>Values are not combined; a parent's value must be observed itself.</summary>
    None = 0,

    /// <summary>The parent's value is the sum of its children's (counts, amounts).</summary>
    Sum = 1,

    /// <summary>A rate: the parent's value is the sum of the numerators over the sum of the denominators (× 100 for a percent), which needs observations carrying both.</summary>
    RatioOfSums = 2,

    /// <summary>The parent's value is the unweighted mean of its children's.</summary>
    Average = 3,
}
