using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Serialization.AssessmentDtos;
using DigitalKpi.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Writes a programme's assessments as the JSON of WORKBOOK.md, "Assessment output": the as-of date, the method,
/// one entry per target with its status, probability, latest value, attainment, projection and explanation, and a
/// summary of counts and shares by status that add up to 100.
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> <c>{ asOf, method, assessments: [{ target, indicator, scope, status, probability, latest: { period,
/// value }, attainment, projected: { at, mean, lower80, upper80 }, explanation: { vi, en } }], summary: { counts, shares } }</c>.
/// Statuses are <c>done</c>, <c>likely</c>, <c>atRisk</c>, <c>missed</c>, <c>notAssessable</c>. <c>probability</c>,
/// <c>latest</c>, <c>attainment</c>, <c>projected</c>, <c>lower80</c> and <c>upper80</c> are written as <c>null</c> when
/// the assessment has none (probability is null when not assessable, and under the published methods that give no
/// probability). When an explanation lacks one language, the other version is written in its place.</para>
/// <para><b>Documented additions</b> (the contract allows more, never less): <c>latest.quality</c> (<c>actual</c>,
/// <c>estimated</c>, <c>provisional</c>); <c>category</c>, the published method's own category or null;
/// <c>milestones</c>, <c>[{ deadline, value, status, probability }]</c>, empty when the target has none;
/// <c>summary.total</c>, the number of assessments; <c>summary.shareStep</c>, the rounding step of the shares.</para>
/// <para><b>Encoding.</b> UTF-8 without a byte order mark, indented, property names in camelCase, numbers as JSON numbers
/// in the shortest round-trip form (culture-invariant by construction), Vietnamese text unescaped (only characters JSON or
/// HTML make unsafe are escaped, as in the workbook writer), dates ISO <c>yyyy-MM-dd</c>, periods as in the
/// workbook (<c>2024-H1</c>). Shares come from <see cref="StatusRollup"/> (largest remainder). Thread-safe.</para>
/// </remarks>
public static class AssessmentSerializer
{
    /// <summary>The output metadata: the source-generated context with an encoder that writes Vietnamese letters as they are, not as <c>\uXXXX</c> escapes.</summary>
    private static readonly JsonTypeInfo<AssessmentOutputDto> OutputInfo = WorkbookText.WithLettersUnescaped<AssessmentOutputDto>(AssessmentJsonContext.Default.Options);

    /// <summary>Writes the assessments of a programme at one date to a stream.</summary>
    /// <param name="stream">A writable stream; it is flushed but not closed.</param>
    /// <param name="assessment">The programme assessment (e.g. from <see cref="Assessor.Assess(Programmes.Programme, LocalDate, AssessmentPolicy?, AssessmentOptions?)"/>).</param>
    /// <param name="shareStep">The rounding step of the summary's shares in percentage points, dividing 100 a whole number of times (1, 0.5, 0.1); 0.1 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shareStep"/> is not positive or does not divide 100.</exception>
    /// <exception cref="IOException">The stream fails while writing.</exception>
    public static void Write(Stream stream, ProgrammeAssessment assessment, double shareStep = StatusRollup.DefaultStep)
    {
        Guard.NotNull(stream);
        Guard.NotNull(assessment);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable; received a stream that is not.", nameof(stream));
        }

        var dto = ToDto(assessment, StatusRollup.Of(assessment.Assessments, shareStep), shareStep);
        JsonSerializer.Serialize(stream, dto, OutputInfo);
        stream.Flush();
    }

    /// <summary>The assessments of a programme at one date as a JSON text (the same text <see cref="Write"/> writes).</summary>
    /// <param name="assessment">The programme assessment.</param>
    /// <param name="shareStep">The rounding step of the summary's shares in percentage points, dividing 100 a whole number of times; 0.1 by default.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shareStep"/> is not positive or does not divide 100.</exception>
    public static string ToJson(ProgrammeAssessment assessment, double shareStep = StatusRollup.DefaultStep)
    {
        Guard.NotNull(assessment);
        var dto = ToDto(assessment, StatusRollup.Of(assessment.Assessments, shareStep), shareStep);
        return JsonSerializer.Serialize(dto, OutputInfo);
    }

    /// <summary>The workbook spelling of a status: <c>done</c>, <c>likely</c>, <c>atRisk</c>, <c>missed</c> or <c>notAssessable</c>.</summary>
    /// <param name="status">A defined status.</param>
    /// <returns>The camelCase name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static string StatusName(Status status) => status switch
    {
        Status.Done => "done",
        Status.Likely => "likely",
        Status.AtRisk => "atRisk",
        Status.Missed => "missed",
        Status.NotAssessable => "notAssessable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"status must be a defined Status; received {(int)status}."),
    };

    private static AssessmentOutputDto ToDto(ProgrammeAssessment assessment, StatusRollup summary, double step) => new()
    {
        AsOf = Date(assessment.AsOf),
        Method = assessment.Policy,
        Assessments = [.. assessment.Assessments.Select(ToDto)],
        Summary = new AssessmentSummaryDto
        {
            Total = summary.Total,
            Counts = new StatusCountsDto
            {
                Done = summary.Count(Status.Done),
                Likely = summary.Count(Status.Likely),
                AtRisk = summary.Count(Status.AtRisk),
                Missed = summary.Count(Status.Missed),
                NotAssessable = summary.Count(Status.NotAssessable),
            },
            Shares = new StatusSharesDto
            {
                Done = summary.Share(Status.Done),
                Likely = summary.Share(Status.Likely),
                AtRisk = summary.Share(Status.AtRisk),
                Missed = summary.Share(Status.Missed),
                NotAssessable = summary.Share(Status.NotAssessable),
            },
            ShareStep = step,
        },
    };

    private static AssessmentDto ToDto(Assessment a)
    {
        var e = a.Evidence;
        return new AssessmentDto
        {
            Target = a.Target.Id.Value,
            Indicator = a.Target.IndicatorId.Value,
            Scope = a.Target.ScopeId.Value,
            Status = StatusName(a.Status),
            Probability = e.Probability,
            Latest = e.Latest is { } l ? new AssessmentLatestDto { Period = l.Period.ToString(), Value = l.Value, Quality = QualityName(l.Quality) } : null,
            Attainment = e.Attainment,
            Projected = e.Projected is { } p ? new AssessmentProjectedDto { At = Date(p.At), Mean = p.Mean, Lower80 = p.Lower80, Upper80 = p.Upper80, Median = p.Median } : null,
            Explanation = new AssessmentExplanationDto { Vi = a.Explanation.Vi ?? a.Explanation.En!, En = a.Explanation.En ?? a.Explanation.Vi! },
            Category = a.MethodVerdict?.Category,
            Milestones = [.. a.Milestones.Select(m => new AssessmentMilestoneDto
            {
                Deadline = m.Milestone.Deadline.ToString(),
                Value = m.Milestone.Value,
                Status = StatusName(m.Status),
                Probability = m.Evidence.Probability,
            })],
        };
    }

    private static string QualityName(ObservationQuality quality) => quality switch
    {
        ObservationQuality.Estimated => "estimated",
        ObservationQuality.Provisional => "provisional",
        _ => "actual",
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
