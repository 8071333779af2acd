using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Rollups;
using NodaTime;

namespace DigitalKpi.Core.Tests.Rollups;

public class TaskCompletionTests
{
    private static readonly LocalDate EndOf2023 = new(2023, 12, 31);

    private static PlanTask Task(int i, bool done, LocalDate? due = null, LocalDate? completedOn = null)
        => new($"plan-2023-{i:000}", "…", due ?? EndOf2023, done, completedOn);

    [Fact]
    public void Of_ProgrammePlan2023_102Of126Is80Point95()
    {
        // programme-facts.md: 126 tasks in the 2023 plan, 102 done, reported as 81%. 102/126 = 0.809523809…
        var tasks = Enumerable.Range(1, 126).Select(i => Task(i, done: i <= 102));
        var c = TaskCompletion.Of(tasks);
        Assert.Equal(new TaskCompletion(102, 126), c);
        Assert.Equal(24, c.NotDone);
        Assert.Equal(80.952380952, c.Percent!.Value, 9);
        Assert.Equal(81, Math.Round(c.Percent!.Value));
        Assert.Equal("102 of 126 done", c.ToString());
    }

    [Fact]
    public void Of_AsOf_CountsTasksDueByThenDoneByThen()
    {
        var tasks = new[]
        {
            Task(1, true, new LocalDate(2023, 3, 31), new LocalDate(2023, 3, 1)), // due, done in time
            Task(2, true, new LocalDate(2023, 3, 31), new LocalDate(2023, 5, 1)), // due, done only after the as-of date
            Task(3, false, new LocalDate(2023, 6, 30)),                              // due on the as-of date, not done
            Task(4, true, new LocalDate(2023, 9, 30)),                               // not due yet: not counted
            Task(5, true, new LocalDate(2023, 1, 31)),                               // due, done (no completion date)
        };
        // as of 2023-06-30: due tasks 1, 2, 3, 5; done by then: 1, 2 (2023-05-01), 5 -> 3 of 4
        Assert.Equal(new TaskCompletion(3, 4), TaskCompletion.Of(tasks, new LocalDate(2023, 6, 30)));
        // as of 2023-04-30: due tasks 1, 2, 5; done by then: 1, 5 -> 2 of 3
        Assert.Equal(new TaskCompletion(2, 3), TaskCompletion.Of(tasks, new LocalDate(2023, 4, 30)));
        // as of 2022-12-31: nothing due -> 0 of 0, no percentage
        var none = TaskCompletion.Of(tasks, new LocalDate(2022, 12, 31));
        Assert.Equal(0, none.Total);
        Assert.Null(none.Percent);
    }

    [Fact]
    public void Of_Programme_UsesItsTasks()
    {
        var p = new Programme("p", [], [], [], [], [Task(1, true), Task(2, false)]);
        Assert.Equal(new TaskCompletion(1, 2), TaskCompletion.Of(p));
        Assert.Equal(50, TaskCompletion.Of(p)!.Percent);
        Assert.Equal(new TaskCompletion(0, 0), TaskCompletion.Of(p, new LocalDate(2023, 1, 1)));
    }

    [Theory]
    [InlineData(-1, 3, "done")]
    [InlineData(4, 3, "done")]
    [InlineData(0, -1, "total")]
    public void Constructor_InvalidCounts_Throws(int done, int total, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new TaskCompletion(done, total)).ParamName);

    [Fact]
    public void Of_NullItem_Throws()
        => Assert.Throws<ArgumentNullException>(() => TaskCompletion.Of([Task(1, true), null!]));

    [Fact]
    public void Equality_ComparesCounts()
    {
        Assert.True(new TaskCompletion(1, 2) == new TaskCompletion(1, 2));
        Assert.True(new TaskCompletion(1, 2) != new TaskCompletion(1, 3));
        Assert.Equal(default, new TaskCompletion(0, 0));
    }
}
