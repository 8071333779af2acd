using System.Globalization;
using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Rollups;
using DigitalKpi.Core.TimeSeries;
using ScottPlot;

namespace DigitalKpi.Samples.Programme;

/// <summary>The report's PNG charts, drawn with ScottPlot in DejaVu Sans so Vietnamese diacritics render without system fonts.</summary>
internal static class Charts
{
    public const int Width = 900;
    public const int Height = 520;
    private const string FontName = "DejaVu Sans";
    private const int ForecastSteps = 60;
    private static readonly Lazy<bool> FontsLoaded = new(LoadFonts);

    public static Color StatusColor(Status status) => status switch
    {
        Status.Done => Color.FromHex("#2E7D32"),
        Status.Likely => Color.FromHex("#1565C0"),
        Status.AtRisk => Color.FromHex("#EF6C00"),
        Status.Missed => Color.FromHex("#C62828"),
        _ => Color.FromHex("#757575"),
    };

    public static void WriteTarget(TargetRow row, Texts texts, CultureInfo culture, string path)
    {
        var plot = NewPlot();
        var target = row.Target;
        var deadline = TimeAxis.EndTime(target.Deadline);
        var points = row.Series.Points;
        var firstTime = points.Length > 0 ? Math.Min(points[0].Time, deadline) : deadline - 1;
        var color = StatusColor(row.Status);

        // A forecast is drawn only while the outcome is open: not for a target already met, missed or without data.
        var open = row.Status is Status.Likely or Status.AtRisk;
        if (open && points.Length > 0 && Forecasts.TryFit(row.Series) is { } fitted && deadline > points[^1].Time)
        {
            AddForecast(plot, fitted, points[^1].Time, points[^1].Value, deadline, texts);
        }

        if (points.Length > 0)
        {
            var xs = new double[points.Length];
            var ys = new double[points.Length];
            for (var i = 0; i < points.Length; i++)
            {
                xs[i] = points[i].Time;
                ys[i] = points[i].Value;
            }

            var observed = plot.Add.Scatter(xs, ys, Color.FromHex("#212121"));
            observed.MarkerSize = 9;
            observed.LineWidth = 2;
            observed.LegendText = texts.Observed;
        }

        var targetLine = plot.Add.HorizontalLine(target.Value, 2, color, LinePattern.Dashed);
        targetLine.LegendText = $"{texts.Target}: {ValueText.Of(target.Value, row.Indicator, culture)}";
        var deadlineLine = plot.Add.VerticalLine(deadline, 2, Color.FromHex("#6D4C41"), LinePattern.Dotted);
        deadlineLine.LegendText = $"{texts.Deadline}: {Core.Text.ReportingPeriodLabels.Format(target.Deadline, culture)}";

        if (points.Length == 0)
        {
            var note = plot.Add.Annotation(texts.NoData, Alignment.MiddleCenter);
            note.LabelFontSize = 16;
        }

        plot.Title($"{row.Name(culture)}\n{row.Scope.Name.Get(culture)} · {texts.Status(row.Status)}", 15);
        plot.YLabel(UnitLabel(row.Indicator, texts));
        var firstYear = (int)Math.Floor(firstTime - 0.25);
        var lastYear = (int)Math.Ceiling(deadline - 0.01) - 1;
        YearTicks(plot, firstYear, lastYear);
        plot.Axes.SetLimitsX(firstYear, lastYear + 1.15);
        FitY(plot, row);
        // Value ticks in the report's culture (vi-VN: "53.000", "0,85"), like every other number in the report.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => value.ToString("#,##0.###", culture),
        };
        plot.ShowLegend(Edge.Bottom);
        plot.SavePng(path, Width, Height);
    }

    public static void WriteSummary(StatusRollup rollup, Texts texts, string path)
    {
        var plot = NewPlot();
        var bars = new List<Bar>();
        var order = StatusRollup.ReportOrder;
        var labels = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var count = rollup.Count(order[i]);
            bars.Add(new Bar
            {
                Position = i,
                Value = count,
                FillColor = StatusColor(order[i]),
                Label = count.ToString(CultureInfo.InvariantCulture),
            });
            labels[i] = texts.Status(order[i]);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 16;
        barPlot.ValueLabelStyle.Bold = true;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        var step = Math.Max(1, (int)Math.Ceiling(order.Max(rollup.Count) / 8.0));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(step);
        plot.Title(texts.StatusChartTitle, 16);
        plot.YLabel(texts.Count);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.SavePng(path, Width, 420);
    }

    private static void AddForecast(Plot plot, FittedModel fitted, double from, double lastValue, double to, Texts texts)
    {
        var xs = new double[ForecastSteps + 1];
        var mean = new double[xs.Length];
        var lo80 = new double[xs.Length];
        var hi80 = new double[xs.Length];
        var lo95 = new double[xs.Length];
        var hi95 = new double[xs.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = from + ((to - from) * i / ForecastSteps);
        }

        // The bands start at the last observation with zero width; the model forecasts strictly after it.
        mean[0] = lo80[0] = hi80[0] = lo95[0] = hi95[0] = lastValue;
        var forecasts = fitted.Forecast(xs.AsSpan(1));
        for (var i = 1; i < xs.Length; i++)
        {
            var f = forecasts[i - 1];
            mean[i] = f.Mean;
            var i80 = f.Interval(PredictionLevel.Eighty);
            var i95 = f.Interval(PredictionLevel.NinetyFive);
            (lo80[i], hi80[i], lo95[i], hi95[i]) = (i80.Lower, i80.Upper, i95.Lower, i95.Upper);
        }

        var band95 = plot.Add.FillY(xs, lo95, hi95);
        band95.FillColor = Color.FromHex("#1565C0").WithAlpha(0.15);
        band95.LineWidth = 0;
        band95.LegendText = texts.Band95;
        var band80 = plot.Add.FillY(xs, lo80, hi80);
        band80.FillColor = Color.FromHex("#1565C0").WithAlpha(0.30);
        band80.LineWidth = 0;
        band80.LegendText = texts.Band80;
        var line = plot.Add.ScatterLine(xs, mean, Color.FromHex("#1565C0"));
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = texts.ForecastMean;
    }

    private static void FitY(Plot plot, TargetRow row)
    {
        plot.Axes.AutoScaleY();
        var limits = plot.Axes.GetLimits();
        var low = Math.Min(limits.Bottom, row.Target.Value);
        var high = Math.Max(limits.Top, row.Target.Value);
        if (row.Indicator.Bounds is { } bounds)
        {
            // Inside the bounds, and at least a tenth of their width tall so a value on a bound is not drawn on the frame.
            low = Math.Max(low, bounds.Lower);
            high = Math.Min(high, bounds.Upper);
            var minimum = 0.1 * bounds.Width;
            if (high - low < minimum)
            {
                low = Math.Max(bounds.Lower, high - minimum);
                high = Math.Min(bounds.Upper, low + minimum);
            }

            var margin = 0.04 * (high - low);
            plot.Axes.SetLimitsY(Math.Max(low - margin, bounds.Lower - (0.02 * bounds.Width)), Math.Min(high + margin, bounds.Upper + (0.02 * bounds.Width)));
            return;
        }

        var pad = Math.Max((high - low) * 0.08, (Math.Abs(high) * 0.05) + 1e-9);
        plot.Axes.SetLimitsY(low - pad, high + pad);
    }

    /// <summary>Year labels centred on each calendar year (a value for "2023" is drawn at its end, 1 January 2024), with grid lines at the year boundaries.</summary>
    private static void YearTicks(Plot plot, int firstYear, int lastYear)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var year = firstYear; year <= lastYear; year++)
        {
            ticks.AddMajor(year + 0.5, year.ToString(CultureInfo.InvariantCulture));
            ticks.AddMinor(year);
        }

        ticks.AddMinor(lastYear + 1);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 6;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 1;
        plot.Grid.XAxisStyle.MinorLineStyle.Color = Colors.Black.WithAlpha(0.1);
    }

    private static string UnitLabel(Indicator indicator, Texts texts) => indicator.Unit switch
    {
        Unit.Percent => "%",
        Unit.Rank => texts.Pick("Thứ hạng", "Rank"),
        Unit.Index => texts.Pick("Chỉ số", "Index"),
        Unit.Currency => indicator.Currency ?? texts.Pick("Giá trị", "Value"),
        _ => texts.Pick("Giá trị", "Value"),
    };

    private static Plot NewPlot()
    {
        _ = FontsLoaded.Value;
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.Label.FontSize = 15;
        plot.Legend.FontSize = 13;
        plot.Axes.Title.Label.FontName = FontName;
        plot.Legend.FontName = FontName;
        return plot;
    }

    private static bool LoadFonts()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fonts");
        Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans.ttf"), bold: false, italic: false);
        Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
        Fonts.Default = FontName;
        return true;
    }
}
