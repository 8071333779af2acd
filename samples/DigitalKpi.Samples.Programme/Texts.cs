using System.Globalization;
using DigitalKpi.Core.Classification;

namespace DigitalKpi.Samples.Programme;

/// <summary>The sample's interface words in Vietnamese and English.</summary>
internal sealed class Texts
{
    private Texts(bool vietnamese) => Vietnamese = vietnamese;

    public bool Vietnamese { get; }

    public static Texts For(CultureInfo culture) => new(culture.TwoLetterISOLanguageName == "vi");

    public string Pick(string vi, string en) => Vietnamese ? vi : en;

    public string Status(Status status) => status switch
    {
        Core.Classification.Status.Done => Pick("Đã đạt", "done"),
        Core.Classification.Status.Likely => Pick("Khả năng đạt", "likely"),
        Core.Classification.Status.AtRisk => Pick("Nguy cơ không đạt", "at risk"),
        Core.Classification.Status.Missed => Pick("Không đạt", "missed"),
        _ => Pick("Chưa đánh giá được", "not assessable"),
    };

    public string Indicator => Pick("Chỉ số", "Indicator");

    public string Scope => Pick("Phạm vi", "Scope");

    public string Latest => Pick("Mới nhất", "Latest");

    public string Target => Pick("Chỉ tiêu", "Target");

    public string Deadline => Pick("Thời hạn", "Deadline");

    public string StatusHeader => Pick("Tình trạng", "Status");

    public string Probability => Pick("Xác suất", "Probability");

    public string Reason => Pick("Lý do", "Reason");

    /// <summary>The status table's column headers, in order.</summary>
    public string[] Headers => [Indicator, Scope, Latest, Target, Deadline, StatusHeader, Probability, Reason];

    public string Rollup => Pick("Tổng hợp", "Rollup");

    public string Count => Pick("Số chỉ tiêu", "Targets");

    public string Share => Pick("Tỷ trọng", "Share");

    public string Total => Pick("Tổng", "Total");

    public string Observed => Pick("Số liệu thực tế", "Observed");

    public string ForecastMean => Pick("Dự báo (trung bình)", "Forecast (mean)");

    public string Band80 => Pick("Khoảng dự báo 80%", "80% prediction band");

    public string Band95 => Pick("Khoảng dự báo 95%", "95% prediction band");

    public string NoData => Pick("Chưa có số liệu đến ngày đánh giá", "No data up to the as-of date");

    public string StatusChartTitle => Pick("Tình trạng các chỉ tiêu", "Status of the targets");

    public string ReportTitle => Pick("Báo cáo tiến độ", "Progress report");

    public string AsOf => Pick("Tính đến ngày", "As of");

    public string Method => Pick("Phương pháp", "Method");

    public string Charts => Pick("Biểu đồ", "Charts");

    public string Tasks => Pick("Nhiệm vụ hoàn thành", "Tasks done");

    public string ReportWritten(string path) => Pick($"Đã ghi báo cáo: {path}", $"Report written: {path}");
}
