using System.Collections.Immutable;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Targets;

/// <summary>
/// The value an indicator must reach for a scope by the end of a deadline period, with an optional
/// baseline it is measured from and interim milestones.
/// </summary>
/// <remarks>
/// <para>Rules checked by the constructor: values are finite; <see cref="Upper"/> is given exactly when the
/// comparison is <see cref="TargetComparison.Between"/> and is greater than <see cref="Value"/>; the
/// deadline ends after the baseline period ends; milestones end after the baseline period, before the
/// deadline ends, and on different days; the weight is positive.</para>
/// <para>Whether the indicator and scope exist and the values lie within the indicator's bounds is checked
/// by <c>Programme</c>.</para>
/// <para>Immutable and thread-safe. Equality is by reference; identify targets by <see cref="Id"/>.</para>
/// </remarks>
public sealed class Target
{
    /// <summary>Creates a target.</summary>
    /// <param name="id">The identifier; not <c>default</c>.</param>
    /// <param name="indicatorId">The indicator; not <c>default</c>.</param>
    /// <param name="scopeId">The scope; not <c>default</c>.</param>
    /// <param name="comparison">How a value is compared with the target.</param>
    /// <param name="value">The target value (the lower end for <see cref="TargetComparison.Between"/>), in the indicator's unit, finite.</param>
    /// <param name="deadline">The period by whose end the target must be met.</param>
    /// <param name="upper">The upper end for <see cref="TargetComparison.Between"/>, finite and greater than <paramref name="value"/>; null for the other comparisons.</param>
    /// <param name="baseline">The value progress is measured from, or null; its period must end before the deadline ends.</param>
    /// <param name="milestones">Interim values, in any order; null for none. Kept sorted by deadline end.</param>
    /// <param name="weight">The target's weight in composite scores, finite and greater than 0; 1 by default.</param>
    /// <param name="owner">Who is responsible (a ministry, a department), or null; not blank.</param>
    /// <param name="pillar">The programme pillar, or null; not blank.</param>
    /// <param name="name">A name in Vietnamese and/or English, or null.</param>
    /// <exception cref="ArgumentException">An identifier is default; <paramref name="upper"/> is missing for Between or given for another comparison; the deadline does not end after the baseline; a milestone is out of order or outside (baseline, deadline); <paramref name="owner"/> or <paramref name="pillar"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, <paramref name="upper"/> is not above <paramref name="value"/>, <paramref name="weight"/> is not positive, or <paramref name="comparison"/> is not a defined value.</exception>
    public Target(
        TargetId id,
        IndicatorId indicatorId,
        ScopeId scopeId,
        TargetComparison comparison,
        double value,
        ReportingPeriod deadline,
        double? upper = null,
        Baseline? baseline = null,
        IEnumerable<Milestone>? milestones = null,
        double weight = 1,
        string? owner = null,
        string? pillar = null,
        LocalizedText? name = null)
    {
        IdText.NotDefault(id.Value, nameof(TargetId), nameof(id));
        IdText.NotDefault(indicatorId.Value, nameof(IndicatorId), nameof(indicatorId));
        IdText.NotDefault(scopeId.Value, nameof(ScopeId), nameof(scopeId));
        EnumCheck.Defined(comparison);
        Guard.Finite(value);
        Guard.Positive(weight);
        if (comparison == TargetComparison.Between)
        {
            if (upper is not { } u)
            {
                throw new ArgumentException($"Target \"{id}\": a Between target needs an upper value; received none.", nameof(upper));
            }

            if (!double.IsFinite(u) || u <= value)
            {
                throw new ArgumentOutOfRangeException(nameof(upper), u, $"Target \"{id}\": upper must be a finite number greater than value ({Show(value)}); received {Show(u)}.");
            }
        }
        else if (upper is { } u)
        {
            throw new ArgumentException($"Target \"{id}\": upper is only allowed for Between targets; received {Show(u)} with comparison {comparison}.", nameof(upper));
        }

        if (baseline is { } b && deadline.End <= b.Period.End)
        {
            throw new ArgumentException(
                $"Target \"{id}\": the deadline {deadline} (ends {deadline.End:uuuu-MM-dd}) must end after the baseline period {b.Period} (ends {b.Period.End:uuuu-MM-dd}).",
                nameof(deadline));
        }

        var sorted = (milestones ?? []).OrderBy(m => m.Deadline, ReportingPeriodComparer.ByEnd).ToImmutableArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var m = sorted[i];
            if (m.Deadline.End >= deadline.End)
            {
                throw new ArgumentException($"Target \"{id}\": the milestone due {m.Deadline} must end before the deadline {deadline} ends.", nameof(milestones));
            }

            if (baseline is { } bl && m.Deadline.End <= bl.Period.End)
            {
                throw new ArgumentException($"Target \"{id}\": the milestone due {m.Deadline} must end after the baseline period {bl.Period}.", nameof(milestones));
            }

            if (i > 0 && sorted[i - 1].Deadline.End == m.Deadline.End)
            {
                throw new ArgumentException($"Target \"{id}\": the milestones due {sorted[i - 1].Deadline} and {m.Deadline} end on the same day; give one milestone per date.", nameof(milestones));
            }
        }

        Id = id;
        IndicatorId = indicatorId;
        ScopeId = scopeId;
        Comparison = comparison;
        Value = value;
        Upper = upper;
        Deadline = deadline;
        Baseline = baseline;
        Milestones = sorted;
        Weight = weight;
        Owner = IdText.OptionalNotBlank(owner, nameof(owner));
        Pillar = IdText.OptionalNotBlank(pillar, nameof(pillar));
        Name = name;
    }

    /// <summary>The identifier.</summary>
    public TargetId Id { get; }

    /// <summary>The indicator.</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>The scope.</summary>
    public ScopeId ScopeId { get; }

    /// <summary>How a value is compared with the target.</summary>
    public TargetComparison Comparison { get; }

    /// <summary>The target value; the lower end for <see cref="TargetComparison.Between"/>.</summary>
    public double Value { get; }

    /// <summary>The upper end for <see cref="TargetComparison.Between"/>; null otherwise.</summary>
    public double? Upper { get; }

    /// <summary>The period by whose end (inclusive) the target must be met.</summary>
    public ReportingPeriod Deadline { get; }

    /// <summary>The value progress is measured from, or null.</summary>
    public Baseline? Baseline { get; }

    /// <summary>Interim values, sorted by the end of their deadlines.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <summary>The weight in composite scores (greater than 0).</summary>
    public double Weight { get; }

    /// <summary>Who is responsible, or null.</summary>
    public string? Owner { get; }

    /// <summary>The programme pillar, or null.</summary>
    public string? Pillar { get; }

    /// <summary>A name in Vietnamese and/or English, or null.</summary>
    public LocalizedText? Name { get; }

    /// <summary>Whether <paramref name="value"/> meets the target: ≥ <see cref="Value"/> for at least, ≤ for at most, within [<see cref="Value"/>, <see cref="Upper"/>] for between.</summary>
    /// <param name="value">A value in the indicator's unit, finite.</param>
    /// <returns>True when met.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public bool IsMetBy(double value)
    {
        Guard.Finite(value);
        return Comparison switch
        {
            TargetComparison.AtLeast => value >= Value,
            TargetComparison.AtMost => value <= Value,
            _ => value >= Value && value <= Upper!.Value,
        };
    }

    /// <summary>The identifier text.</summary>
    /// <returns>The id, as in the workbook.</returns>
    public override string ToString() => Id.Value;

    private static string Show(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
