namespace DigitalKpi.Core.Periods;

/// <summary>
/// Total orders over periods of any kind, for lists that mix granularities (a year, then a half,
/// then a quarter). <see cref="ReportingPeriod.CompareTo(ReportingPeriod)"/> only compares periods of one kind.
/// </summary>
/// <remarks>Both comparers are consistent with <see cref="ReportingPeriod.Equals(ReportingPeriod)"/>: they return 0 only for equal periods. Thread-safe singletons.</remarks>
public sealed class ReportingPeriodComparer : IComparer<ReportingPeriod>
{
    private readonly bool endFirst;

    private ReportingPeriodComparer(bool endFirst) => this.endFirst = endFirst;

    /// <summary>
    /// Orders by <see cref="ReportingPeriod.End"/>, then by <see cref="ReportingPeriod.Start"/> (so the
    /// longer of two periods ending on the same day comes first), then by <see cref="ReportingPeriod.Kind"/>.
    /// This is the order of a series whose values sit at their period ends: 2023, 2024-H1, 2024-Q3, 2024.
    /// </summary>
    public static ReportingPeriodComparer ByEnd { get; } = new(endFirst: true);

    /// <summary>Orders by <see cref="ReportingPeriod.Start"/>, then by <see cref="ReportingPeriod.End"/> (shorter first), then by <see cref="ReportingPeriod.Kind"/>.</summary>
    public static ReportingPeriodComparer ByStart { get; } = new(endFirst: false);

    /// <summary>Compares two periods of any kinds.</summary>
    /// <param name="x">The first period.</param>
    /// <param name="y">The second period.</param>
    /// <returns>Negative when <paramref name="x"/> comes first, 0 when the periods are equal, positive otherwise.</returns>
    public int Compare(ReportingPeriod x, ReportingPeriod y)
    {
        var c = endFirst ? x.End.CompareTo(y.End) : x.Start.CompareTo(y.Start);
        if (c != 0)
        {
            return c;
        }

        c = endFirst ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End);
        return c != 0 ? c : x.Kind.CompareTo(y.Kind);
    }
}
