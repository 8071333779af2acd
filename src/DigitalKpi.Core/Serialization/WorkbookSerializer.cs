using System.Text;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="Programme"/> as a workbook: the UTF-8 JSON of WORKBOOK.md, format
/// version 1 (<c>"schemaVersion": 1</c>), with System.Text.Json's source-generated metadata (no
/// reflection; safe for trimming and native AOT).
/// </summary>
/// <remarks>
/// <para>
/// Reading is strict: a workbook that breaks the format is rejected with a <see cref="WorkbookException"/>
/// whose message names the JSON path, the line and position, what was found and what was expected —
/// malformed JSON, a missing required property, an unknown property (a typo is never ignored), a
/// property given twice, a value of the wrong kind, an unknown enum value, a period or date that does not
/// parse, a non-finite number (<c>"NaN"</c> as a string, <c>1e999</c>), a non-zero number too small for a double (<c>1e-400</c>, which would read as 0), an unknown reference, a duplicate
/// id or observation (same indicator, scope and period, a period being its days however spelled: <c>"2023"</c> and <c>"2023-01-01/2023-12-31"</c> are one), a <c>between</c> target without <c>upper</c>,
/// a wrong <c>schemaVersion</c>, a blank text for a language of a name (leave the language out instead), and every rule the domain types enforce. Nothing is dropped silently.
/// </para>
/// <para>
/// Additions to WORKBOOK.md that this library reads and writes: on indicators <c>timeAggregation</c>
/// (<c>stock</c>, the default; <c>flow</c>; <c>average</c>) and <c>scopeAggregation</c> (<c>none</c>, the
/// default; <c>sum</c>; <c>ratioOfSums</c>; <c>average</c>); on scopes <c>splitFrom</c>, an array of
/// <c>{ "scope", "effective" }</c> like <c>mergedInto</c>; on targets <c>name</c> (texts by language,
/// like an indicator's); on tasks <c>completedOn</c> (an ISO date, only for a done task). Required: <c>schemaVersion</c> and <c>name</c>
/// (<c>asOf</c> is optional); in a scope <c>id</c>, <c>name</c>, <c>level</c>; in an indicator <c>id</c>, <c>name</c>,
/// <c>unit</c>, <c>frequency</c>; in an observation <c>indicator</c>, <c>scope</c>, <c>period</c>,
/// <c>value</c>; in a target <c>id</c>, <c>indicator</c>, <c>scope</c>, <c>comparison</c>, <c>value</c>,
/// <c>deadline</c> (and <c>upper</c> for <c>between</c>); in a task <c>id</c>, <c>title</c>, <c>due</c>,
/// <c>done</c>. The five arrays may be absent (empty).
/// </para>
/// <para>
/// Writing is indented UTF-8 with Vietnamese letters unescaped, numbers culture-invariant in their
/// shortest round-trip form, and optional fields left out when they hold their default; writing then
/// reading gives an equal programme, and reading then writing a canonical workbook gives the same JSON.
/// A property given as <c>null</c> counts as absent: allowed for optional properties, an error for required ones.
/// </para>
/// <para>The methods are thread-safe: they keep no state between calls.</para>
/// </remarks>
public static class WorkbookSerializer
{
    /// <summary>Reads a workbook from UTF-8 JSON (a byte order mark is allowed).</summary>
    /// <param name="utf8Json">The workbook; read to its end and left open.</param>
    /// <returns>The programme the workbook describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="WorkbookException">The workbook breaks the format; the message says where and how.</exception>
    public static Programme Read(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return FromBytes(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a workbook from UTF-8 JSON asynchronously (a byte order mark is allowed).</summary>
    /// <param name="utf8Json">The workbook; read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the reading of the stream.</param>
    /// <returns>The programme the workbook describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="WorkbookException">The workbook breaks the format; the message says where and how.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Programme> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return FromBytes(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a workbook from JSON text.</summary>
    /// <param name="json">The workbook's JSON text.</param>
    /// <returns>The programme the workbook describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="WorkbookException">The workbook breaks the format, or <paramref name="json"/> holds an unpaired UTF-16 surrogate (which UTF-8 JSON cannot hold; nothing is replaced silently); the message says where and how.</exception>
    public static Programme Parse(string json)
    {
        Guard.NotNull(json);
        return FromBytes(WorkbookText.ToUtf8(json));
    }

    /// <summary>Writes <paramref name="programme"/> as an indented UTF-8 workbook, without byte order mark.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="programme">The programme to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException">A text of <paramref name="programme"/> holds an unpaired UTF-16 surrogate, which UTF-8 JSON cannot hold (nothing is replaced silently).</exception>
    public static void Write(Stream utf8Json, Programme programme)
    {
        Guard.NotNull(utf8Json);
        Guard.NotNull(programme);
        WorkbookText.WriteDto(utf8Json, WorkbookWriterMap.ToDto(programme));
    }

    /// <summary>Writes <paramref name="programme"/> as an indented UTF-8 workbook asynchronously, without byte order mark.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="programme">The programme to write.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException">A text of <paramref name="programme"/> holds an unpaired UTF-16 surrogate, which UTF-8 JSON cannot hold (nothing is replaced silently).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, Programme programme, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        Guard.NotNull(programme);
        return WorkbookText.WriteDtoAsync(utf8Json, WorkbookWriterMap.ToDto(programme), cancellationToken);
    }

    /// <summary>The workbook JSON text of <paramref name="programme"/>, indented.</summary>
    /// <param name="programme">The programme to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException">A text of <paramref name="programme"/> holds an unpaired UTF-16 surrogate, which UTF-8 JSON cannot hold (nothing is replaced silently).</exception>
    public static string ToJson(Programme programme)
    {
        using var buffer = new MemoryStream();
        Write(buffer, programme);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Programme FromBytes(ReadOnlyMemory<byte> bytes)
    {
        var json = WorkbookText.WithoutBom(bytes);
        var dto = WorkbookText.ReadDto(json.Span);
        return new WorkbookReaderMap(json).ToProgramme(dto);
    }
}
