using DigitalKpi.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace DigitalKpi.Core.Tests.Utility;

public class YearFractionTests
{
    [Theory]
    [InlineData("2020-12-31", "2022-12-31", 2.0)]
    // 1 Jan -> 1 Jul 2024: 31+29+31+30+31+30 = 182 days of a 366-day year
    [InlineData("2024-01-01", "2024-07-01", 182.0 / 366)]
    // 1 Jan -> 2 Jul 2023: 181 + 1 = 182 days of a 365-day year
    [InlineData("2023-01-01", "2023-07-02", 182.0 / 365)]
    // 29 Feb 2024 -> 28 Feb 2025: the anniversary of 29 February falls on 28 February
    [InlineData("2024-02-29", "2025-02-28", 1.0)]
    // 15 Mar 2021 -> 15 Sep 2023: 2 years + 184 days of the year 15 Mar 2023 -> 15 Mar 2024 (366 days, holds 29 Feb 2024)
    [InlineData("2021-03-15", "2023-09-15", 2 + 184.0 / 366)]
    [InlineData("2024-05-05", "2024-05-05", 0.0)]
    public void Between_Dates_AnniversariesPlusFractionOfNextYear(string start, string end, double expected)
        => Assert.Equal(expected, YearFraction.Between(Iso(start), Iso(end)), 12);

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
