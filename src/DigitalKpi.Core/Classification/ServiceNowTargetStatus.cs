using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// ServiceNow Goal Framework target colours: achievement % from start to target, Green ≥ 90, Yellow 75 – &lt; 90,
/// Red &lt; 75; cumulative breakdowns take the latest period ("latest wins"), non-cumulative ones the running window
/// Σactual ÷ Σplanned; roll-ups to goals take the worst colour.
/// </summary>
/// <remarks>Source: METHODS.md §2.6, <c>ServiceNow/ServiceNowDocs</c>
/// <c>markdown/it-business-management/goal-framework/target-status-calculation-examples.md</c> (S4–S7).</remarks>
public static class ServiceNowTargetStatus
{
    /// <summary>Lower end (inclusive) of Green, in percent.</summary>
    public const double GreenPercent = 90;

    /// <summary>Lower end (inclusive) of Yellow, in percent.</summary>
    public const double YellowPercent = 75;

    /// <summary>Achievement % = <c>(actual − start)/(target − start)·100</c>.</summary>
    /// <param name="start">Start value, finite.</param>
    /// <param name="target">Target value, finite, different from <paramref name="start"/>.</param>
    /// <param name="actual">Actual value, finite.</param>
    /// <returns>The achievement in percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or <paramref name="target"/> equals <paramref name="start"/>.</exception>
    public static double AchievementPercent(double start, double target, double actual)
    {
        Guard.Finite(start);
        Guard.Finite(target);
        Guard.Finite(actual);
        if (target == start)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "target must differ from start so that achievement is defined; received target = start.");
        }

        return (actual - start) / (target - start) * 100;
    }

    /// <summary>The colour of an achievement percentage: Green ≥ 90, Yellow ≥ 75, else Red.</summary>
    /// <param name="achievementPercent">Achievement in percent, finite.</param>
    /// <returns>The colour.</returns>
    /// <remarks>A value within 1e-12 relative of a cut-off (relative to the larger magnitude of the two) counts as on it, see <see cref="IProgressMethod"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="achievementPercent"/> is not finite.</exception>
    public static TrafficLight Colour(double achievementPercent)
        => Cutoff.AtOrAbove(Guard.Finite(achievementPercent), GreenPercent) ? TrafficLight.Green
            : Cutoff.AtOrAbove(achievementPercent, YellowPercent) ? TrafficLight.Yellow
            : TrafficLight.Red;

    /// <summary>Cumulative breakdown: the colour of the latest period, actual ÷ planned cumulative values (start 0).</summary>
    /// <param name="plannedCumulative">Planned cumulative values per period so far, each finite and not 0; at least one.</param>
    /// <param name="actualCumulative">Actual cumulative values, same length.</param>
    /// <returns>The target's colour ("latest wins").</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the latest planned value is 0.</exception>
    public static TrafficLight LatestWins(ReadOnlySpan<double> plannedCumulative, ReadOnlySpan<double> actualCumulative)
    {
        CheckPeriods(plannedCumulative, actualCumulative);
        if (plannedCumulative[^1] == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(plannedCumulative), plannedCumulative[^1], "The latest planned cumulative value must not be 0 so that achievement is defined; received 0.");
        }

        return Colour(AchievementPercent(0, plannedCumulative[^1], actualCumulative[^1]));
    }

    /// <summary>Non-cumulative breakdown: the colour of the running window Σactual ÷ Σplanned.</summary>
    /// <param name="planned">Planned values per period, finite, not summing to 0; at least one.</param>
    /// <param name="actual">Actual values per period, same length.</param>
    /// <returns>The target's colour.</returns>
    /// <exception cref="ArgumentException">The spans are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the planned values sum to 0.</exception>
    public static TrafficLight Window(ReadOnlySpan<double> planned, ReadOnlySpan<double> actual)
    {
        CheckPeriods(planned, actual);
        double p = 0, a = 0;
        for (var i = 0; i < planned.Length; i++)
        {
            p += planned[i];
            a += actual[i];
        }

        if (p == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(planned), p, "planned must not sum to 0 so that achievement is defined; received a sum of 0.");
        }

        return Colour(AchievementPercent(0, p, a));
    }

    /// <summary>Roll-up of targets to a goal (and goals to a parent): the worst colour wins.</summary>
    /// <param name="children">Colours of the children; at least one.</param>
    /// <returns>The worst colour.</returns>
    /// <exception cref="ArgumentException"><paramref name="children"/> is empty.</exception>
    public static TrafficLight WorstWins(ReadOnlySpan<TrafficLight> children)
    {
        if (children.IsEmpty)
        {
            throw new ArgumentException("children must contain at least one colour; received none.", nameof(children));
        }

        var worst = TrafficLight.Green;
        foreach (var c in children)
        {
            worst = c < worst ? c : worst;
        }

        return worst;
    }

    private static void CheckPeriods(ReadOnlySpan<double> planned, ReadOnlySpan<double> actual)
    {
        if (planned.IsEmpty || planned.Length != actual.Length)
        {
            throw new ArgumentException($"planned and actual must be non-empty and of equal length; received {planned.Length} and {actual.Length}.", nameof(actual));
        }

        for (var i = 0; i < planned.Length; i++)
        {
            Guard.Finite(planned[i], nameof(planned));
            Guard.Finite(actual[i], nameof(actual));
        }
    }
}
