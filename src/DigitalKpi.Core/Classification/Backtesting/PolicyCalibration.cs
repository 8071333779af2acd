using System.Collections.Immutable;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>
/// How well one policy's past calls matched what happened: per status, the share of targets met; per probability bin,
/// the mean forecast probability against the observed frequency; and the Brier score of the probabilities.
/// </summary>
/// <remarks>
/// <para><b>Scored cases.</b> The bins and scores use the cases with a probability whose status is not
/// <see cref="Status.Done"/>: a done target's probability of 1 is a rule, not a forecast, and would flatter the score.
/// Policies that give no probability (the published methods) have only the status table.</para>
/// <para><b>Brier score</b> BS = (1/n) Σ (pᵢ − oᵢ)², oᵢ = 1 when met, else 0; 0 is perfect, 0.25 is a constant 0.5.
/// <b>Reference</b>: the base rate ō of the scored cases forecast for every case, BS_ref = ō(1 − ō); the
/// <b>skill score</b> is 1 − BS ÷ BS_ref (positive = better than the base rate), null when BS_ref is 0.</para>
/// <para>Source: Brier, G. W. (1950), "Verification of forecasts expressed in terms of probability", Monthly Weather
/// Review 78(1); reliability diagrams and the skill score as in Wilks, "Statistical Methods in the Atmospheric
/// Sciences" (4th ed.), §9.4. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyCalibration
{
    /// <summary>The default number of equal-width probability bins: 10.</summary>
    public const int DefaultBinCount = 10;

    /// <summary>Builds the calibration tables of one policy from its cases.</summary>
    /// <param name="policy">The policy name (e.g. <c>probabilistic</c>); not blank.</param>
    /// <param name="cases">The cases, each a target assessed at an earlier date with its known outcome; no nulls; may be empty.</param>
    /// <param name="binCount">The number of equal-width probability bins covering [0, 1], from 1 to 100; 10 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is outside [1, 100].</exception>
    public PolicyCalibration(string policy, IEnumerable<BacktestCase> cases, int binCount = DefaultBinCount)
    {
        Policy = Guard.NotBlank(policy);
        Guard.NotNull(cases);
        if (binCount < 1 || binCount > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, $"binCount must lie in [1, 100]; received {binCount}.");
        }

        Cases = [.. cases];
        for (var i = 0; i < Cases.Length; i++)
        {
            Utility.ItemGuard.NotNull(Cases[i], i, nameof(cases));
        }

        ByStatus = [.. Rollups.StatusRollup.ReportOrder.Select(s => new StatusCalibration(s, Cases.Count(c => c.Status == s), Cases.Count(c => c.Status == s && c.Met)))];

        var scored = Cases.Where(c => c.Probability is not null && c.Status != Status.Done).ToArray();
        ScoredCount = scored.Length;
        var counts = new int[binCount];
        var sumP = new double[binCount];
        var sumMet = new int[binCount];
        var squared = 0.0;
        var met = 0;
        foreach (var c in scored)
        {
            var p = c.Probability!.Value;
            var o = c.Met ? 1 : 0;
            var bin = Math.Min((int)Math.Round(p * binCount, 9), binCount - 1);
            counts[bin]++;
            sumP[bin] += p;
            sumMet[bin] += o;
            squared += (p - o) * (p - o);
            met += o;
        }

        Bins = [.. Enumerable.Range(0, binCount).Select(b => new CalibrationBin(
            (double)b / binCount,
            (double)(b + 1) / binCount,
            counts[b],
            counts[b] == 0 ? null : sumP[b] / counts[b],
            counts[b] == 0 ? null : (double)sumMet[b] / counts[b]))];
        if (scored.Length > 0)
        {
            var n = scored.Length;
            BrierScore = squared / n;
            BaseRate = (double)met / n;
            var reference = BaseRate.Value * (1 - BaseRate.Value);
            BrierSkillScore = reference > 0 ? 1 - (BrierScore.Value / reference) : null;
        }
    }

    /// <summary>The policy name.</summary>
    public string Policy { get; }

    /// <summary>Every case, in the order given.</summary>
    public ImmutableArray<BacktestCase> Cases { get; }

    /// <summary>One row per status in the order done, likely, at risk, missed, not assessable.</summary>
    public ImmutableArray<StatusCalibration> ByStatus { get; }

    /// <summary>The reliability table: equal-width probability bins from 0 to 1, empty bins included.</summary>
    public ImmutableArray<CalibrationBin> Bins { get; }

    /// <summary>The number of scored cases (with a probability, not done).</summary>
    public int ScoredCount { get; }

    /// <summary>The Brier score of the scored cases, in [0, 1] (lower is better); null when none was scored.</summary>
    public double? BrierScore { get; }

    /// <summary>The share of scored cases that were met, in [0, 1]; null when none was scored.</summary>
    public double? BaseRate { get; }

    /// <summary>The Brier skill score against always forecasting <see cref="BaseRate"/> (1 perfect, 0 no better, negative worse); null when none was scored or every scored case had the same outcome.</summary>
    public double? BrierSkillScore { get; }

    /// <summary>The row for one status.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public StatusCalibration For(Status status)
        => ByStatus.FirstOrDefault(r => r.Status == status) ?? throw new ArgumentOutOfRangeException(nameof(status), status, $"status must be a defined Status; received {(int)status}.");

    /// <summary>An invariant description, e.g. <c>probabilistic: 120 cases, Brier 0.162</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Policy}: {Cases.Length} cases, Brier {(BrierScore is { } b ? b.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "n/a")}";
}
