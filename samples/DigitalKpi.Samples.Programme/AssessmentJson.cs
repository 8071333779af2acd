using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Rollups;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Samples.Programme;

/// <summary>Writes the assessment output of WORKBOOK.md ("Assessment output").</summary>
internal static class AssessmentJson
{
    public static string Write(IReadOnlyList<TargetRow> rows, StatusRollup rollup, LocalDate asOf, string method)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", LocalDatePattern.Iso.Format(asOf));
            json.WriteString("method", method);
            json.WriteStartArray("assessments");
            foreach (var row in rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteStartObject("counts");
            foreach (var status in StatusRollup.ReportOrder)
            {
                json.WriteNumber(Key(status), rollup.Count(status));
            }

            json.WriteEndObject();
            json.WriteStartObject("shares");
            foreach (var status in StatusRollup.ReportOrder)
            {
                json.WriteNumber(Key(status), rollup.Share(status));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Key(Status status) => status switch
    {
        Status.Done => "done",
        Status.Likely => "likely",
        Status.AtRisk => "atRisk",
        Status.Missed => "missed",
        _ => "notAssessable",
    };

    private static void WriteRow(Utf8JsonWriter json, TargetRow row)
    {
        json.WriteStartObject();
        json.WriteString("target", row.Target.Id.Value);
        json.WriteString("indicator", row.Indicator.Id.Value);
        json.WriteString("scope", row.Scope.Id.Value);
        json.WriteString("status", Key(row.Status));
        WriteNullable(json, "probability", row.Probability);
        if (row.Latest is { } latest)
        {
            json.WriteStartObject("latest");
            json.WriteString("period", latest.Period.ToString());
            json.WriteNumber("value", latest.Value);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("latest");
        }

        WriteNullable(json, "attainment", row.Attainment);
        if (row.Projected is { } p)
        {
            json.WriteStartObject("projected");
            json.WriteString("at", LocalDatePattern.Iso.Format(p.At));
            json.WriteNumber("mean", p.Mean);
            WriteNullable(json, "lower80", p.Lower80);
            WriteNullable(json, "upper80", p.Upper80);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("projected");
        }

        json.WriteStartObject("explanation");
        json.WriteString("vi", row.Explanation.Vi ?? row.Explanation.En);
        json.WriteString("en", row.Explanation.En ?? row.Explanation.Vi);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
