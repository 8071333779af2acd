namespace DigitalKpi.Core.Indicators;

/// <summary>How an indicator's values combine over time, e.g. four quarters into a year.</summary>
/// <remarks>The default value is <see cref="Stock"/>, right for shares, levels and indices.</remarks>
public enum TimeAggregation
{
    /// <summary>A level at a moment: the value of a longer period is the value at its end (share of dossiers online, number of services available).</summary>
    Stock = 0,

    /// <summary>An amount accumulated during the period: the value of a longer period is the sum (dossiers received, revenue).</summary>
    Flow = 1,

    /// <summary>An average over the period: the value of a longer period is the day-weighted mean of the shorter ones.</summary>
    Average = 2,
}
