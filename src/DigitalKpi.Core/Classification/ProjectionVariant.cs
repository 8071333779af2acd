namespace DigitalKpi.Core.Classification;

/// <summary>Which published projection method <see cref="ProjectionPolicy"/> runs.</summary>
/// <remarks>The default value is <see cref="Unsd2023"/>.</remarks>
public enum ProjectionVariant
{
    /// <summary>UNSD's SDG Report method from 2023, <see cref="UnsdProjection2023"/>: exponential projection and progress ratio (METHODS.md §1.3); the default value.</summary>
    Unsd2023 = 0,

    /// <summary>Destatis' weather symbols, <see cref="DestatisWeather"/>: linear continuation and shortfall (METHODS.md §1.7).</summary>
    Destatis = 1,
}
