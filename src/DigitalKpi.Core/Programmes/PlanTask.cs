using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Programmes;

/// <summary>
/// A plan item that is done or not by a due date ("126 tasks in the 2023 plan, 102 done"). Named
/// <c>PlanTask</c> so as not to clash with <see cref="System.Threading.Tasks.Task"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference; identify tasks by <see cref="Id"/>.</remarks>
public sealed class PlanTask
{
    /// <summary>Creates a plan task.</summary>
    /// <param name="id">The identifier, non-empty without white space (e.g. <c>plan-2023-001</c>).</param>
    /// <param name="title">What is to be done; not blank.</param>
    /// <param name="due">The last day it may be completed on time (ISO calendar).</param>
    /// <param name="done">Whether it is done.</param>
    /// <param name="completedOn">The day it was completed, when known; only for a done task (ISO calendar).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or has white space, <paramref name="title"/> is blank, <paramref name="due"/> or <paramref name="completedOn"/> is not in the ISO calendar, or <paramref name="completedOn"/> is given for a task that is not done.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> or <paramref name="completedOn"/> is before year 1 (reporting periods run from year 1 to 9999).</exception>
    public PlanTask(string id, string title, LocalDate due, bool done, LocalDate? completedOn = null)
    {
        Id = IdText.Validate(id, "A plan task id", nameof(id));
        Title = Guard.NotBlank(title);
        Guard.IsoDate(due);
        Guard.IsoDate(completedOn);
        if (completedOn is { } c && !done)
        {
            throw new ArgumentException($"Plan task \"{id}\": completedOn ({c:uuuu-MM-dd}) is only allowed for a done task; received done = false.", nameof(completedOn));
        }

        Due = due;
        Done = done;
        CompletedOn = completedOn;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>What is to be done.</summary>
    public string Title { get; }

    /// <summary>The last day it may be completed on time.</summary>
    public LocalDate Due { get; }

    /// <summary>Whether it is done.</summary>
    public bool Done { get; }

    /// <summary>The day it was completed, or null when not done or not recorded.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Whether the task counts as done on <paramref name="asOf"/>: it is done and was not completed after that day (a done task without a completion date counts as done).</summary>
    /// <param name="asOf">The day asked about.</param>
    /// <returns>True when done by <paramref name="asOf"/>.</returns>
    public bool IsDoneOn(LocalDate asOf) => Done && (CompletedOn is not { } c || c <= asOf);

    /// <summary>Whether the task is overdue on <paramref name="asOf"/>: not done by then and <paramref name="asOf"/> is after <see cref="Due"/>.</summary>
    /// <param name="asOf">The day asked about.</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdueOn(LocalDate asOf) => !IsDoneOn(asOf) && asOf > Due;

    /// <summary>The identifier text.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
