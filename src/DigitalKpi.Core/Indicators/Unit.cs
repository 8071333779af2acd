namespace DigitalKpi.Core.Indicators;

/// <summary>What an indicator's values measure. Decides default bounds and how values are printed.</summary>
/// <remarks>The default value is <see cref="Percent"/>.</remarks>
public enum Unit
{
    /// <summary>A percentage from 0 to 100 (the workbook's <c>percent</c>); bounded to [0, 100] unless other bounds are given.</summary>
    Percent = 0,

    /// <summary>A count of things: services, dossiers, enterprises (<c>count</c>).</summary>
    Count = 1,

    /// <summary>An amount of money in the indicator's ISO 4217 currency (<c>currency</c>).</summary>
    Currency = 2,

    /// <summary>A composite index, optionally bounded, e.g. EGDI in [0, 1] (<c>index</c>).</summary>
    Index = 3,

    /// <summary>A ratio of two quantities not expressed as a percentage (<c>ratio</c>).</summary>
    Ratio = 4,

    /// <summary>A rank where 1 is best (<c>rank</c>); always lower-is-better.</summary>
    Rank = 5,
}
