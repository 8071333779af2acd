using System.Globalization;
using CsvHelper;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Utility;
using NodaTime;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Reads observations from CSV in long format, one observation per line:
/// <c>indicator,scope,period,value</c>, optionally followed by <c>quality</c>, <c>numerator</c>,
/// <c>denominator</c> and <c>source</c> columns, in any order, under a required header.
/// </summary>
/// <remarks>
/// <para>
/// The format follows RFC 4180: ',' separates fields, '"' quotes a field that contains one. Numbers
/// are culture-invariant whatever the current culture: '.' is the decimal separator, no thousands
/// separator (<c>42.5</c>, <c>1250000</c>, <c>1.2e6</c>); a value such as <c>42,5</c> is an error that
/// says so. Periods are as in the workbook (<c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-06</c>,
/// <c>2024-01-01/2024-03-31</c>); quality is <c>actual</c> (the default when the field is empty),
/// <c>estimated</c> or <c>provisional</c>. Header names are matched ignoring case and surrounding spaces;
/// an unknown column is an error (it is usually a typo), as are a missing required column, a record with
/// a different number of fields than the header, a non-finite number, a non-zero number too small for a double (1e-400, which would read as 0), a numerator without a denominator
/// or the reverse (as in a workbook, the two are given together or not at all), and two values for the same
/// indicator, scope and period. Nothing is skipped silently.
/// </para>
/// <para>Every error is an <see cref="ObservationCsvException"/> that names the source, the line, the column, what was found and what was expected.</para>
/// <para>The methods are thread-safe: they keep no state between calls. Reading uses CsvHelper's parser field by field (no reflection mapping), so it is safe for trimming and native AOT.</para>
/// </remarks>
public static class ObservationCsvReader
{
    private static readonly string[] Columns = ["indicator", "scope", "period", "value", "quality", "numerator", "denominator", "source"];
    private const int RequiredColumns = 4;

    /// <summary>What "expected one of:" lists when the programme has no indicators or no scopes.</summary>
    private const string NoIds = "none (the programme has none)";

    /// <summary>Reads every observation of a CSV text.</summary>
    /// <param name="reader">The CSV text; read to its end and left open.</param>
    /// <param name="sourceName">The name that error messages give the source, usually the file name such as <c>observations.csv</c>; not blank.</param>
    /// <returns>The observations in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or blank.</exception>
    /// <exception cref="ObservationCsvException">The text breaks the format; the message says where and how.</exception>
    public static IReadOnlyList<Observation> Read(TextReader reader, string sourceName)
    {
        Guard.NotNull(reader);
        Guard.NotBlank(sourceName);
        using var csv = CsvReader.Create(reader, Options, leaveOpen: true);
        return ReadAll(csv, sourceName, null);
    }

    /// <summary>
    /// Reads every observation of a CSV text meant for <paramref name="programme"/>, checking each line
    /// against it: the indicator and the scope must exist, the value must lie in the indicator's bounds,
    /// and the programme must not already hold a value for the same indicator, scope and period.
    /// </summary>
    /// <param name="reader">The CSV text; read to its end and left open.</param>
    /// <param name="sourceName">The name that error messages give the source, usually the file name such as <c>observations.csv</c>; not blank.</param>
    /// <param name="programme">The programme whose indicators and scopes the observations refer to.</param>
    /// <returns>The observations in file order, ready to be added to the programme's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or blank.</exception>
    /// <exception cref="ObservationCsvException">The text breaks the format or does not fit the programme; the message says where and how.</exception>
    public static IReadOnlyList<Observation> Read(TextReader reader, string sourceName, Programme programme)
    {
        Guard.NotNull(reader);
        Guard.NotBlank(sourceName);
        Guard.NotNull(programme);
        using var csv = CsvReader.Create(reader, Options, leaveOpen: true);
        return ReadAll(csv, sourceName, programme);
    }

    /// <summary>Reads every observation of a CSV stream (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="stream">The CSV bytes; read to its end and left open.</param>
    /// <param name="sourceName">The name that error messages give the source, usually the file name such as <c>observations.csv</c>; not blank.</param>
    /// <returns>The observations in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or blank.</exception>
    /// <exception cref="ObservationCsvException">The text breaks the format; the message says where and how.</exception>
    public static IReadOnlyList<Observation> Read(Stream stream, string sourceName)
    {
        Guard.NotNull(stream);
        Guard.NotBlank(sourceName);
        using var csv = CsvReader.Create(stream, Options, leaveOpen: true);
        return ReadAll(csv, sourceName, null);
    }

    private static CsvReaderOptions Options { get; } = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static List<Observation> ReadAll(CsvReader csv, string sourceName, Programme? programme)
    {
        try
        {
            var columns = ReadHeader(csv, sourceName);
            var observations = new List<Observation>();
            // Keyed by the days, not the period's kind: "2023" and "2023-01-01/2023-12-31" are one period spelled two ways.
            var seen = new Dictionary<(IndicatorId, ScopeId, LocalDate, LocalDate), (long Line, ReportingPeriod Period)>();
            while (csv.Read())
            {
                var record = new Record(csv, sourceName, columns);
                var observation = record.ToObservation();
                var key = (observation.IndicatorId, observation.ScopeId, observation.Period.Start, observation.Period.End);
                if (seen.TryGetValue(key, out var first))
                {
                    throw record.Error(
                        columns[2],
                        $"found a second value for indicator \"{key.Item1}\", scope \"{key.Item2}\", period \"{observation.Period}\" (the first is on line {first.Line}{WorkbookReaderMap.SameDays(first.Period, observation.Period)}); expected one value per indicator, scope and period.");
                }

                if (programme is not null)
                {
                    record.CheckAgainst(programme, observation);
                }

                seen.Add(key, (csv.LineNumber, observation.Period));
                observations.Add(observation);
            }

            return observations;
        }
        catch (CsvFormatException exception)
        {
            throw new ObservationCsvException(sourceName, exception.LineNumber, 0, null, $"malformed CSV: {exception.Message}", exception);
        }
    }

    /// <summary>The field index of each known column (-1 when absent), in the order of <see cref="Columns"/>.</summary>
    private static int[] ReadHeader(CsvReader csv, string sourceName)
    {
        csv.ReadHeader();
        var headers = csv.Headers;
        if (headers.Count == 0)
        {
            throw new ObservationCsvException(sourceName, 1, 0, null, $"found no header; expected the header line {string.Join(",", Columns.Take(RequiredColumns))}.");
        }

        if (headers.Count == 1 && headers[0].Contains(';', StringComparison.Ordinal))
        {
            throw new ObservationCsvException(sourceName, 1, 0, null, $"found ';' between the column names; expected ',' as the separator (the format is culture-invariant), as in {string.Join(",", Columns.Take(RequiredColumns))}.");
        }

        var indices = Enumerable.Repeat(-1, Columns.Length).ToArray();
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            var known = Array.FindIndex(Columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                throw new ObservationCsvException(sourceName, 1, i + 1, headers[i], $"found the unknown column \"{name}\"; expected one of: {string.Join(", ", Columns)}.");
            }

            if (indices[known] >= 0)
            {
                throw new ObservationCsvException(sourceName, 1, i + 1, headers[i], $"found the column \"{name}\" a second time (first as column {indices[known] + 1}); expected each column once.");
            }

            indices[known] = i;
        }

        for (var k = 0; k < RequiredColumns; k++)
        {
            if (indices[k] < 0)
            {
                throw new ObservationCsvException(sourceName, 1, 0, null, $"the required column \"{Columns[k]}\" is missing; expected a header with at least {string.Join(",", Columns.Take(RequiredColumns))}.");
            }
        }

        return indices;
    }

    /// <summary>One data record being read, with what its error messages need.</summary>
    private readonly struct Record(CsvReader csv, string sourceName, int[] columns)
    {
        public Observation ToObservation()
        {
            if (csv.FieldCount != csv.Headers.Count)
            {
                throw new ObservationCsvException(
                    sourceName,
                    csv.LineNumber,
                    0,
                    null,
                    $"found {csv.FieldCount} field{(csv.FieldCount == 1 ? string.Empty : "s")}; expected {csv.Headers.Count}, one per header column. A decimal comma (42,5) splits a value in two: use '.' as the decimal separator.");
            }

            for (var field = 0; field < csv.FieldCount; field++)
            {
                if (!System.Text.Unicode.Utf8.IsValid(csv.GetSpan(field)))
                {
                    throw Error(field, "found bytes that are not valid UTF-8; expected UTF-8 text (save the file as UTF-8).");
                }
            }

            var indicator = Id(0, text => new IndicatorId(text));
            var scope = Id(1, text => new ScopeId(text));
            var period = Period();
            var value = Number(3) ?? throw Error(columns[3], "found an empty field; expected the observed value, a number such as 42 or 17.5.");
            var quality = Quality();
            var numerator = Number(5);
            var denominator = Number(6);
            var source = columns[7] >= 0 && !csv.IsEmpty(columns[7]) ? csv.GetString(columns[7]) : null;
            try
            {
                return new Observation(indicator, scope, period, value, quality, numerator, denominator, source);
            }
            catch (ArgumentException exception)
            {
                throw Error(FieldOf(exception.ParamName), WorkbookErrors.RuleOf(exception), exception);
            }
        }

        public void CheckAgainst(Programme programme, Observation observation)
        {
            if (!programme.TryGetIndicator(observation.IndicatorId, out var indicator))
            {
                throw Error(columns[0], $"found \"{observation.IndicatorId}\", which is not the id of any indicator of the programme; expected one of: {WorkbookErrors.IdList(programme.Indicators.Select(i => i.Id), NoIds)}.");
            }

            if (!programme.TryGetScope(observation.ScopeId, out _))
            {
                throw Error(columns[1], $"found \"{observation.ScopeId}\", which is not the id of any scope of the programme; expected one of: {WorkbookErrors.IdList(programme.Scopes.Select(s => s.Id), NoIds)}.");
            }

            if (indicator.Bounds is { } bounds && !bounds.Contains(observation.Value))
            {
                throw Error(columns[3], $"found {observation.Value.ToString("R", CultureInfo.InvariantCulture)}; expected a value in the bounds {bounds} of indicator \"{indicator.Id}\".");
            }

            var period = observation.Period;
            if (programme.ObservationsOf(observation.IndicatorId, observation.ScopeId).Any(o => o.Period == period))
            {
                throw Error(columns[2], $"found a value for indicator \"{observation.IndicatorId}\", scope \"{observation.ScopeId}\", period \"{period}\" that the programme already holds; expected one value per indicator, scope and period.");
            }
        }

        public ObservationCsvException Error(int field, string problem, Exception? innerException = null)
            => new(sourceName, csv.LineNumber, field + 1, field >= 0 ? csv.Headers[field] : null, problem, innerException);

        /// <summary>
        /// The field of the column a domain rule names (-1, the whole record, when none). Numerator and denominator are
        /// given together or not at all: when the one missing has no column, the error is at the one given.
        /// </summary>
        private int FieldOf(string? parameter)
        {
            var column = Array.FindIndex(Columns, c => string.Equals(c, parameter, StringComparison.Ordinal));
            if (column < 0)
            {
                return -1;
            }

            const int Numerator = 5;
            const int Denominator = 6;
            return columns[column] < 0 && column is Numerator or Denominator
                ? columns[column == Numerator ? Denominator : Numerator]
                : columns[column];
        }

        private T Id<T>(int column, Func<string, T> create)
        {
            var field = columns[column];
            if (csv.IsEmpty(field))
            {
                throw Error(field, $"found an empty field; expected the id of {(column == 0 ? "an indicator" : "a scope")}.");
            }

            var text = csv.GetString(field)!;
            try
            {
                return create(text);
            }
            catch (ArgumentException exception)
            {
                throw Error(field, $"found {WorkbookErrors.Quote(text)}; expected an id: {WorkbookErrors.RuleOf(exception)}", exception);
            }
        }

        private ReportingPeriod Period()
        {
            var field = columns[2];
            var text = csv.IsEmpty(field) ? string.Empty : csv.GetString(field)!;
            try
            {
                return ReportingPeriod.Parse(text);
            }
            catch (ReportingPeriodFormatException exception)
            {
                throw Error(field, WorkbookErrors.NotAPeriod(text, exception), exception);
            }
        }

        private ObservationQuality Quality()
        {
            var field = columns[4];
            if (field < 0 || csv.IsEmpty(field))
            {
                return ObservationQuality.Actual;
            }

            var text = csv.GetString(field)!;
            return WorkbookNames<ObservationQuality>.TryParse(text, out var quality)
                ? quality
                : throw Error(field, $"found {WorkbookErrors.Quote(text)}; expected one of: {WorkbookNames<ObservationQuality>.Allowed} (or an empty field for actual).");
        }

        private double? Number(int column)
        {
            var field = columns[column];
            if (field < 0 || csv.IsEmpty(field))
            {
                return null;
            }

            var text = csv.GetString(field)!;
            if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            {
                var hint = text.Contains(',', StringComparison.Ordinal)
                    ? "expected a number with '.' as the decimal separator and no thousands separator, such as 42.5 (the format is culture-invariant)"
                    : "expected a number such as 42 or 17.5";
                throw Error(field, $"found {WorkbookErrors.Quote(text)}; {hint}.");
            }

            if (NumberLiteral.Underflowed(text.AsSpan(), value))
            {
                throw Error(field, $"found {WorkbookErrors.Quote(text)}; expected a finite number such as 42 or 17.5; {NumberLiteral.BelowSmallestDouble}.");
            }

            return double.IsFinite(value)
                ? value
                : throw Error(field, $"found {WorkbookErrors.Quote(text)}, which is not a finite number; expected a finite number such as 42 or 17.5.");
        }
    }
}
