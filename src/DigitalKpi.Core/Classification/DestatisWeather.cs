using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// Destatis' weather symbols for the German Sustainable Development Strategy: the average annual change over the
/// last five years (last six points, at least four) is continued linearly to the deadline, and the projection's
/// shortfall is measured as a share of the remaining gap.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> Window: the last up to <see cref="MaximumPoints"/> observations at or before the latest time
/// (from <see cref="ProgressInput.Series"/>, else just the base and latest points). Average annual change
/// <c>b = (y_last − y_first)/(t_last − t_first)</c>; projection <c>ŷ = y_last + b·(T − t_last)</c>;
/// shortfall <c>s = (yT − ŷ)/(yT − y_last)</c> (direction-free: a ratio of signed distances).</para>
/// <para><b>Symbols.</b> Sun: met, or <c>s &lt; 5 %</c> (a projection reaching the target has <c>s ≤ 0</c>);
/// partly cloudy: <c>5 % ≤ s ≤ 20 %</c>; cloud: right direction (or flat) but <c>s &gt; 20 %</c>;
/// thunderstorm: the average change moves away from the target (<c>d·b &lt; 0</c>, the gap widens).</para>
/// <para><b>Data.</b> Fewer than <see cref="MinimumPoints"/> points in the window: no symbol (not assessable).
/// Only the rule for a target value by a date is implemented; "maintain" and direction-only targets, several
/// targets and target intervals (use the weakest end) are left to the caller. A between target is assessed towards
/// its nearest end (see <see cref="ProgressInput"/>).</para>
/// <para><b>Direction.</b> The shortfall is a ratio of signed distances, so lower-is-better targets (a rank) need no special
/// case; "moving away" uses the direction factor <c>d</c>.</para>
/// <para><b>Status.</b> Done if met; missed after the deadline; likely if sun (shortfall under 5 % of the gap); else at risk.</para>
/// <para><b>Source.</b> METHODS.md §1.7: <c>DnsTestEnvironment/dns-indicators</c> <c>_pages/en/status.md</c>,
/// mirroring dns-indikatoren.de.</para>
/// </remarks>
public sealed class DestatisWeather : IProgressMethod
{
    /// <summary>Shortfall below which (exclusive) the symbol is sun: 5 % of the gap.</summary>
    public const double SunCutoff = 0.05;

    /// <summary>Shortfall up to which (inclusive) the symbol is partly cloudy: 20 % of the gap.</summary>
    public const double PartlyCloudyCutoff = 0.20;

    /// <summary>Creates the method with the published window, or a different one.</summary>
    /// <param name="minimumPoints">Fewest points that give a symbol; at least 2; Destatis uses 4.</param>
    /// <param name="maximumPoints">Points in a full window; at least <paramref name="minimumPoints"/>; Destatis uses 6 (five years of annual changes).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPoints"/> is below 2, or <paramref name="maximumPoints"/> below <paramref name="minimumPoints"/>.</exception>
    public DestatisWeather(int minimumPoints = 4, int maximumPoints = 6)
    {
        MinimumPoints = Guard.AtLeast(minimumPoints, 2);
        MaximumPoints = Guard.AtLeast(maximumPoints, minimumPoints);
    }

    /// <summary>The method with the published window (at least 4, at most 6 points).</summary>
    public static DestatisWeather Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "destatis";

    /// <summary>Fewest points in the window that give a symbol.</summary>
    public int MinimumPoints { get; }

    /// <summary>Points in a full window.</summary>
    public int MaximumPoints { get; }

    /// <inheritdoc />
    bool IProgressMethod.ReadsSeries => true;

    /// <summary>Assesses one target by the linear continuation of the recent average change.</summary>
    /// <param name="input">The target's progress numbers; its <see cref="ProgressInput.Series"/> supplies the window.</param>
    /// <returns>The verdict; <see cref="MethodVerdict.ProjectedValue"/> is <c>ŷ</c>, <see cref="MethodVerdict.Shortfall"/> is <c>s</c>, <see cref="MethodVerdict.RequiredRate"/> is unused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public MethodVerdict Assess(ProgressInput input)
    {
        Guard.NotNull(input);
        int count;
        double tFirst, yFirst, tLast, yLast;
        if (input.Series is { Count: > 0 } series)
        {
            var end = series.Count;
            while (end > 0 && series.Times[end - 1] > input.LatestTime)
            {
                end--;
            }

            var start = Math.Max(0, end - MaximumPoints);
            count = end - start;
            (tFirst, yFirst) = count > 0 ? (series.Times[start], series.Values[start]) : (0, 0);
            (tLast, yLast) = count > 0 ? (series.Times[end - 1], series.Values[end - 1]) : (0, 0);
        }
        else
        {
            count = input.BaseTime < input.LatestTime ? 2 : 1;
            (tFirst, yFirst, tLast, yLast) = (input.BaseTime, input.BaseValue, input.LatestTime, input.LatestValue);
        }

        var achieved = input.IsAchieved;
        double? projected = null;
        double? shortfall = null;
        double? change = null;
        if (count >= MinimumPoints)
        {
            var b = (yLast - yFirst) / (tLast - tFirst);
            var y = yLast + (b * (input.TargetTime - tLast));
            var gap = input.EffectiveTargetValue - yLast;
            if (double.IsFinite(b) && double.IsFinite(y))
            {
                change = b;
                projected = y;
                shortfall = gap != 0 ? ProgressMath.FiniteOrNull((input.EffectiveTargetValue - y) / gap) : null;
            }
        }

        (string Category, string Key) symbol = achieved ? Symbol(0, false)
            : change is { } c ? Symbol(shortfall ?? 1, input.Direction * c < 0)
            : (VerdictRules.NotAssessable, "common.notAssessable");
        var status = VerdictRules.Resolve(achieved, input.IsDeadlinePassed, change is not null, symbol.Key == "destatis.sun");
        return new MethodVerdict(Name, status, symbol.Category, symbol.Key, projectedValue: projected, shortfall: shortfall);
    }

    /// <summary>The symbol of a shortfall share, or thunderstorm when the average change moves away from the target.</summary>
    internal static (string Category, string Key) Symbol(double shortfall, bool movingAway)
        => movingAway ? ("Thunderstorm", "destatis.thunderstorm")
            : Cutoff.Below(shortfall, SunCutoff) ? ("Sun", "destatis.sun")
            : Cutoff.AtOrBelow(shortfall, PartlyCloudyCutoff) ? ("Partly cloudy", "destatis.partlyCloudy")
            : ("Cloud", "destatis.cloud");
}
