using System.Collections.Immutable;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// One period of a rolled-up rate: the summed numerator and denominator, the pooled value, which scopes contributed
/// and which expected scopes had no usable observation.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="ScopeRollup.RollUpRate"/>.</remarks>
public sealed class RateRollupPoint
{
    internal RateRollupPoint(ReportingPeriod period, double numerator, double denominator, double value, ObservationQuality quality, ImmutableArray<ScopeId> contributors, ImmutableArray<ScopeId> missing)
    {
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        Quality = quality;
        Contributors = contributors;
        Missing = missing;
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The sum of the contributors' numerators.</summary>
    public double Numerator { get; }

    /// <summary>The sum of the contributors' denominators (greater than 0).</summary>
    public double Denominator { get; }

    /// <summary>The pooled rate in the indicator's unit: 100 × Σ numerators ÷ Σ denominators for a percent, Σ numerators ÷ Σ denominators for a ratio.</summary>
    public double Value { get; }

    /// <summary>The least firm quality among the contributors: <see cref="ObservationQuality.Estimated"/> if any is estimated, else <see cref="ObservationQuality.Provisional"/> if any is provisional, else <see cref="ObservationQuality.Actual"/>.</summary>
    public ObservationQuality Quality { get; }

    /// <summary>The scopes whose observations were summed, in the hierarchy's order.</summary>
    public ImmutableArray<ScopeId> Contributors { get; }

    /// <summary>The scopes that existed during the period and should have contributed but have no usable observation for it (none, or one without numerator and denominator); empty when complete.</summary>
    public ImmutableArray<ScopeId> Missing { get; }

    /// <summary>Whether every scope expected for the period contributed.</summary>
    public bool IsComplete => Missing.IsEmpty;

    /// <summary>An invariant description, e.g. <c>2024: 4/104 = 3.846 (2 scopes)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Period}: {Numerator}/{Denominator} = {Value:0.###} ({Contributors.Length} scopes{(IsComplete ? string.Empty : $", missing {string.Join(", ", Missing)}")})");
}
