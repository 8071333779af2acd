using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Spider Impact's default "Goal/Red Flag" scoring: a piecewise-linear 0–10 score with the red flag at 3.3 and the
/// goal at 6.6, colours red &lt; 3.3 ≤ yellow &lt; 6.6 ≤ green; and its rule for calculated (ratio) KPIs over longer
/// periods: aggregate numerator and denominator first.
/// </summary>
/// <remarks>
/// <para><b>Score.</b> With <c>w = goal − redFlag</c> and <c>u = (actual − redFlag)/w</c>: 0 at <c>u ≤ −1</c>, 3.3 at
/// <c>u = 0</c>, 6.6 at <c>u = 1</c>, 10 at <c>u ≥ 2</c>, linear in between. A goal below the red flag (lower is better)
/// gives <c>w &lt; 0</c> and the same formula reverses the scale.</para>
/// <para><b>Status</b> (<see cref="Assess"/>): done when the target (the goal) is met; missed after the deadline;
/// yellow (between red flag and goal) is the top band short of the goal, hence likely (as ClearPoint's Caution);
/// red is at risk.</para>
/// <para><b>Source.</b> METHODS.md §2.4: support.spiderstrategies.com "Exploring How Scores are Calculated",
/// "Calculated KPIs" (S8, S9).</para>
/// </remarks>
public static class SpiderImpactScore
{
    /// <summary>Score at the red flag, and the lower end (inclusive) of yellow.</summary>
    public const double RedFlagScore = 3.3;

    /// <summary>Score at the goal, and the lower end (inclusive) of green.</summary>
    public const double GoalScore = 6.6;

    /// <summary>The 0–10 score of an actual value.</summary>
    /// <param name="actual">Actual value, finite.</param>
    /// <param name="goal">Goal value, finite.</param>
    /// <param name="redFlag">Red-flag value, finite, different from <paramref name="goal"/>.</param>
    /// <returns>The score in [0, 10].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or <paramref name="redFlag"/> equals <paramref name="goal"/>.</exception>
    public static double Score(double actual, double goal, double redFlag)
    {
        Guard.Finite(actual);
        Guard.Finite(goal);
        Guard.Finite(redFlag);
        if (goal == redFlag)
        {
            throw new ArgumentOutOfRangeException(nameof(redFlag), redFlag, "redFlag must differ from goal; received redFlag = goal.");
        }

        var u = (actual - redFlag) / (goal - redFlag);
        return ProgressMath.PiecewiseLinear(u, [-1, 0, 1, 2], [0, RedFlagScore, GoalScore, 10]);
    }

    /// <summary>The colour of a score: red &lt; 3.3 ≤ yellow &lt; 6.6 ≤ green.</summary>
    /// <param name="score">Score, finite.</param>
    /// <returns>The colour.</returns>
    /// <remarks>A value within 1e-12 relative of a cut-off (relative to the larger magnitude of the two) counts as on it, see <see cref="IProgressMethod"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public static TrafficLight Colour(double score)
        => Cutoff.AtOrAbove(Guard.Finite(score), GoalScore) ? TrafficLight.Green
            : Cutoff.AtOrAbove(score, RedFlagScore) ? TrafficLight.Yellow
            : TrafficLight.Red;

    /// <summary>Assesses one target with the target value as the goal and a given red flag.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <param name="redFlag">Red-flag value in the indicator's unit, finite, on the far side of the (effective) target from the desired direction.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.Score"/> is the 0–10 score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="redFlag"/> is not finite or equals the target.</exception>
    public static MethodVerdict Assess(ProgressInput input, double redFlag)
    {
        Guard.NotNull(input);
        var score = Score(input.LatestValue, input.EffectiveTargetValue, redFlag);
        var colour = input.IsAchieved ? TrafficLight.Green : Colour(score);
        var (label, key) = colour switch
        {
            TrafficLight.Green => ("Green", "spider.green"),
            TrafficLight.Yellow => ("Yellow", "spider.yellow"),
            _ => ("Red", "spider.red"),
        };
        var status = VerdictRules.Resolve(input.IsAchieved, input.IsDeadlinePassed, true, colour != TrafficLight.Red);
        return new MethodVerdict("spider", status, label, key, score);
    }

    /// <summary>A calculated ratio KPI over several periods: Σnumerators ÷ Σdenominators (not the sum or mean of the ratios).</summary>
    /// <param name="numerators">Numerators per period, finite.</param>
    /// <param name="denominators">Denominators per period, finite, same length, not summing to 0.</param>
    /// <returns>The aggregated ratio.</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the denominators sum to 0.</exception>
    public static double RatioOfSums(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        if (numerators.IsEmpty || numerators.Length != denominators.Length)
        {
            throw new ArgumentException($"numerators and denominators must be non-empty and of equal length; received {numerators.Length} and {denominators.Length}.", nameof(denominators));
        }

        double n = 0, d = 0;
        for (var i = 0; i < numerators.Length; i++)
        {
            n += Guard.Finite(numerators[i], nameof(numerators));
            d += Guard.Finite(denominators[i], nameof(denominators));
        }

        if (d == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominators), d, "denominators must not sum to 0; received a sum of 0.");
        }

        return n / d;
    }
}
