using System.Globalization;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Text;

namespace DigitalKpi.Core.Tests.Text;

public class ReportingPeriodLabelsTests
{
    // Expected labels are the forms of Vietnamese government reports and common English report usage, written by hand.
    [Theory]
    [InlineData("2024", "Năm 2024", "2024")]
    [InlineData("2024-H1", "6 tháng đầu năm 2024", "H1 2024")]
    [InlineData("2024-H2", "6 tháng cuối năm 2024", "H2 2024")]
    [InlineData("2024-Q1", "Quý I/2024", "Q1 2024")]
    [InlineData("2024-Q2", "Quý II/2024", "Q2 2024")]
    [InlineData("2024-Q3", "Quý III/2024", "Q3 2024")]
    [InlineData("2024-Q4", "Quý IV/2024", "Q4 2024")]
    [InlineData("2024-06", "Tháng 6/2024", "June 2024")]
    [InlineData("2024-12", "Tháng 12/2024", "December 2024")]
    [InlineData("2024-01-01/2024-03-31", "01/01/2024–31/03/2024", "1 Jan 2024 – 31 Mar 2024")]
    [InlineData("2023-12-05/2024-02-09", "05/12/2023–09/02/2024", "5 Dec 2023 – 9 Feb 2024")]
    public void Format_ViAndEn_UnderEveryCurrentCulture(string text, string vi, string en)
    {
        var p = ReportingPeriod.Parse(text);
        CultureScope.RunUnderEach(() =>
        {
            Assert.Equal(vi, ReportingPeriodLabels.Format(p, new CultureInfo("vi-VN")));
            Assert.Equal(vi, ReportingPeriodLabels.Format(p, new CultureInfo("vi")));
            Assert.Equal(en, ReportingPeriodLabels.Format(p, new CultureInfo("en")));
            Assert.Equal(en, ReportingPeriodLabels.Format(p, new CultureInfo("en-GB")));
            Assert.Equal(en, ReportingPeriodLabels.Format(p, new CultureInfo("fr-FR")));
            Assert.Equal(en, ReportingPeriodLabels.Format(p, null));
            var both = ReportingPeriodLabels.ToLocalizedText(p);
            Assert.Equal(vi, both.Vi);
            Assert.Equal(en, both.En);
        });
    }

    [Fact]
    public void Custom_UsesEnDash()
    {
        var p = ReportingPeriod.Parse("2024-01-01/2024-03-31");
        Assert.Contains('\u2013', ReportingPeriodLabels.Vietnamese(p));
        Assert.Contains(" \u2013 ", ReportingPeriodLabels.English(p));
    }
}
