using System.Collections.Immutable;
using DigitalKpi.Core.Targets;
using NodaTime;

namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>The result of a backtest: one calibration per policy, and the targets left out because their outcome is not known.</summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="Backtest.Run(Programmes.Programme, IEnumerable{AssessmentPolicy}, IEnumerable{LocalDate}, int, AssessmentOptions?)"/>.</remarks>
public sealed class BacktestReport
{
    internal BacktestReport(ImmutableArray<LocalDate> asOfDates, ImmutableArray<PolicyCalibration> policies, ImmutableArray<Target> unresolved)
    {
        AsOfDates = asOfDates;
        Policies = policies;
        Unresolved = unresolved;
    }

    /// <summary>The as-of dates asked for, sorted and distinct; empty when every target was assessed at the ends of its own reporting periods.</summary>
    public ImmutableArray<LocalDate> AsOfDates { get; }

    /// <summary>One calibration per policy, in the order the policies were given.</summary>
    public ImmutableArray<PolicyCalibration> Policies { get; }

    /// <summary>The targets whose outcome is not known from the observations (see <see cref="Backtest.Outcome"/>), in programme order; they have no cases.</summary>
    public ImmutableArray<Target> Unresolved { get; }

    /// <summary>The calibration of the first policy with a name.</summary>
    /// <param name="policy">A policy name, compared ignoring case.</param>
    /// <returns>The calibration.</returns>
    /// <exception cref="KeyNotFoundException">No policy of the report has that name.</exception>
    public PolicyCalibration For(string policy)
        => Policies.FirstOrDefault(p => string.Equals(p.Policy, policy, StringComparison.OrdinalIgnoreCase))
           ?? throw new KeyNotFoundException($"The backtest has no policy \"{policy}\"; it has: {string.Join(", ", Policies.Select(p => p.Policy))}.");

    /// <summary>An invariant description, e.g. <c>2 policies, 8 dates, 3 unresolved targets</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Policies.Length} policies, {AsOfDates.Length} dates, {Unresolved.Length} unresolved targets";
}
