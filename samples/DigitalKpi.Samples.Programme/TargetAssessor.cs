using DigitalKpi.Core.Classification;
using NodaTime;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Programme;

/// <summary>Assesses every target of a programme at an as-of date under a named policy (METHODS.md) with the library's <see cref="Assessor"/>.</summary>
internal static class TargetAssessor
{
    public static (ProgrammeAssessment Result, IReadOnlyList<TargetRow> Rows) Assess(CoreProgramme programme, LocalDate asOf, string method)
    {
        var result = Assessor.Assess(programme, asOf, AssessmentPolicy.FromName(method));
        var rows = new List<TargetRow>(result.Assessments.Length);
        foreach (var assessment in result.Assessments)
        {
            var target = assessment.Target;
            rows.Add(new TargetRow(
                assessment,
                programme.GetIndicator(target.IndicatorId),
                programme.GetScope(target.ScopeId),
                programme.GetSeries(target.IndicatorId, target.ScopeId, asOf)));
        }

        return (result, rows);
    }
}
