using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using NodaTime;

namespace DigitalKpi.Core.TimeSeries;

/// <summary>
/// The values of one indicator in one scope, ordered by the end of their periods, as known on an
/// as-of date. Granularities may mix (2023, then 2024-H1): each value sits at its period's end.
/// </summary>
/// <remarks>
/// <para>Selection: observations whose period ends after the as-of date are left out (they were not
/// known yet). When several observations end on the same day (the year 2024 and its fourth quarter),
/// one is kept — the one whose period kind matches the indicator's frequency, otherwise the longest
/// period — and the others are listed in <see cref="Superseded"/>, so nothing disappears unseen.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorSeries
{
    /// <summary>Longest series whose times and values are copied through the stack rather than a pooled array.</summary>
    private const int StackLimit = 128;

    /// <summary>Builds the series from observations of <paramref name="indicator"/> in <paramref name="scope"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="observations">Observations of that indicator and scope, in any order, without two for the same period.</param>
    /// <param name="asOf">Only observations whose period ended on or before this day are used; null uses all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="scope"/>, <paramref name="observations"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An observation is of another indicator or scope, or two are for the same period.</exception>
    public IndicatorSeries(Indicator indicator, Scope scope, IEnumerable<Observation> observations, LocalDate? asOf = null)
    {
        Indicator = Utility.Guard.NotNull(indicator);
        Scope = Utility.Guard.NotNull(scope);
        ArgumentNullException.ThrowIfNull(observations);
        AsOf = asOf;
        var all = observations.ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            var o = all[i] ?? throw new ArgumentNullException(nameof(observations), $"observations[{i}] is null.");
            if (o.IndicatorId != indicator.Id || o.ScopeId != scope.Id)
            {
                throw new ArgumentException(
                    $"observations[{i}] is of indicator \"{o.IndicatorId}\" in scope \"{o.ScopeId}\"; the series is of \"{indicator.Id}\" in \"{scope.Id}\".",
                    nameof(observations));
            }
        }

        var known = all.Where(o => asOf is not { } d || o.Period.End <= d)
            .OrderBy(o => o.Period, ReportingPeriodComparer.ByEnd)
            .ToArray();
        (Points, Superseded) = Select(known, indicator.Frequency.PeriodKind());
    }

    private IndicatorSeries(Indicator indicator, Scope scope, LocalDate? asOf, ImmutableArray<SeriesPoint> points, ImmutableArray<Observation> superseded)
    {
        Indicator = indicator;
        Scope = scope;
        AsOf = asOf;
        Points = points;
        Superseded = superseded;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The scope.</summary>
    public Scope Scope { get; }

    /// <summary>The as-of date used to select observations, or null when all were used.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The points, in strictly increasing order of their period ends.</summary>
    public ImmutableArray<SeriesPoint> Points { get; }

    /// <summary>Observations not used because another one, preferred, ends on the same day; in period-end order.</summary>
    public ImmutableArray<Observation> Superseded { get; }

    /// <summary>The number of points.</summary>
    public int Count => Points.Length;

    /// <summary>
    /// The numbers a forecasting model is fitted to. When every point is of the indicator's frequency
    /// (months, quarters, halves or years) and each follows the previous one without a gap, the times
    /// are the nominal grid <see cref="TimeAxis.NominalEndTime"/> (so the series is regular) and the
    /// seasonal period is 12 for monthly and 4 for quarterly indicators; otherwise each value sits at
    /// <see cref="SeriesPoint.Time"/> and the seasonal period is 1.
    /// </summary>
    /// <returns>A <see cref="TimedSeries"/> with one value per point (possibly empty).</returns>
    public TimedSeries ToTimedSeries() => FirstPointsAsTimedSeries(Points.Length);

    /// <summary>
    /// The first <paramref name="count"/> points as <see cref="ToTimedSeries"/> gives them (the times are on the
    /// nominal grid when the whole series is a regular run), without building the full series first.
    /// </summary>
    internal TimedSeries FirstPointsAsTimedSeries(int count)
    {
        double[]? rented = null;
        var buffer = count <= StackLimit ? stackalloc double[2 * count] : (rented = ArrayPool<double>.Shared.Rent(2 * count)).AsSpan(0, 2 * count);
        var times = buffer[..count];
        var values = buffer[count..];
        var regular = CopyTo(times, values);
        var seasonal = regular ? Indicator.Frequency switch
        {
            Frequency.Month => 12,
            Frequency.Quarter => 4,
            _ => 1,
        } : 1;
        var series = new TimedSeries(times, values, seasonal);
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return series;
    }

    /// <summary>
    /// Writes the times and values of the first <c>times.Length</c> points as <see cref="ToTimedSeries"/> gives
    /// them: on the nominal grid when the whole series is a regular run, else at the exact period ends.
    /// </summary>
    /// <returns>Whether the series is a regular run (then the times are on the nominal grid).</returns>
    internal bool CopyTo(Span<double> times, Span<double> values)
    {
        var regular = IsRegularRun();
        var points = Points.AsSpan()[..times.Length];
        for (var i = 0; i < points.Length; i++)
        {
            times[i] = regular ? TimeAxis.NominalEndTime(points[i].Period) : points[i].Time;
            values[i] = points[i].Value;
        }

        return regular;
    }

    /// <summary>
    /// The series as known on <paramref name="asOf"/> from the selection <see cref="Select"/> made once over all the
    /// observations of <paramref name="indicator"/> in <paramref name="scope"/> (as <c>Programme</c> keeps it): the
    /// same result as the public constructor, since observations ending on one day are all known or all unknown on a
    /// given day. The as-of cut is a binary search; when it keeps everything the arrays are shared, not copied.
    /// </summary>
    internal static IndicatorSeries FromSelected(Indicator indicator, Scope scope, ImmutableArray<SeriesPoint> points, ImmutableArray<Observation> superseded, LocalDate? asOf)
    {
        if (asOf is { } d)
        {
            points = Cut(points, CountEndingBy(points.AsSpan(), d));
            superseded = Cut(superseded, CountEndingBy(superseded.AsSpan(), d));
        }

        return new IndicatorSeries(indicator, scope, asOf, points, superseded);
    }

    /// <summary>The number of leading observations, in period-end order, whose period ended on or before <paramref name="day"/> (a binary search).</summary>
    internal static int CountEndingBy(ReadOnlySpan<Observation> sortedByEnd, LocalDate day) =>
        CountEndingBy(sortedByEnd, static o => o.Period, day);

    /// <summary>The number of leading points, in period-end order, whose period ended on or before <paramref name="day"/> (a binary search).</summary>
    internal static int CountEndingBy(ReadOnlySpan<SeriesPoint> sortedByEnd, LocalDate day) =>
        CountEndingBy(sortedByEnd, static p => p.Period, day);

    private static int CountEndingBy<T>(ReadOnlySpan<T> sortedByEnd, Func<T, ReportingPeriod> period, LocalDate day)
    {
        int lo = 0, hi = sortedByEnd.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (period(sortedByEnd[mid]).End <= day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Keeps one observation per period end from observations sorted by <see cref="ReportingPeriodComparer.ByEnd"/>:
    /// the one of the <paramref name="preferred"/> kind, otherwise the first (the longest period); the others are
    /// superseded.
    /// </summary>
    /// <exception cref="ArgumentException">Two observations are for the same period.</exception>
    internal static (ImmutableArray<SeriesPoint> Points, ImmutableArray<Observation> Superseded) Select(ReadOnlySpan<Observation> known, ReportingPeriodKind? preferred)
    {
        if (known.IsEmpty)
        {
            return ([], []);
        }

        var points = new SeriesPoint[known.Length];
        var count = 0;
        List<Observation>? superseded = null;
        for (var i = 0; i < known.Length;)
        {
            var end = known[i].Period.End;
            var j = i + 1;
            while (j < known.Length && known[j].Period.End == end)
            {
                if (known[j].Period == known[j - 1].Period)
                {
                    throw new ArgumentException($"Two observations are for the period {known[j].Period}; give one value per period.", "observations");
                }

                j++;
            }

            // Within [i, j) periods share the end and are sorted longest first (earliest start), then by kind.
            var keep = i;
            for (var k = i; k < j; k++)
            {
                if (known[k].Period.Kind == preferred)
                {
                    keep = k;
                    break;
                }
            }

            for (var k = i; k < j; k++)
            {
                if (k == keep)
                {
                    points[count++] = new SeriesPoint(known[k].Period, known[k].Value, known[k].Quality);
                }
                else
                {
                    (superseded ??= []).Add(known[k]);
                }
            }

            i = j;
        }

        if (count < points.Length)
        {
            Array.Resize(ref points, count);
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(points), superseded is null ? [] : [.. superseded]);
    }

    private static ImmutableArray<T> Cut<T>(ImmutableArray<T> items, int count) => count == items.Length ? items : items.Slice(0, count);

    /// <summary>Whether every point is of the indicator's frequency and follows the previous one without a gap: then <see cref="ToTimedSeries"/> puts the times on the nominal grid.</summary>
    internal bool IsRegularRun()
    {
        var kind = Indicator.Frequency.PeriodKind();
        if (kind is null)
        {
            return false;
        }

        for (var i = 0; i < Points.Length; i++)
        {
            if (Points[i].Period.Kind != kind || (i > 0 && Points[i - 1].Period.Next() != Points[i].Period))
            {
                return false;
            }
        }

        return true;
    }
}
