using System.Collections.Immutable;
using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// How many targets are done, likely, at risk, missed and not assessable, and their shares in percent rounded so
/// that they add up to exactly 100 — for a whole programme ("62 goals: 18 done, 27 likely, 17 at risk", published as
/// 29 / 43.5 / 27.5) or for each pillar, owner or scope.
/// </summary>
/// <remarks>
/// <para><b>Shares.</b> The five shares are rounded together with <see cref="Shares.RoundedToHundred"/> (largest
/// remainder) at <see cref="Step"/>, in the order done, likely, at risk, missed, not assessable (ties go to the earlier
/// status). A weighted rollup shares out the sum of <see cref="Targets.Target.Weight"/> per status instead of the count;
/// the counts stay counts. An empty rollup (no assessments) has every share 0: there is nothing to share out.</para>
/// <para><b>Groups.</b> The grouping methods return one rollup per key in the order keys first appear among the
/// assessments; assessments whose key is null form one group with a null <see cref="Key"/>.</para>
/// <para>Source: the status summary of the national programme's 2023 review (programme-facts.md); rounding by
/// Hamilton's method (Balinski and Young, "Fair Representation", 2001). Immutable and thread-safe.</para>
/// </remarks>
public sealed class StatusRollup
{
    /// <summary>The default rounding step of the shares: one decimal (0.1 percentage points).</summary>
    public const double DefaultStep = 0.1;

    /// <summary>The statuses in the order they are reported and rounded: done, likely, at risk, missed, not assessable.</summary>
    public static ImmutableArray<Status> ReportOrder { get; } = [Status.Done, Status.Likely, Status.AtRisk, Status.Missed, Status.NotAssessable];

    private readonly int[] counts;
    private readonly double[] weights;
    private readonly double[] shares;

    private StatusRollup(string? key, int[] counts, double[] weights, double step, bool weighted)
    {
        Key = key;
        this.counts = counts;
        this.weights = weights;
        Step = step;
        IsWeighted = weighted;
        Total = counts.Sum();
        TotalWeight = weights.Sum();
        var parts = weighted ? weights : Array.ConvertAll(counts, c => (double)c);
        shares = Total == 0 ? new double[parts.Length] : Shares.RoundedToHundred(parts, step);
    }

    /// <summary>The group key (pillar, owner, scope id), or null for the whole set or for assessments without a key.</summary>
    public string? Key { get; }

    /// <summary>The rounding step of the shares, in percentage points.</summary>
    public double Step { get; }

    /// <summary>Whether the shares are of target weights rather than of counts.</summary>
    public bool IsWeighted { get; }

    /// <summary>The number of assessments.</summary>
    public int Total { get; }

    /// <summary>The sum of the targets' weights (equal to <see cref="Total"/> when every weight is 1).</summary>
    public double TotalWeight { get; }

    /// <summary>The number of targets with status <paramref name="status"/>.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The count, at least 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public int Count(Status status) => counts[Slot(status)];

    /// <summary>The sum of the weights of the targets with status <paramref name="status"/>.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The weight, at least 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public double Weight(Status status) => weights[Slot(status)];

    /// <summary>The share of <paramref name="status"/> in percent, a multiple of <see cref="Step"/>; the five shares add up to 100 (0 each for an empty rollup).</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The share in percent, in [0, 100].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public double Share(Status status) => shares[Slot(status)];

    /// <summary>Rolls up a set of assessments.</summary>
    /// <param name="assessments">The assessments; no nulls; may be empty.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times (1, 0.5, 0.1, 0.01); 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollup, with a null key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static StatusRollup Of(IEnumerable<Assessment> assessments, double step = DefaultStep, bool weighted = false)
    {
        var list = Checked(assessments, step);
        return Build(null, list, step, weighted);
    }

    /// <summary>Rolls up the assessments of a whole programme at one date.</summary>
    /// <param name="assessment">The programme assessment.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollup, with a null key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static StatusRollup Of(ProgrammeAssessment assessment, double step = DefaultStep, bool weighted = false)
    {
        Guard.NotNull(assessment);
        return Of(assessment.Assessments, step, weighted);
    }

    /// <summary>
    /// Rolls up from counts alone, e.g. the programme's published 18 done, 27 likely and 17 at risk of 62 goals
    /// (at a step of 0.5: 29 / 43.5 / 27.5).
    /// </summary>
    /// <param name="done">Targets done, at least 0.</param>
    /// <param name="likely">Targets likely, at least 0.</param>
    /// <param name="atRisk">Targets at risk, at least 0.</param>
    /// <param name="missed">Targets missed, at least 0.</param>
    /// <param name="notAssessable">Targets not assessable, at least 0.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <returns>The rollup, with a null key; each weight equals its count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; the counts add up to more than <see cref="int.MaxValue"/> (the exception names the first count that passes it); or <paramref name="step"/> is not positive or does not divide 100.</exception>
    public static StatusRollup FromCounts(int done, int likely, int atRisk, int missed = 0, int notAssessable = 0, double step = DefaultStep)
    {
        int[] c = [Guard.AtLeast(done, 0), Guard.AtLeast(likely, 0), Guard.AtLeast(atRisk, 0), Guard.AtLeast(missed, 0), Guard.AtLeast(notAssessable, 0)];
        string[] names = [nameof(done), nameof(likely), nameof(atRisk), nameof(missed), nameof(notAssessable)];
        long total = 0;
        for (var i = 0; i < c.Length; i++)
        {
            total += c[i];
            if (total > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(names[i], c[i], $"The counts must add up to at most {int.MaxValue}; adding {names[i]} = {c[i]} makes {total}.");
            }
        }
        Shares.StepsInHundred(step);
        return new StatusRollup(null, c, Array.ConvertAll(c, x => (double)x), step, weighted: false);
    }

    /// <summary>One rollup per group of assessments sharing a key.</summary>
    /// <param name="assessments">The assessments; no nulls.</param>
    /// <param name="keySelector">The group key of an assessment (compared ordinally), or null for "no group".</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollups in the order their keys first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/>, one of its items or <paramref name="keySelector"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static ImmutableArray<StatusRollup> By(IEnumerable<Assessment> assessments, Func<Assessment, string?> keySelector, double step = DefaultStep, bool weighted = false)
    {
        var list = Checked(assessments, step);
        Guard.NotNull(keySelector);
        var order = new List<string?>();
        var groups = new Dictionary<string, List<Assessment>>(StringComparer.Ordinal);
        var unkeyed = new List<Assessment>();
        foreach (var a in list)
        {
            var key = keySelector(a);
            List<Assessment>? group;
            if (key is null)
            {
                group = unkeyed;
                if (group.Count == 0)
                {
                    order.Add(null);
                }
            }
            else if (!groups.TryGetValue(key, out group))
            {
                groups[key] = group = [];
                order.Add(key);
            }

            group.Add(a);
        }

        return [.. order.Select(k => Build(k, k is null ? unkeyed : groups[k], step, weighted))];
    }

    /// <summary>One rollup per pillar: the target's <see cref="Targets.Target.Pillar"/>, else its indicator's pillar when <paramref name="programme"/> is given.</summary>
    /// <param name="assessments">The assessments; no nulls.</param>
    /// <param name="programme">The programme, to fall back on the indicator's pillar; null to use the targets' pillars only.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollups in the order pillars first appear; targets without a pillar form the group with a null key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static ImmutableArray<StatusRollup> ByPillar(IEnumerable<Assessment> assessments, Programme? programme = null, double step = DefaultStep, bool weighted = false)
        => By(
            assessments,
            a => a.Target.Pillar ?? (programme is not null && programme.TryGetIndicator(a.Target.IndicatorId, out var i) ? i.Pillar : null),
            step,
            weighted);

    /// <summary>One rollup per owner (<see cref="Targets.Target.Owner"/>).</summary>
    /// <param name="assessments">The assessments; no nulls.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollups in the order owners first appear; targets without an owner form the group with a null key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static ImmutableArray<StatusRollup> ByOwner(IEnumerable<Assessment> assessments, double step = DefaultStep, bool weighted = false)
        => By(assessments, a => a.Target.Owner, step, weighted);

    /// <summary>One rollup per scope (<see cref="Targets.Target.ScopeId"/>; the key is the scope id's text).</summary>
    /// <param name="assessments">The assessments; no nulls.</param>
    /// <param name="step">The rounding step of the shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <param name="weighted">True to share out target weights instead of counts.</param>
    /// <returns>The rollups in the order scopes first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide 100.</exception>
    public static ImmutableArray<StatusRollup> ByScope(IEnumerable<Assessment> assessments, double step = DefaultStep, bool weighted = false)
        => By(assessments, a => a.Target.ScopeId.Value, step, weighted);

    /// <summary>An invariant description, e.g. <c>all: 62 (done 18 = 29, likely 27 = 43.5, atRisk 17 = 27.5, missed 0 = 0, notAssessable 0 = 0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Key ?? "all"}: {Total} ({string.Join(", ", ReportOrder.Select(s => $"{s} {Count(s)} = {Share(s).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"))})";

    private static StatusRollup Build(string? key, IReadOnlyList<Assessment> list, double step, bool weighted)
    {
        var c = new int[ReportOrder.Length];
        var w = new double[ReportOrder.Length];
        foreach (var a in list)
        {
            var slot = Slot(a.Status);
            c[slot]++;
            w[slot] += a.Target.Weight;
        }

        return new StatusRollup(key, c, w, step, weighted);
    }

    private static List<Assessment> Checked(IEnumerable<Assessment> assessments, double step)
    {
        Guard.NotNull(assessments);
        Shares.StepsInHundred(step);
        var list = new List<Assessment>();
        foreach (var a in assessments)
        {
            list.Add(ItemGuard.NotNull(a, list.Count, nameof(assessments)));
        }

        return list;
    }

    private static int Slot(Status status) => status switch
    {
        Status.Done => 0,
        Status.Likely => 1,
        Status.AtRisk => 2,
        Status.Missed => 3,
        Status.NotAssessable => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"status must be a defined Status; received {(int)status}."),
    };
}
