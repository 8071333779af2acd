using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// One status rule of a <see cref="ThresholdRules"/> list, as in Power BI scorecards and ClearPoint series evaluations:
/// "if attainment ≥ 0.9 then Caution (likely)".
/// </summary>
/// <remarks>
/// A rule may only say <see cref="Status.Likely"/> or <see cref="Status.AtRisk"/>: done, missed and not assessable are
/// decided before any rule (METHODS.md, first table). Equality compares every field; the default value is
/// "attainment ≥ 0 → not assessable" with a null label and is not a valid rule (the constructor never produces it).
/// </remarks>
public readonly struct ThresholdRule : IEquatable<ThresholdRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="measure">The number tested.</param>
    /// <param name="comparison">How it is compared; the name says whether the threshold matches.</param>
    /// <param name="threshold">The threshold, finite; a fraction for attainment and progress (0.9 = 90 %), the indicator's unit for value.</param>
    /// <param name="status">Our status when the rule matches: <see cref="Status.Likely"/> or <see cref="Status.AtRisk"/>.</param>
    /// <param name="label">The product's own name for the status, e.g. "Caution"; non-blank.</param>
    /// <param name="key">Stable key for localized text; null means <paramref name="label"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> or <paramref name="comparison"/> is not a defined value, <paramref name="threshold"/> is not finite, or <paramref name="status"/> is neither likely nor at risk.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> or <paramref name="key"/> is blank.</exception>
    public ThresholdRule(ThresholdMeasure measure, ThresholdComparison comparison, double threshold, Status status, string label, string? key = null)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, $"measure must be Attainment, Progress or Value; received {(int)measure}.");
        }

        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, $"comparison must be AtLeast, GreaterThan, AtMost or LessThan; received {(int)comparison}.");
        }

        Guard.Finite(threshold);
        if (status is not (Status.Likely or Status.AtRisk))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"A threshold rule must map to Likely or AtRisk (done, missed and not assessable are decided before the rules); received {status}.");
        }

        Measure = measure;
        Comparison = comparison;
        Threshold = threshold;
        Status = status;
        Label = Guard.NotBlank(label);
        Key = key is null ? label : Guard.NotBlank(key);
    }

    /// <summary>The number tested.</summary>
    public ThresholdMeasure Measure { get; }

    /// <summary>How it is compared.</summary>
    public ThresholdComparison Comparison { get; }

    /// <summary>The threshold.</summary>
    public double Threshold { get; }

    /// <summary>Our status when the rule matches.</summary>
    public Status Status { get; }

    /// <summary>The product's own name for the status.</summary>
    public string Label { get; }

    /// <summary>Stable key for localized text.</summary>
    public string Key { get; }

    /// <summary>Equality of two rules (all fields).</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>True when every field is equal.</returns>
    public static bool operator ==(ThresholdRule left, ThresholdRule right) => left.Equals(right);

    /// <summary>Inequality of two rules.</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>True when a field differs.</returns>
    public static bool operator !=(ThresholdRule left, ThresholdRule right) => !left.Equals(right);

    /// <summary>Tests a measured value against the rule.</summary>
    /// <param name="measured">The measured value, finite.</param>
    /// <returns>True when the rule matches.</returns>
    /// <remarks>A value within 1e-12 relative of a cut-off (relative to the larger magnitude of the two) counts as on it, see <see cref="IProgressMethod"/>.</remarks>
    public bool Matches(double measured) => Comparison switch
    {
        ThresholdComparison.AtLeast => Cutoff.AtOrAbove(measured, Threshold),
        ThresholdComparison.GreaterThan => Cutoff.Above(measured, Threshold),
        ThresholdComparison.AtMost => Cutoff.AtOrBelow(measured, Threshold),
        _ => Cutoff.Below(measured, Threshold),
    };

    /// <inheritdoc />
    public bool Equals(ThresholdRule other)
        => Measure == other.Measure && Comparison == other.Comparison && Threshold.Equals(other.Threshold)
            && Status == other.Status && Label == other.Label && Key == other.Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ThresholdRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Comparison, Threshold, Status, Label, Key);
}
