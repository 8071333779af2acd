using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// What a published assessment method says about one target: our <see cref="Status"/>, the method's own
/// category as its source names it (e.g. "Moderate progress towards the EU target"), an optional score, and
/// the intermediate numbers that decided it.
/// </summary>
/// <remarks>
/// <para>Numbers that a method does not compute, or could not compute for this input, are null; no NaN or
/// infinity is ever stored. Rates and shares are fractions (0.05 = 5 %), not percentages.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class MethodVerdict
{
    /// <summary>Creates a verdict.</summary>
    /// <param name="method">Short name of the method, e.g. <c>eurostat</c>; non-blank.</param>
    /// <param name="status">Our status.</param>
    /// <param name="category">The method's own category name, as its source writes it; non-blank.</param>
    /// <param name="categoryKey">Stable key of the category for localized text, e.g. <c>eurostat.moderate</c>; non-blank.</param>
    /// <param name="score">The method's numeric score on its own scale (StatCan −5…+5, Spider 0…10, OKR grade 0…1), or null.</param>
    /// <param name="actualRate">Observed annual rate as a fraction per year: <c>CAGR_a</c>, or the observed AARR for UNSD's AARR variants; or null.</param>
    /// <param name="requiredRate">Required rate: <c>CAGR_r</c>, the required AARR, or the required linear change per year in the indicator's unit (SDSN); or null.</param>
    /// <param name="ratio">The method's deciding ratio: <c>R</c>, <c>CR</c>, the progress ratio <c>P</c>, the linear-rate ratio or the attainment, or null.</param>
    /// <param name="projectedValue">Value projected to the deadline, in the indicator's unit, or null.</param>
    /// <param name="shortfall">Projected shortfall as a share of the remaining gap (Destatis), or null.</param>
    /// <param name="actualProgress">Share of the distance from base to target already covered, or null.</param>
    /// <param name="expectedProgress">Share of the distance expected by now on a straight line in time, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="method"/>, <paramref name="category"/> or <paramref name="categoryKey"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public MethodVerdict(
        string method,
        Status status,
        string category,
        string categoryKey,
        double? score = null,
        double? actualRate = null,
        double? requiredRate = null,
        double? ratio = null,
        double? projectedValue = null,
        double? shortfall = null,
        double? actualProgress = null,
        double? expectedProgress = null)
    {
        Method = Guard.NotBlank(method);
        Category = Guard.NotBlank(category);
        CategoryKey = Guard.NotBlank(categoryKey);
        Status = status;
        Score = FiniteOrNull(score, nameof(score));
        ActualRate = FiniteOrNull(actualRate, nameof(actualRate));
        RequiredRate = FiniteOrNull(requiredRate, nameof(requiredRate));
        Ratio = FiniteOrNull(ratio, nameof(ratio));
        ProjectedValue = FiniteOrNull(projectedValue, nameof(projectedValue));
        Shortfall = FiniteOrNull(shortfall, nameof(shortfall));
        ActualProgress = FiniteOrNull(actualProgress, nameof(actualProgress));
        ExpectedProgress = FiniteOrNull(expectedProgress, nameof(expectedProgress));
    }

    /// <summary>Short name of the method that produced the verdict.</summary>
    public string Method { get; }

    /// <summary>Our status: done if achieved, missed after the deadline, likely in the method's top band, else at risk.</summary>
    public Status Status { get; }

    /// <summary>The method's own category name, in the source's English wording.</summary>
    public string Category { get; }

    /// <summary>Stable key of the category, used to look up Vietnamese and English text.</summary>
    public string CategoryKey { get; }

    /// <summary>The method's numeric score on its own scale, or null.</summary>
    public double? Score { get; }

    /// <summary>Observed annual rate (fraction per year): <c>CAGR_a</c>, or the observed AARR for UNSD's AARR variants; or null.</summary>
    public double? ActualRate { get; }

    /// <summary>Required rate: <c>CAGR_r</c> or the required AARR (fraction per year), or the required linear change per year in the indicator's unit (SDSN); or null.</summary>
    public double? RequiredRate { get; }

    /// <summary>The deciding ratio (<c>R</c>, <c>CR</c>, <c>P</c>, linear-rate ratio or attainment), or null.</summary>
    public double? Ratio { get; }

    /// <summary>Value projected to the deadline, or null.</summary>
    public double? ProjectedValue { get; }

    /// <summary>Projected shortfall as a share of the remaining gap, or null.</summary>
    public double? Shortfall { get; }

    /// <summary>Share of the distance from base to target already covered, or null.</summary>
    public double? ActualProgress { get; }

    /// <summary>Share of the distance expected by now on a straight line in time, or null.</summary>
    public double? ExpectedProgress { get; }

    /// <summary>Returns the method, status and category, e.g. <c>eurostat: Likely (significant progress towards the EU target)</c>.</summary>
    /// <returns>A short invariant description for logs and test messages.</returns>
    public override string ToString() => $"{Method}: {Status} ({Category})";

    private static double? FiniteOrNull(double? value, string name)
        => value is { } v ? Guard.Finite(v, name) : null;
}
