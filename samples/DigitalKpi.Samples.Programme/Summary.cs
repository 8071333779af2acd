using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Classification;

namespace DigitalKpi.Samples.Programme;

/// <summary>The rollup of the statuses: how many targets are in each and their shares (rounded to 0.1 points so they add up to 100).</summary>
internal sealed class Summary
{
    public static readonly Status[] Order = [Status.Done, Status.Likely, Status.AtRisk, Status.Missed, Status.NotAssessable];

    private Summary(int[] counts, double[] shares)
    {
        Counts = counts;
        Shares = shares;
    }

    /// <summary>Counts in <see cref="Order"/>.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Shares in percent in <see cref="Order"/>; all 0 when there is no target.</summary>
    public IReadOnlyList<double> Shares { get; }

    public int Total => Counts.Sum();

    public static Summary Of(IReadOnlyList<TargetRow> rows)
    {
        var counts = new int[Order.Length];
        foreach (var row in rows)
        {
            counts[Array.IndexOf(Order, row.Status)]++;
        }

        var shares = rows.Count == 0
            ? new double[Order.Length]
            : Core.Calculators.Shares.RoundedToHundred(counts.Select(c => (double)c).ToArray(), 0.1);
        return new Summary(counts, shares);
    }
}
