using System.Globalization;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Text;

namespace DigitalKpi.Samples.Programme;

/// <summary>Values as the report shows them.</summary>
internal static class ValueText
{
    /// <summary>Percents with one decimal and a % sign, indices and ratios with two decimals, counts with separators.</summary>
    public static string Of(double value, Indicator indicator, CultureInfo culture) => indicator.Unit switch
    {
        Unit.Percent => NumberText.Percent(value, culture, 1),
        Unit.Index or Unit.Ratio => NumberText.Number(value, culture, 2),
        _ => NumberText.Number(value, culture, Math.Abs(value) < 100 && value != Math.Round(value) ? 1 : 0),
    };
}
