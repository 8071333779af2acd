namespace DigitalKpi.Core.Classification;

/// <summary>Which rate ratio the UNSD Progress Chart 2022 rule uses (<see cref="UnsdProgressChart2022"/>), named as in the UNDP SDG Push code.</summary>
public enum UnsdRateRatio
{
    /// <summary>"CAGRR": <c>CR = CAGR_a / CAGR_r</c> with cut-offs 0.95 / 0.5 / −0.1 (the default).</summary>
    Cagrr = 0,

    /// <summary>
    /// "AARRR", for mortality-type series: the ratio of observed to required average annual rate of reduction,
    /// <c>AARR = ln(y0/yt)/(t − t0)</c>, with cut-offs 1 / 0.5 / −0.5.
    /// </summary>
    Aarrr = 1,

    /// <summary>"CAGRR+AARRR": the AARR ratio with the CAGR cut-offs 0.95 / 0.5 / −0.1.</summary>
    CagrrAarrr = 2,
}
