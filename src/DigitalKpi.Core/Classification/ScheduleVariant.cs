namespace DigitalKpi.Core.Classification;

/// <summary>Which goal-tracking product's schedule rule <see cref="SchedulePolicy"/> runs.</summary>
/// <remarks>The default value is <see cref="VivaGoals"/>.</remarks>
public enum ScheduleVariant
{
    /// <summary>Microsoft Viva Goals, <see cref="VivaGoalsSchedule"/>: on track iff actual progress ≥ expected (METHODS.md §2.2); the default value.</summary>
    VivaGoals = 0,

    /// <summary>Engagedly, <see cref="EngagedlySchedule"/>: on track within a 16.5-point gap (METHODS.md §2.2).</summary>
    Engagedly = 1,
}
