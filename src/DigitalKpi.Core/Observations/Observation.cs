using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Observations;

/// <summary>
/// One value of an indicator for a scope and a reporting period, with its quality and, for a rate,
/// the numerator and denominator it was computed from.
/// </summary>
/// <remarks>
/// <para>Numerator and denominator are carried so that rates can be aggregated over scopes as a ratio
/// of sums (<see cref="ScopeAggregation.RatioOfSums"/>). <see cref="Value"/> is the figure as reported;
/// it is not checked against numerator ÷ denominator because published values are rounded.</para>
/// <para>Whether the indicator and scope exist, and whether the value lies within the indicator's
/// bounds, is checked by <c>Programme</c>, which knows them.</para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class Observation
{
    /// <summary>Creates an observation.</summary>
    /// <param name="indicatorId">The indicator measured; not <c>default</c>.</param>
    /// <param name="scopeId">Where it was measured; not <c>default</c>.</param>
    /// <param name="period">The period the value describes.</param>
    /// <param name="value">The value in the indicator's unit, finite.</param>
    /// <param name="quality">How firm the value is.</param>
    /// <param name="numerator">For a rate: the count the value was computed from, finite; given together with <paramref name="denominator"/> or not at all.</param>
    /// <param name="denominator">For a rate: the base count, finite and greater than 0; given together with <paramref name="numerator"/> or not at all.</param>
    /// <param name="source">Where the figure comes from (a report, a URL), or null; not blank.</param>
    /// <exception cref="ArgumentException">An identifier is default; only one of numerator and denominator is given; <paramref name="source"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> or <paramref name="numerator"/> is not finite, <paramref name="denominator"/> is not finite and positive, or <paramref name="quality"/> is not a defined value.</exception>
    public Observation(
        IndicatorId indicatorId,
        ScopeId scopeId,
        ReportingPeriod period,
        double value,
        ObservationQuality quality = ObservationQuality.Actual,
        double? numerator = null,
        double? denominator = null,
        string? source = null)
    {
        IdText.NotDefault(indicatorId.Value, nameof(IndicatorId), nameof(indicatorId));
        IdText.NotDefault(scopeId.Value, nameof(ScopeId), nameof(scopeId));
        Guard.Finite(value);
        EnumCheck.Defined(quality);
        if (numerator.HasValue != denominator.HasValue)
        {
            throw new ArgumentException(
                $"numerator and denominator must be given together or not at all; received {(numerator.HasValue ? "a numerator without a denominator" : "a denominator without a numerator")}.",
                numerator.HasValue ? nameof(denominator) : nameof(numerator));
        }

        if (numerator is { } n && denominator is { } d)
        {
            Guard.Finite(n, nameof(numerator));
            Guard.Positive(d, nameof(denominator));
        }

        IndicatorId = indicatorId;
        ScopeId = scopeId;
        Period = period;
        Value = value;
        Quality = quality;
        Numerator = numerator;
        Denominator = denominator;
        Source = IdText.OptionalNotBlank(source, nameof(source));
    }

    /// <summary>The indicator measured.</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>Where it was measured.</summary>
    public ScopeId ScopeId { get; }

    /// <summary>The period the value describes.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The value in the indicator's unit (finite).</summary>
    public double Value { get; }

    /// <summary>How firm the value is.</summary>
    public ObservationQuality Quality { get; }

    /// <summary>For a rate, the count the value was computed from; null otherwise.</summary>
    public double? Numerator { get; }

    /// <summary>For a rate, the base count (greater than 0); null otherwise.</summary>
    public double? Denominator { get; }

    /// <summary>Where the figure comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>A short description, e.g. <c>online-dossier-share @ VN 2024-H1 = 42 (Estimated)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{IndicatorId} @ {ScopeId} {Period} = {Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ({Quality})";
}
