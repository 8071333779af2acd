using System.Collections.Frozen;
using System.Globalization;

namespace DigitalKpi.Core.Localization;

/// <summary>
/// The Vietnamese and English sentences that explain an assessment, as composite format strings whose arguments
/// are already-formatted texts (numbers through <c>NumberText</c>, periods through <c>ReportingPeriodLabels</c>).
/// The names of the published methods' categories are not here: they come from <see cref="MethodCategoryText"/>.
/// </summary>
internal static class ExplanationTemplates
{
    /// <summary>{0} indicator name, {1} as-of date.</summary>
    public static readonly (string Vi, string En) NoData = (
        "Chưa có số liệu nào của chỉ số “{0}” đến ngày {1}, nên chưa đánh giá được chỉ tiêu.",
        "No value of “{0}” has been reported by {1}, so the target cannot be assessed.");

    /// <summary>{0} indicator name, {1} deadline.</summary>
    public static readonly (string Vi, string En) NoDataByDeadline = (
        "Đã hết hạn {1} nhưng không có số liệu nào của chỉ số “{0}” trong hạn, nên không đánh giá được chỉ tiêu.",
        "The deadline ({1}) has passed without any value of “{0}” reported for it, so the target cannot be assessed.");

    /// <summary>{0} latest value, {1} its period, {2} target phrase.</summary>
    public static readonly (string Vi, string En) Done = (
        "Giá trị mới nhất {0} ({1}) đã đạt {2}.",
        "The latest value, {0} ({1}), meets {2}.");

    /// <summary>{0} deadline, {1} last value by then, {2} its period, {3} target phrase.</summary>
    public static readonly (string Vi, string En) Missed = (
        "Đã hết hạn {0}; giá trị cuối cùng trong hạn là {1} ({2}), không đạt {3}.",
        "The deadline ({0}) has passed and the last value by then, {1} ({2}), does not meet {3}.");

    /// <summary>{0} indicator name, {1} projected median (the mean when there is none), {2} deadline, {3} lower 80%, {4} upper 80%, {5} target phrase, {6} probability, {7} English article before it.</summary>
    public static readonly (string Vi, string En) Forecast = (
        "Theo nhịp độ gần đây, “{0}” đạt khoảng {1} vào cuối {2} (khoảng dự báo 80%: {3}–{4}) so với {5}: xác suất đạt là {6}.",
        "At the recent pace “{0}” reaches about {1} by the end of {2} (80% interval {3}–{4}) against {5}: {7} {6} probability of meeting it.");

    /// <summary>{0} reference error.</summary>
    public static readonly (string Vi, string En) ReferenceInterval = (
        "Mới có một số liệu nên dự báo không có xu hướng (trung vị giữ nguyên giá trị này); độ bất định theo sai số tham chiếu {0} mỗi năm chứ không ước lượng từ dữ liệu.",
        "Only one value is reported, so the forecast has no trend (its median stays at that value) and its interval comes from a reference error of {0} a year, not from the data.");

    /// <summary>{0} latest value, {1} its period, {2} ahead/behind word, {3} value on the path now, {4} baseline value, {5} baseline period, {6} target phrase, {7} deadline.</summary>
    public static readonly (string Vi, string En) BaselinePath = (
        "Mới có một số liệu: {0} ({1}) {2} đường thẳng từ giá trị gốc {4} ({5}) đến {6} vào cuối {7}, trên đó lẽ ra phải đạt {3}; chưa tính được xác suất.",
        "Only one value is reported: {0} ({1}) is {2} the straight path from the baseline {4} ({5}) to {6} by the end of {7}, which stands at {3}; no probability can be given.");

    /// <summary>On or ahead of the straight path.</summary>
    public static readonly (string Vi, string En) AheadOfPath = ("đạt hoặc vượt", "on or ahead of");

    /// <summary>Behind the straight path.</summary>
    public static readonly (string Vi, string En) BehindPath = ("thấp hơn", "behind");

    /// <summary>{0} method lead ("By Eurostat's method"), {1} category, {2} measure text (may be empty), {3} status phrase.</summary>
    public static readonly (string Vi, string En) Method = (
        "{0}: {1}{2}; chỉ tiêu {3}.",
        "{0}: {1}{2}; the target is {3}.");

    /// <summary>{0} method lead, {1} category, {2} measure text (may be empty); for done or missed targets.</summary>
    public static readonly (string Vi, string En) MethodNote = (
        "{0}: {1}{2}.",
        "{0}: {1}{2}.");

    /// <summary>Appended when a published method cannot work with a single value and no earlier baseline.</summary>
    public static readonly (string Vi, string En) MethodNeedsTwoPoints = (
        "Mới có một số liệu, trong khi phương pháp này cần số liệu ở hai thời điểm.",
        "Only one value is reported and the method needs values at two points in time.");

    /// <summary>{0} fewest values the method needs, {1} values reported.</summary>
    public static readonly (string Vi, string En) MethodNeedsPoints = (
        "Phương pháp này cần ít nhất {0} số liệu; hiện có {1}.",
        "The method needs at least {0} values; {1} are reported.");

    /// <summary>Appended when the latest value is an estimate.</summary>
    public static readonly (string Vi, string En) Estimate = (
        "Giá trị mới nhất là số ước tính, chưa phải số chính thức.",
        "The latest value is an estimate, not an actual figure.");

    /// <summary>{0} reason.</summary>
    public static readonly (string Vi, string En) Failed = (
        "Không đánh giá được chỉ tiêu do lỗi tính toán: {0}",
        "The target could not be assessed because the calculation failed: {0}");

    /// <summary>{0} value: at least.</summary>
    public static readonly (string Vi, string En) TargetAtLeast = ("chỉ tiêu {0}", "a target of {0}");

    /// <summary>{0} value: at most.</summary>
    public static readonly (string Vi, string En) TargetAtMost = ("chỉ tiêu không quá {0}", "a target of at most {0}");

    /// <summary>{0} lower, {1} upper: between.</summary>
    public static readonly (string Vi, string En) TargetBetween = ("chỉ tiêu từ {0} đến {1}", "a target between {0} and {1}");

    /// <summary>Status phrases used after "the target is".</summary>
    public static readonly FrozenDictionary<Classification.Status, (string Vi, string En)> StatusPhrase = new Dictionary<Classification.Status, (string Vi, string En)>
    {
        [Classification.Status.Done] = ("đã đạt", "met"),
        [Classification.Status.Likely] = ("có khả năng đạt", "likely to be met"),
        [Classification.Status.AtRisk] = ("có nguy cơ không đạt", "at risk"),
        [Classification.Status.Missed] = ("không đạt", "missed"),
        [Classification.Status.NotAssessable] = ("chưa đánh giá được", "not assessable"),
    }.ToFrozenDictionary();

    /// <summary>The lead phrase naming a published method, by <c>IProgressMethod.Name</c>.</summary>
    public static readonly FrozenDictionary<string, (string Vi, string En)> MethodLead = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["eurostat"] = ("Theo phương pháp của Eurostat", "By Eurostat's method"),
        ["statcan"] = ("Theo phương pháp của Cơ quan Thống kê Canada", "By Statistics Canada's method"),
        ["unsd-2022"] = ("Theo phương pháp năm 2022 của Cơ quan Thống kê Liên hợp quốc", "By UNSD's 2022 method"),
        ["unsd-2023"] = ("Theo phương pháp năm 2023 của Cơ quan Thống kê Liên hợp quốc", "By UNSD's 2023 method"),
        ["destatis"] = ("Theo phương pháp của Destatis", "By Destatis' method"),
        ["sdsn"] = ("Theo phương pháp của SDSN", "By SDSN's method"),
        ["viva-goals"] = ("Theo cách tính của Viva Goals", "By Viva Goals' schedule"),
        ["engagedly"] = ("Theo cách tính của Engagedly", "By Engagedly's schedule"),
        ["clearpoint"] = ("Theo quy tắc ngưỡng của ClearPoint", "By ClearPoint's threshold rules"),
        ["servicenow"] = ("Theo quy tắc ngưỡng của ServiceNow", "By ServiceNow's threshold rules"),
        ["google-okr"] = ("Theo thang điểm OKR của Google", "By Google's OKR grades"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>{0} method name: the lead phrase of user-defined threshold rules.</summary>
    public static readonly (string Vi, string En) RulesLead = ("Theo quy tắc ngưỡng “{0}”", "By the threshold rules “{0}”");

    /// <summary>The Vietnamese culture used for the Vietnamese sentence (decimal comma, '.' thousands).</summary>
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Fills a template pair with per-language arguments.</summary>
    public static LocalizedText Fill((string Vi, string En) template, string[] vi, string[] en)
        => new(string.Format(CultureInfo.InvariantCulture, template.Vi, vi), string.Format(CultureInfo.InvariantCulture, template.En, en));
}
