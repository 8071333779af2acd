using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Samples.Programme;

/// <summary>One line of the report: a target's assessment with its indicator, scope and the series the charts draw.</summary>
internal sealed record TargetRow(Assessment Assessment, Indicator Indicator, Scope Scope, IndicatorSeries Series)
{
    public Target Target => Assessment.Target;

    public Status Status => Assessment.Status;

    public double? Probability => Assessment.Evidence.Probability;

    public LatestValue? Latest => Assessment.Evidence.Latest;

    public LocalizedText Explanation => Assessment.Explanation;

    /// <summary>The target's own name, or its indicator's when it has none.</summary>
    public string Name(CultureInfo culture) => Target.Name?.Get(culture) ?? Indicator.Name.Get(culture);
}
