using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.Text;
using DigitalKpi.Core.TimeSeries;
using NodaTime;
using CoreProgramme = DigitalKpi.Core.Programmes.Programme;

namespace DigitalKpi.Samples.Programme;

/// <summary>Assesses every target of a programme at an as-of date under a named policy (see METHODS.md).</summary>
internal static class TargetAssessor
{
    private const double LikelyThreshold = 0.5;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyList<TargetRow> Assess(CoreProgramme programme, LocalDate asOf, string method)
    {
        var rows = new List<TargetRow>(programme.Targets.Length);
        foreach (var target in programme.Targets)
        {
            rows.Add(AssessOne(programme, target, asOf, method));
        }

        return rows;
    }

    private static TargetRow AssessOne(CoreProgramme programme, Target target, LocalDate asOf, string method)
    {
        var indicator = programme.GetIndicator(target.IndicatorId);
        var scope = programme.GetScope(target.ScopeId);
        var series = programme.GetSeries(target.IndicatorId, target.ScopeId, asOf);
        if (series.Count == 0)
        {
            return new TargetRow(target, indicator, scope, series, Status.NotAssessable, null, null, null, null,
                new LocalizedText("Chưa có số liệu đến ngày đánh giá.", "No observation up to the as-of date."));
        }

        var latest = series.Points[^1];
        var attainment = Attainment(target, indicator, latest.Value);
        var fitted = Forecasts.TryFit(series);
        var deadlineTime = TimeAxis.EndTime(target.Deadline);
        var forecast = fitted?.Forecast(deadlineTime);
        Projection? projected = forecast is null ? null : ProjectionOf(target, forecast);
        var latestVi = $"{Value(latest.Value, indicator, Vi)} ({ReportingPeriodLabels.Vietnamese(latest.Period)})";
        var latestEn = $"{Value(latest.Value, indicator, En)} ({ReportingPeriodLabels.English(latest.Period)})";

        if (target.IsMetBy(latest.Value))
        {
            return new TargetRow(target, indicator, scope, series, Status.Done, 1, latest, attainment, projected,
                new LocalizedText($"Đã đạt: số liệu mới nhất {latestVi} đáp ứng mục tiêu.", $"Met: the latest value {latestEn} meets the target."));
        }

        if (asOf > target.Deadline.End)
        {
            return new TargetRow(target, indicator, scope, series, Status.Missed, 0, latest, attainment, projected,
                new LocalizedText($"Đã quá thời hạn; số liệu mới nhất {latestVi} chưa đạt mục tiêu.", $"The deadline has passed; the latest value {latestEn} falls short."));
        }

        return method == "probabilistic"
            ? Probabilistic(target, indicator, scope, series, latest, attainment, forecast, projected)
            : Published(target, indicator, scope, series, latest, attainment, projected, asOf, method, latestVi, latestEn);
    }

    private static TargetRow Probabilistic(Target target, Indicator indicator, Core.Scopes.Scope scope, IndicatorSeries series,
        SeriesPoint latest, double? attainment, ForecastDistribution? forecast, Projection? projected)
    {
        if (forecast is null || projected is null)
        {
            return new TargetRow(target, indicator, scope, series, Status.NotAssessable, null, latest, attainment, null,
                new LocalizedText("Không dự báo được từ số liệu hiện có.", "The data available cannot be forecast."));
        }

        var p = target.Comparison switch
        {
            TargetComparison.AtMost => forecast.ProbabilityAtMost(target.Value),
            TargetComparison.Between => forecast.ProbabilityBetween(target.Value, target.Upper ?? target.Value),
            _ => forecast.ProbabilityAtLeast(target.Value),
        };
        var status = p >= LikelyThreshold ? Status.Likely : Status.AtRisk;
        var deadlineVi = LowerFirst(ReportingPeriodLabels.Vietnamese(target.Deadline));
        var deadlineEn = ReportingPeriodLabels.English(target.Deadline);
        var vi = $"Dự báo đến hết {deadlineVi}: {Value(projected.Mean, indicator, Vi)} (80%: {Value(projected.Lower80, indicator, Vi)}–{Value(projected.Upper80, indicator, Vi)}); " +
                 $"xác suất đạt {NumberText.Percent(100 * p, Vi, 0)}.";
        var en = $"Forecast by the end of {deadlineEn}: {Value(projected.Mean, indicator, En)} (80%: {Value(projected.Lower80, indicator, En)}–{Value(projected.Upper80, indicator, En)}); " +
                 $"probability of meeting the target {NumberText.Percent(100 * p, En, 0)}.";
        return new TargetRow(target, indicator, scope, series, status, p, latest, attainment, projected, new LocalizedText(vi, en));
    }

    private static TargetRow Published(Target target, Indicator indicator, Core.Scopes.Scope scope, IndicatorSeries series,
        SeriesPoint latest, double? attainment, Projection? projected, LocalDate asOf, string method, string latestVi, string latestEn)
    {
        IProgressMethod policy = method switch
        {
            "growth-ratio" => new EurostatGrowthRatio(),
            "projection" => new UnsdProjection2023(),
            "linear-ratio" => new SdsnLinearRatio(),
            "schedule" => new VivaGoalsSchedule(),
            _ => ThresholdRules.ClearPoint,
        };
        var timed = series.ToTimedSeries();
        if (target.Baseline is { } baseline && baseline.Period.End < series.Points[0].Period.Start)
        {
            timed = WithBaseline(timed, TimeAxis.EndTime(baseline.Period), baseline.Value);
        }

        var limit = Forecasts.BoundsOf(indicator) is { } b
            ? (indicator.Polarity == Polarity.HigherIsBetter ? b.Upper : b.Lower)
            : (double?)null;
        MethodVerdict verdict;
        try
        {
            var input = ProgressInput.FromSeries(timed, TimeAxis.EndTime(target.Deadline), target.Value, indicator.Polarity,
                target.Upper, limit, TimeAxis.EndOfDay(asOf));
            verdict = policy.Assess(input);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return new TargetRow(target, indicator, scope, series, Status.NotAssessable, null, latest, attainment, projected,
                new LocalizedText($"Phương pháp {method} không áp dụng được: {e.Message}", $"The {method} method does not apply: {e.Message}"));
        }

        var vi = $"{policy.Name}: {verdict.Category}; số liệu mới nhất {latestVi}.";
        var en = $"{policy.Name}: {verdict.Category}; latest value {latestEn}.";
        return new TargetRow(target, indicator, scope, series, verdict.Status, null, latest, attainment, projected, new LocalizedText(vi, en));
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], Vi) + text[1..];

    private static TimedSeries WithBaseline(TimedSeries series, double time, double value)
    {
        var times = new double[series.Count + 1];
        var values = new double[series.Count + 1];
        times[0] = time;
        values[0] = value;
        series.Times.CopyTo(times.AsSpan(1));
        series.Values.CopyTo(values.AsSpan(1));
        return new TimedSeries(times, values);
    }

    private static Projection ProjectionOf(Target target, ForecastDistribution forecast)
    {
        var interval = forecast.Interval(PredictionLevel.Eighty);
        return new Projection(target.Deadline.End, forecast.Mean, interval.Lower, interval.Upper);
    }

    private static double? Attainment(Target target, Indicator indicator, double latest)
    {
        if (indicator.Polarity == Polarity.LowerIsBetter || target.Comparison == TargetComparison.AtMost)
        {
            return latest > 0 ? target.Value / latest : null;
        }

        return target.Value != 0 ? latest / target.Value : null;
    }

    /// <summary>A value as the report shows it: percents with one decimal and a % sign, small indices with two decimals, counts with separators.</summary>
    public static string Value(double value, Indicator indicator, CultureInfo culture) => indicator.Unit switch
    {
        Unit.Percent => NumberText.Percent(value, culture, 1),
        Unit.Index or Unit.Ratio => NumberText.Number(value, culture, 2),
        _ => NumberText.Number(value, culture, Math.Abs(value) < 100 && value != Math.Round(value) ? 1 : 0),
    };
}
