using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The <c>growth-ratio</c> policy: the ratio of the observed to the required compound annual growth rate,
/// <c>R = CAGR_a / CAGR_r</c>, as Eurostat, Statistics Canada (Open SDG) and UNSD (2022) publish it; likely in the
/// method's top band (R ≥ 0.95), else at risk. The method's own category is kept in <see cref="Assessment.MethodVerdict"/>.
/// </summary>
/// <remarks>
/// The shared rules of <see cref="AssessmentPolicy"/> come first (done, missed, no data); a rate that is undefined (a base
/// of 0, a sign change, a single value without an earlier baseline) leaves the target not assessable. UNSD's 0.05%
/// achievement tolerance can make a target within it done. Source: METHODS.md §1.1–1.3 and the classes named in
/// <see cref="GrowthRatioVariant"/>. Immutable and thread-safe.
/// </remarks>
public sealed class GrowthRatioPolicy : AssessmentPolicy
{
    /// <summary>The policy name, <c>growth-ratio</c>.</summary>
    public const string PolicyName = "growth-ratio";

    /// <summary>Creates the policy.</summary>
    /// <param name="variant">Which published method to run; Eurostat by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not a defined value.</exception>
    public GrowthRatioPolicy(GrowthRatioVariant variant = GrowthRatioVariant.Eurostat)
    {
        Variant = EnumCheck.Defined(variant);
        Method = variant switch
        {
            GrowthRatioVariant.Eurostat => EurostatGrowthRatio.Instance,
            GrowthRatioVariant.StatisticsCanada => StatisticsCanadaProgress.Instance,
            _ => UnsdProgressChart2022.Instance,
        };
    }

    /// <summary>The policy with Eurostat's method (the default of <see cref="AssessmentPolicy.FromName"/>).</summary>
    public static GrowthRatioPolicy Eurostat { get; } = new(GrowthRatioVariant.Eurostat);

    /// <summary>The policy with Statistics Canada's method.</summary>
    public static GrowthRatioPolicy StatisticsCanada { get; } = new(GrowthRatioVariant.StatisticsCanada);

    /// <summary>The policy with UNSD's 2022 method.</summary>
    public static GrowthRatioPolicy Unsd2022 { get; } = new(GrowthRatioVariant.Unsd2022);

    /// <inheritdoc />
    public override string Name => PolicyName;

    /// <summary>Which published method the policy runs.</summary>
    public GrowthRatioVariant Variant { get; }

    /// <inheritdoc />
    internal override IProgressMethod Method { get; }
}
