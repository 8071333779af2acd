using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using NodaTime;

namespace DigitalKpi.Samples.Programme;

/// <summary>The value forecast for a target's deadline, with its 80% interval.</summary>
internal sealed record Projection(LocalDate At, double Mean, double Lower80, double Upper80);

/// <summary>One line of the report: a target, its status and the evidence behind it.</summary>
internal sealed record TargetRow(
    Target Target,
    Indicator Indicator,
    Scope Scope,
    IndicatorSeries Series,
    Status Status,
    double? Probability,
    SeriesPoint? Latest,
    double? Attainment,
    Projection? Projected,
    LocalizedText Explanation);
