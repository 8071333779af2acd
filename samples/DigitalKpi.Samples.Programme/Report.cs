using System.Globalization;
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
        Programme = programme;
        Rows = rows;
        AsOf = asOf;
        Method = method;
        Culture = culture;
        Texts = Texts.For(culture);
        Summary = Summary.Of(rows);
        var tasks = programme.Tasks.Where(t => t.Due <= asOf).ToList();
        if (tasks.Count > 0)
        {
            var done = tasks.Count(t => t.IsDoneOn(asOf));
            TasksText = $"{Texts.Tasks}: {done}/{tasks.Count} ({NumberText.Percent(100.0 * done / tasks.Count, culture, 1)})";
        }
    }

    public CoreProgramme Programme { get; }

    public IReadOnlyList<TargetRow> Rows { get; }

    public LocalDate AsOf { get; }

    public string AsOfText => LocalDatePattern.Iso.Format(AsOf);

    public string Method { get; }

    public CultureInfo Culture { get; }

    public Texts Texts { get; }

    public Summary Summary { get; }

    public string? TasksText { get; }

    public string Title => Programme.Name;
}
