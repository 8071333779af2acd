namespace DigitalKpi.Core.Classification;

/// <summary>Which published growth-rate-ratio method <see cref="GrowthRatioPolicy"/> runs.</summary>
/// <remarks>The default value is <see cref="Eurostat"/>.</remarks>
public enum GrowthRatioVariant
{
    /// <summary>Eurostat's EU SDG monitoring rule, <see cref="EurostatGrowthRatio"/> (METHODS.md §1.1); the default value.</summary>
    Eurostat = 0,

    /// <summary>Statistics Canada's Open SDG progress measure, <see cref="StatisticsCanadaProgress"/> (METHODS.md §1.2).</summary>
    StatisticsCanada = 1,

    /// <summary>UNSD's 2022 SDG Progress Chart, <see cref="UnsdProgressChart2022"/> (METHODS.md §1.3).</summary>
    Unsd2022 = 2,
}
