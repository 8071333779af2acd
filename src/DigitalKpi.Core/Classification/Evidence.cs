using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The numbers behind an assessment: the latest value, how far the target is attained, progress from the base,
/// elapsed time, actual and required growth, the projected value at the deadline and the probability of meeting
/// the target, plus the fallback used when the data were short.
/// </summary>
/// <remarks>
/// <para>Every number is finite or null ("not computable here"); no NaN or infinity is stored. Shares, rates and
/// probabilities are fractions (1 = 100%), not percentages.</para>
/// <para><b>Base.</b> Progress and actual growth are measured from the target's baseline when it has one that ends
/// before the latest value, else from the first value of the series.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Evidence
{
    /// <summary>Creates the evidence of an assessment.</summary>
    /// <param name="latest">The value the target was judged by, or null when no value was reported.</param>
    /// <param name="attainment">Latest ÷ target (higher is better) or target ÷ latest (lower is better) as a fraction (1 = on target), or null when the ratio is undefined (a target or value of 0 on the wrong side); for a between target the ratio to the nearest end, 1 inside the band.</param>
    /// <param name="progressFromBaseline">Share of the distance from the base to the target already covered (1 = reached, negative = moved away), or null.</param>
    /// <param name="elapsedShare">Share of the time window from the base to the deadline's end that has elapsed at the as-of date, in [0, 1], or null without a base.</param>
    /// <param name="actualGrowth">Observed compound growth per year from the base to the latest value (0.05 = 5% a year), or null when undefined.</param>
    /// <param name="requiredGrowth">Compound growth per year still needed from the latest value to reach the target at the deadline's end, or null when undefined (a 0 or sign change, or no time left).</param>
    /// <param name="projected">The value projected for the deadline's end, or null when the policy does not project.</param>
    /// <param name="probability">Probability of meeting the target by the deadline, in [0, 1]: 1 for done, 0 for missed, the forecast's probability under the probabilistic policy, null when not computed.</param>
    /// <param name="fallback">The simplified rule used for a short series, or <see cref="AssessmentFallback.None"/>.</param>
    /// <param name="model">The forecasting model that produced <paramref name="projected"/> (e.g. <c>saturating(0, 100)</c>), or null; not blank when given.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, <paramref name="elapsedShare"/> or <paramref name="probability"/> is outside [0, 1], or <paramref name="fallback"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="model"/> is blank.</exception>
    public Evidence(
        LatestValue? latest = null,
        double? attainment = null,
        double? progressFromBaseline = null,
        double? elapsedShare = null,
        double? actualGrowth = null,
        double? requiredGrowth = null,
        ProjectedValue? projected = null,
        double? probability = null,
        AssessmentFallback fallback = AssessmentFallback.None,
        string? model = null)
    {
        EnumCheck.Defined(fallback);
        Latest = latest;
        Attainment = FiniteOrNull(attainment, nameof(attainment));
        ProgressFromBaseline = FiniteOrNull(progressFromBaseline, nameof(progressFromBaseline));
        ElapsedShare = elapsedShare is { } e ? Guard.InRange(e, 0, 1, nameof(elapsedShare)) : null;
        ActualGrowth = FiniteOrNull(actualGrowth, nameof(actualGrowth));
        RequiredGrowth = FiniteOrNull(requiredGrowth, nameof(requiredGrowth));
        Projected = projected;
        Probability = probability is { } p ? Guard.InRange(p, 0, 1, nameof(probability)) : null;
        Fallback = fallback;
        Model = model is null ? null : Guard.NotBlank(model);
    }

    /// <summary>The value the target was judged by, or null when no value was reported.</summary>
    public LatestValue? Latest { get; }

    /// <summary>Latest ÷ target (higher is better) or target ÷ latest (lower is better), as a fraction; null when undefined.</summary>
    public double? Attainment { get; }

    /// <summary>Share of the distance from the base to the target already covered (fraction); null when undefined.</summary>
    public double? ProgressFromBaseline { get; }

    /// <summary>Share of the time window from the base to the deadline's end elapsed at the as-of date, in [0, 1]; null without a base.</summary>
    public double? ElapsedShare { get; }

    /// <summary>Observed compound growth per year from the base to the latest value (fraction); null when undefined.</summary>
    public double? ActualGrowth { get; }

    /// <summary>Compound growth per year still needed to reach the target at the deadline's end (fraction); null when undefined.</summary>
    public double? RequiredGrowth { get; }

    /// <summary>The value projected for the deadline's end, or null.</summary>
    public ProjectedValue? Projected { get; }

    /// <summary>Probability of meeting the target by the deadline, in [0, 1]; 1 for done, 0 for missed; null when not computed.</summary>
    public double? Probability { get; }

    /// <summary>The simplified rule used for a short series, or <see cref="AssessmentFallback.None"/>.</summary>
    public AssessmentFallback Fallback { get; }

    /// <summary>The forecasting model that produced <see cref="Projected"/>, or null.</summary>
    public string? Model { get; }

    private static double? FiniteOrNull(double? value, string name) => value is { } v ? Guard.Finite(v, name) : null;
}
