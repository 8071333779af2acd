using DigitalKpi.Core.Calculators;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Rollups;

/// <summary>
/// How many plan tasks are done out of how many: "126 tasks in the 2023 plan, 102 done" is 102 of 126, 80.95%,
/// published as 81%.
/// </summary>
/// <remarks>
/// <para>The <c>default</c> value is 0 of 0, which has no percentage (<see cref="Percent"/> is null).</para>
/// <para>Equality compares both counts. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct TaskCompletion : IEquatable<TaskCompletion>
{
    /// <summary>Creates a completion figure from counts.</summary>
    /// <param name="done">Tasks done, from 0 to <paramref name="total"/>.</param>
    /// <param name="total">Tasks counted, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="done"/> is negative or above <paramref name="total"/>.</exception>
    public TaskCompletion(int done, int total)
    {
        Guard.AtLeast(total, 0);
        if (done < 0 || done > total)
        {
            throw new ArgumentOutOfRangeException(nameof(done), done, $"done must lie in [0, {total}] (the tasks counted); received {done}.");
        }

        Done = done;
        Total = total;
    }

    /// <summary>Tasks done.</summary>
    public int Done { get; }

    /// <summary>Tasks counted.</summary>
    public int Total { get; }

    /// <summary>Tasks counted but not done.</summary>
    public int NotDone => Total - Done;

    /// <summary>The share done in percent, 100 × done ÷ total (102 of 126 = 80.952…); null when no task is counted.</summary>
    /// <remarks>Computed with <see cref="Shares.PercentOf"/>; round for display (80.95 to 81 as the programme published).</remarks>
    public double? Percent => Total == 0 ? null : Shares.PercentOf(Done, Total);

    /// <summary>Counts every task: done when <see cref="PlanTask.Done"/>.</summary>
    /// <param name="tasks">The tasks; no nulls.</param>
    /// <returns>The completion figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of its items is null.</exception>
    public static TaskCompletion Of(IEnumerable<PlanTask> tasks)
    {
        Guard.NotNull(tasks);
        var (done, total) = (0, 0);
        foreach (var t in tasks)
        {
            ItemGuard.NotNull(t, total, nameof(tasks));
            total++;
            done += t.Done ? 1 : 0;
        }

        return new TaskCompletion(done, total);
    }

    /// <summary>
    /// Counts the tasks due on or before <paramref name="asOf"/>, each done when it was done by that day
    /// (<see cref="PlanTask.IsDoneOn"/>): the completion of what should have been finished by then.
    /// </summary>
    /// <param name="tasks">The tasks; no nulls. Tasks due after <paramref name="asOf"/> are not counted.</param>
    /// <param name="asOf">The day asked about (inclusive).</param>
    /// <returns>The completion figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of its items is null.</exception>
    public static TaskCompletion Of(IEnumerable<PlanTask> tasks, LocalDate asOf)
    {
        Guard.NotNull(tasks);
        var (done, total, index) = (0, 0, 0);
        foreach (var t in tasks)
        {
            ItemGuard.NotNull(t, index++, nameof(tasks));
            if (t.Due <= asOf)
            {
                total++;
                done += t.IsDoneOn(asOf) ? 1 : 0;
            }
        }

        return new TaskCompletion(done, total);
    }

    /// <summary>Counts the tasks of a programme: all of them, or those due by <paramref name="asOf"/> when it is given (see <see cref="Of(IEnumerable{PlanTask}, LocalDate)"/>).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="asOf">The day asked about, or null to count every task as it stands.</param>
    /// <returns>The completion figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static TaskCompletion Of(Programme programme, LocalDate? asOf = null)
    {
        Guard.NotNull(programme);
        return asOf is { } d ? Of(programme.Tasks, d) : Of(programme.Tasks);
    }

    /// <summary>Whether two figures have the same counts.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TaskCompletion left, TaskCompletion right) => left.Equals(right);

    /// <summary>Whether two figures differ in a count.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TaskCompletion left, TaskCompletion right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TaskCompletion other) => Done == other.Done && Total == other.Total;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaskCompletion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Done, Total);

    /// <summary>An invariant description, e.g. <c>102 of 126 done</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Done} of {Total} done";
}
