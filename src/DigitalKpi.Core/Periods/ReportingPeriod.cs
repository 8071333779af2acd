using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Core.Periods;

/// <summary>
/// When a value was measured or a target is due: a calendar year, half year, quarter or month, or
/// a custom interval of whole days. Both ends are inclusive days in the ISO calendar, between the
/// years 1 and 9999.
/// </summary>
/// <remarks>
/// <para>Equality: two periods are equal when they have the same <see cref="Kind"/>, <see cref="Start"/>
/// and <see cref="End"/>. The year 2024 and the custom interval 2024-01-01/2024-12-31 cover the same
/// days but are different periods.</para>
/// <para>Order: <see cref="CompareTo(ReportingPeriod)"/> orders periods of one kind by their start (then end,
/// for custom intervals) and refuses periods of different kinds, whose order is a matter of choice;
/// use <see cref="ReportingPeriodComparer.ByEnd"/> for lists that mix kinds.</para>
/// <para>Text: <see cref="ToString"/> and <see cref="Parse(string)"/> use the culture-invariant workbook forms
/// <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-06</c> and <c>2024-01-01/2024-03-31</c>;
/// Vietnamese and English labels are in <see cref="Text.ReportingPeriodLabels"/>.</para>
/// <para><c>default(ReportingPeriod)</c> is the year 1 (0001-01-01 to 0001-12-31).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = 9999;

    private readonly LocalDate start;
    private readonly LocalDate customEnd;
    private readonly ReportingPeriodKind kind;

    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate customEnd)
    {
        this.kind = kind;
        this.start = start;
        this.customEnd = customEnd;
    }

    /// <summary>The granularity: year, half, quarter, month or custom.</summary>
    public ReportingPeriodKind Kind => kind;

    /// <summary>The first day of the period (inclusive).</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the period (inclusive): 31 December for a year, 30 June for the first half, the last day of the month for a month.</summary>
    public LocalDate End => kind switch
    {
        ReportingPeriodKind.Custom => customEnd,
        _ => LastDayOfMonth(start.Year, start.Month + MonthsIn(kind) - 1),
    };

    /// <summary>The calendar year the period is reported in: the year of <see cref="End"/> (for every kind but a custom interval it is also the year of <see cref="Start"/>). Named so as not to clash with the factory <see cref="Year(int)"/>.</summary>
    public int CalendarYear => End.Year;

    /// <summary>The number of days in the period, both ends included (at least 1).</summary>
    public int LengthInDays => Period.DaysBetween(start, End) + 1;

    /// <summary>
    /// The position of the period in its year: 1 or 2 for a half, 1 to 4 for a quarter, 1 to 12 for a
    /// month, 1 for a year and 0 for a custom interval.
    /// </summary>
    public int NumberInYear => kind switch
    {
        ReportingPeriodKind.Year => 1,
        ReportingPeriodKind.Custom => 0,
        _ => ((start.Month - 1) / MonthsIn(kind)) + 1,
    };

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The year period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportingPeriod(ReportingPeriodKind.Year, new LocalDate(year, 1, 1), default);
    }

    /// <summary>A half year: the first half (January–June) or the second (July–December).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">1 for the first half ("6 tháng đầu năm"), 2 for the second ("6 tháng cuối năm").</param>
    /// <returns>The half-year period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999 or <paramref name="half"/> is not 1 or 2.</exception>
    public static ReportingPeriod Half(int year, int half)
    {
        CheckYear(year, nameof(year));
        CheckNumber(half, 2, nameof(half));
        return new ReportingPeriod(ReportingPeriodKind.Half, new LocalDate(year, ((half - 1) * 6) + 1, 1), default);
    }

    /// <summary>A calendar quarter: Q1 is January–March, Q4 is October–December.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999 or <paramref name="quarter"/> outside 1 to 4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        CheckNumber(quarter, 4, nameof(quarter));
        return new ReportingPeriod(ReportingPeriodKind.Quarter, new LocalDate(year, ((quarter - 1) * 3) + 1, 1), default);
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 (January) to 12 (December).</param>
    /// <returns>The month period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999 or <paramref name="month"/> outside 1 to 12.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year, nameof(year));
        CheckNumber(month, 12, nameof(month));
        return new ReportingPeriod(ReportingPeriodKind.Month, new LocalDate(year, month, 1), default);
    }

    /// <summary>A custom interval of whole days, both ends inclusive.</summary>
    /// <param name="start">The first day, ISO calendar, year 1 or later.</param>
    /// <param name="endInclusive">The last day, ISO calendar, on or after <paramref name="start"/>.</param>
    /// <returns>The custom period.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="endInclusive"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is before the year 1.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate endInclusive)
    {
        CheckIso(start, nameof(start));
        CheckIso(endInclusive, nameof(endInclusive));
        CheckYear(start.Year, nameof(start));
        if (endInclusive < start)
        {
            throw new ArgumentException(
                $"endInclusive must be on or after start; received start {Iso(start)} and endInclusive {Iso(endInclusive)}.",
                nameof(endInclusive));
        }

        return new ReportingPeriod(ReportingPeriodKind.Custom, start, endInclusive);
    }

    /// <summary>Parses a workbook period text (culture-invariant).</summary>
    /// <param name="text">One of <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-06</c> or <c>2024-01-01/2024-03-31</c> (custom, both ends inclusive); no surrounding spaces; letters H and Q in upper case.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ReportingPeriodFormatException"><paramref name="text"/> is null or not one of the accepted forms; the message quotes it and lists the forms.</exception>
    public static ReportingPeriod Parse(string text)
        => TryParseCore(text, out var period, out var reason)
            ? period
            : throw new ReportingPeriodFormatException(text, reason);

    /// <summary>Parses a workbook period text (culture-invariant) without throwing.</summary>
    /// <param name="text">The text, as for <see cref="Parse(string)"/>; null gives false.</param>
    /// <param name="period">The period when the result is true; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is an accepted form.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period) => TryParseCore(text, out period, out _);

    /// <summary>The period that follows immediately: the next year, half, quarter or month; for a custom interval, the interval of the same number of days starting the day after <see cref="End"/>.</summary>
    /// <returns>The next period of the same kind.</returns>
    /// <exception cref="InvalidOperationException">The next period would end after the year 9999.</exception>
    public ReportingPeriod Next() => Shift(+1);

    /// <summary>The period that precedes immediately: the previous year, half, quarter or month; for a custom interval, the interval of the same number of days ending the day before <see cref="Start"/>.</summary>
    /// <returns>The previous period of the same kind.</returns>
    /// <exception cref="InvalidOperationException">The previous period would start before the year 1.</exception>
    public ReportingPeriod Previous() => Shift(-1);

    /// <summary>
    /// The same period one year earlier ("cùng kỳ năm trước"): 2024-Q3 gives 2023-Q3. A custom interval
    /// moves both ends back one calendar year; 29 February becomes 28 February.
    /// </summary>
    /// <returns>A period of the same kind one year earlier.</returns>
    /// <exception cref="InvalidOperationException">The period is in the year 1.</exception>
    public ReportingPeriod SamePeriodLastYear()
    {
        if (start.Year <= MinYear)
        {
            throw new InvalidOperationException($"{this} has no same period last year: the earliest supported year is {MinYear}.");
        }

        return kind == ReportingPeriodKind.Custom
            ? new ReportingPeriod(kind, start.PlusYears(-1), customEnd.PlusYears(-1))
            : new ReportingPeriod(kind, start.PlusYears(-1), default);
    }

    /// <summary>
    /// The custom interval from 1 January of <see cref="CalendarYear"/> to <see cref="End"/> ("lũy kế từ đầu năm").
    /// For 2024-Q3 it is 2024-01-01/2024-09-30; for the year 2024 it is the custom interval
    /// 2024-01-01/2024-12-31, which is not equal to <c>Year(2024)</c> because the kinds differ.
    /// </summary>
    /// <returns>A <see cref="ReportingPeriodKind.Custom"/> period.</returns>
    public ReportingPeriod YearToDate()
    {
        var end = End;
        return new ReportingPeriod(ReportingPeriodKind.Custom, new LocalDate(end.Year, 1, 1), end);
    }

    /// <summary>Whether <paramref name="date"/> falls in the period, both ends included.</summary>
    /// <param name="date">A day in the ISO calendar.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return start <= date && date <= End;
    }

    /// <summary>The culture-invariant workbook form: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-06</c> or <c>2024-01-01/2024-03-31</c>.</summary>
    /// <returns>Text that <see cref="Parse(string)"/> reads back to an equal period.</returns>
    public override string ToString()
    {
        var year = start.Year.ToString("D4", CultureInfo.InvariantCulture);
        return kind switch
        {
            ReportingPeriodKind.Year => year,
            ReportingPeriodKind.Half => $"{year}-H{NumberInYear}",
            ReportingPeriodKind.Quarter => $"{year}-Q{NumberInYear}",
            ReportingPeriodKind.Month => $"{year}-{start.Month.ToString("D2", CultureInfo.InvariantCulture)}",
            _ => $"{Iso(start)}/{Iso(customEnd)}",
        };
    }

    /// <summary>Whether two periods have the same kind, start and end.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ReportingPeriod other) => kind == other.kind && start == other.start && customEnd == other.customEnd;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, start, customEnd);

    /// <summary>Orders two periods of the same kind by start, then end.</summary>
    /// <param name="other">A period of the same <see cref="Kind"/>.</param>
    /// <returns>Negative when this period starts first, 0 when equal, positive otherwise.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> has a different kind; use <see cref="ReportingPeriodComparer.ByEnd"/> to order mixed kinds.</exception>
    public int CompareTo(ReportingPeriod other)
    {
        if (kind != other.kind)
        {
            throw new ArgumentException(
                $"Only periods of the same kind can be compared; received {this} ({kind}) and {other} ({other.kind}). "
                + "Use ReportingPeriodComparer.ByEnd or ByStart to order periods of mixed kinds.",
                nameof(other));
        }

        var c = start.CompareTo(other.start);
        return c != 0 ? c : customEnd.CompareTo(other.customEnd);
    }

    /// <summary>Whether two periods are equal (same kind, start and end).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ in kind, start or end.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    private ReportingPeriod Shift(int direction)
    {
        if (kind == ReportingPeriodKind.Custom)
        {
            var days = LengthInDays * direction;
            var minDays = Period.DaysBetween(start, new LocalDate(MinYear, 1, 1));
            var maxDays = Period.DaysBetween(customEnd, new LocalDate(MaxYear, 12, 31));
            if (days < minDays || days > maxDays)
            {
                throw OutOfRange(direction);
            }

            return new ReportingPeriod(kind, start.PlusDays(days), customEnd.PlusDays(days));
        }

        var monthIndex = (start.Year * 12) + start.Month - 1 + (direction * MonthsIn(kind));
        var year = monthIndex / 12;
        if (year < MinYear || year > MaxYear)
        {
            throw OutOfRange(direction);
        }

        return new ReportingPeriod(kind, new LocalDate(year, (monthIndex % 12) + 1, 1), default);
    }

    private InvalidOperationException OutOfRange(int direction)
        => new($"{this} has no {(direction > 0 ? "next" : "previous")} period: periods must lie within the years {MinYear} to {MaxYear}.");

    private static int MonthsIn(ReportingPeriodKind kind) => kind switch
    {
        ReportingPeriodKind.Half => 6,
        ReportingPeriodKind.Quarter => 3,
        ReportingPeriodKind.Month => 1,
        _ => 12,
    };

    private static LocalDate LastDayOfMonth(int year, int month)
        => new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static void CheckYear(int year, string name)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(name, year, $"{name} must be a year from {MinYear} to {MaxYear}; received {year}.");
        }
    }

    private static void CheckNumber(int number, int max, string name)
    {
        if (number < 1 || number > max)
        {
            throw new ArgumentOutOfRangeException(name, number, $"{name} must be from 1 to {max}; received {number}.");
        }
    }

    private static void CheckIso(LocalDate date, string name)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{name} must be a date in the ISO calendar; received a date in the {date.Calendar.Id} calendar.", name);
        }
    }

    private static bool TryParseCore(string? text, out ReportingPeriod period, out string reason)
    {
        period = default;
        if (text is null)
        {
            reason = "the text is null";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return TryParseCustom(text, slash, out period, out reason);
        }

        if (text.Length < 4 || !TryDigits(text.AsSpan(0, 4), out var year))
        {
            reason = "it does not start with a four-digit year";
            return false;
        }

        if (year < MinYear)
        {
            reason = $"the year must be from {MinYear} to {MaxYear}";
            return false;
        }

        if (text.Length == 4)
        {
            period = Year(year);
            reason = string.Empty;
            return true;
        }

        if (text.Length != 7 || text[4] != '-')
        {
            reason = "the year must be followed by nothing, or by \"-H\" and a half, \"-Q\" and a quarter, or \"-\" and a two-digit month";
            return false;
        }

        var marker = text[5];
        if (marker is 'H' or 'Q')
        {
            var max = marker == 'H' ? 2 : 4;
            var number = text[6] - '0';
            if (number < 1 || number > max)
            {
                reason = marker == 'H' ? "the half must be 1 or 2" : "the quarter must be 1 to 4";
                return false;
            }

            period = marker == 'H' ? Half(year, number) : Quarter(year, number);
            reason = string.Empty;
            return true;
        }

        if (!TryDigits(text.AsSpan(5, 2), out var month) || month < 1 || month > 12)
        {
            reason = "after \"-\" expected H1, H2, Q1 to Q4, or a two-digit month 01 to 12";
            return false;
        }

        period = Month(year, month);
        reason = string.Empty;
        return true;
    }

    private static bool TryParseCustom(string text, int slash, out ReportingPeriod period, out string reason)
    {
        period = default;
        var first = LocalDatePattern.Iso.Parse(text[..slash]);
        var last = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
        if (!first.Success || !last.Success)
        {
            reason = "a custom interval needs two ISO dates yyyy-MM-dd separated by \"/\"";
            return false;
        }

        if (first.Value.Year < MinYear)
        {
            reason = $"the year must be from {MinYear} to {MaxYear}";
            return false;
        }

        if (last.Value < first.Value)
        {
            reason = "the end date is before the start date";
            return false;
        }

        period = new ReportingPeriod(ReportingPeriodKind.Custom, first.Value, last.Value);
        reason = string.Empty;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
