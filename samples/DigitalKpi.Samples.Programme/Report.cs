using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.Text;
using NodaTime;
using NodaTime.Text;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Programme;

/// <summary>Everything the writers need: the assessed rows, their rollup, and the language.</summary>
internal sealed class Report
{
    public Report(CoreProgramme programme, IReadOnlyList<TargetRow> rows, LocalDate asOf, string method, CultureInfo culture)
    {
        Title = programme.Name;
        Rows = rows;
        AsOfText = LocalDatePattern.Iso.Format(asOf);
        Method = method;
        Culture = culture;
        Texts = Texts.For(culture);
        Rollup = StatusRollup.Of(rows.Select(r => r.Assessment));
        var tasks = TaskCompletion.Of(programme, asOf);
        if (tasks.Percent is { } percent)
        {
            TasksText = $"{Texts.Tasks}: {tasks.Done}/{tasks.Total} ({NumberText.Percent(percent, culture, 1)})";
        }
    }

    public IReadOnlyList<TargetRow> Rows { get; }

    /// <summary>The as-of date as YYYY-MM-DD.</summary>
    public string AsOfText { get; }

    public string Method { get; }

    public CultureInfo Culture { get; }

    public Texts Texts { get; }

    /// <summary>Counts and shares by status (shares rounded to 0.1 points so they add up to 100).</summary>
    public StatusRollup Rollup { get; }

    public string? TasksText { get; }

    public string Title { get; }

    /// <summary>How many targets have the status, in the report's culture.</summary>
    public string CountText(Status status) => Rollup.Count(status).ToString(Culture);

    /// <summary>The status's share of the targets in percent, one decimal.</summary>
    public string ShareText(Status status) => NumberText.Percent(Rollup.Share(status), Culture, 1);

    public string TotalText => Rollup.Total.ToString(Culture);
}
