using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Indicators;

/// <summary>
/// What is measured: an identifier, a name in Vietnamese and English, a unit, which direction is
/// progress, the bounds values cannot leave, how often it is reported and how its values combine
/// over time and over scopes.
/// </summary>
/// <remarks>
/// <para>Rules checked by the constructor: a currency code is given exactly when the unit is
/// <see cref="Unit.Currency"/>; a <see cref="Unit.Rank"/> is lower-is-better; a percent without
/// explicit bounds is bounded to [0, 100]; explicit bounds may be given for any unit (a percent that
/// can exceed 100, such as a growth rate, declares wider bounds).</para>
/// <para>Immutable and thread-safe. Equality is by reference; identify indicators by <see cref="Id"/>.</para>
/// </remarks>
public sealed class Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The identifier; not <c>default</c>.</param>
    /// <param name="name">The name in Vietnamese and/or English.</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="frequency">How often the indicator is reported.</param>
    /// <param name="polarity">Which direction is progress; null for the default: <see cref="Polarity.LowerIsBetter"/> for a rank, <see cref="Polarity.HigherIsBetter"/> otherwise.</param>
    /// <param name="bounds">The values' possible range; null for the default: [0, 100] for a percent, unbounded otherwise.</param>
    /// <param name="currency">The ISO 4217 code (three upper-case letters, e.g. <c>VND</c>) when <paramref name="unit"/> is <see cref="Unit.Currency"/>; null otherwise.</param>
    /// <param name="timeAggregation">How values combine over time.</param>
    /// <param name="scopeAggregation">How values of several scopes combine.</param>
    /// <param name="pillar">The programme pillar it belongs to (e.g. <c>digital-government</c>), or null; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default; a currency code is missing, malformed or given for another unit; a rank is declared higher-is-better; <paramref name="pillar"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value, or <paramref name="bounds"/> is <c>default</c> (not a valid interval).</exception>
    public Indicator(
        IndicatorId id,
        LocalizedText name,
        Unit unit,
        Frequency frequency,
        Polarity? polarity = null,
        Bounds? bounds = null,
        string? currency = null,
        TimeAggregation timeAggregation = TimeAggregation.Stock,
        ScopeAggregation scopeAggregation = ScopeAggregation.None,
        string? pillar = null)
    {
        IdText.NotDefault(id.Value, nameof(IndicatorId), nameof(id));
        Name = Guard.NotNull(name);
        EnumCheck.Defined(unit);
        EnumCheck.Defined(frequency);
        EnumCheck.Defined(timeAggregation);
        EnumCheck.Defined(scopeAggregation);
        if (polarity is { } p)
        {
            EnumCheck.Defined(p, nameof(polarity));
        }

        if (unit == Unit.Rank && polarity == Polarity.HigherIsBetter)
        {
            throw new ArgumentException(
                $"Indicator \"{id}\": a rank (1 = best) must be lower-is-better; received polarity HigherIsBetter. Use LowerIsBetter or leave polarity unset.",
                nameof(polarity));
        }

        if (unit == Unit.Currency)
        {
            if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                throw new ArgumentException(
                    $"Indicator \"{id}\": a currency indicator needs an ISO 4217 code of three upper-case letters such as \"VND\" or \"USD\"; received {(currency is null ? "null" : $"\"{currency}\"")}.",
                    nameof(currency));
            }
        }
        else if (currency is not null)
        {
            throw new ArgumentException(
                $"Indicator \"{id}\": currency is only allowed when unit is Currency; received \"{currency}\" with unit {unit}.",
                nameof(currency));
        }

        if (bounds is { } b && !(b.Upper > b.Lower))
        {
            throw new ArgumentOutOfRangeException(nameof(bounds), b.ToString(), $"Indicator \"{id}\": bounds must have lower < upper; received {b}.");
        }

        Id = id;
        Unit = unit;
        Frequency = frequency;
        Polarity = polarity ?? (unit == Unit.Rank ? Polarity.LowerIsBetter : Polarity.HigherIsBetter);
        Bounds = bounds ?? (unit == Unit.Percent ? Indicators.Bounds.Percent : null);
        Currency = currency;
        TimeAggregation = timeAggregation;
        ScopeAggregation = scopeAggregation;
        Pillar = IdText.OptionalNotBlank(pillar, nameof(pillar));
    }

    /// <summary>The identifier.</summary>
    public IndicatorId Id { get; }

    /// <summary>The name in Vietnamese and/or English.</summary>
    public LocalizedText Name { get; }

    /// <summary>What the values measure.</summary>
    public Unit Unit { get; }

    /// <summary>The ISO 4217 currency code when <see cref="Unit"/> is <see cref="Unit.Currency"/>; null otherwise.</summary>
    public string? Currency { get; }

    /// <summary>Which direction is progress (always <see cref="Polarity.LowerIsBetter"/> for a rank).</summary>
    public Polarity Polarity { get; }

    /// <summary>The range values cannot leave; [0, 100] for a percent unless declared otherwise; null when unbounded.</summary>
    public Bounds? Bounds { get; }

    /// <summary>How often the indicator is reported.</summary>
    public Frequency Frequency { get; }

    /// <summary>How values combine over time.</summary>
    public TimeAggregation TimeAggregation { get; }

    /// <summary>How values of several scopes combine.</summary>
    public ScopeAggregation ScopeAggregation { get; }

    /// <summary>The programme pillar, or null.</summary>
    public string? Pillar { get; }

    /// <summary>The identifier text.</summary>
    /// <returns>The id, as in the workbook.</returns>
    public override string ToString() => Id.Value;
}
