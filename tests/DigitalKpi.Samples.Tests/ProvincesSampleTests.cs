namespace DigitalKpi.Samples.Tests;

public sealed class ProvincesSampleTests
{
    [Fact]
    public void Run_NoArguments_PrintsLeagueTableAndPooledSuccessors()
    {
        var run = SampleRun.Provinces();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        foreach (var province in new[] { "Hà Giang", "Tuyên Quang", "Hải Dương", "Hải Phòng", "Hà Nam", "Nam Định", "Ninh Bình", "Quảng Bình", "Quảng Trị", "Lai Châu" })
        {
            Assert.Contains(province, run.Stdout);
        }

        Assert.Contains("Hải Dương + Hải Phòng", run.Stdout);
        Assert.Contains("Hà Nam + Nam Định + Ninh Bình", run.Stdout);
        // Pooled 2024 rate of Hải Phòng after the merger, from provinces.json by hand:
        // (578,805 + 383,040) ÷ (1,749,000 + 964,600) = 961,845 ÷ 2,713,600 = 35.445% → "35,4%".
        // The mean of the two rates, (33.093 + 39.710) ÷ 2 = 36.40%, must not be the pooled figure.
        Assert.Contains("35,4%", run.Stdout);
        // Ninh Bình = Ninh Bình + Hà Nam + Nam Định: (185,822 + 114,839 + 279,632) ÷ (625,400 + 508,800 + 805,600) = 29.915% → "29,9%".
        Assert.Contains("29,9%", run.Stdout);
        // Every successor's own 2025 target (at least 50%) is assessed on its pooled history.
        Assert.Equal(5, run.Stdout.Split("≥ 50% 2025:").Length - 1);
        // Hà Nam: 5th in 2023, 8th in 2024: down 3 places.
        Assert.Contains("▼ 3", run.Stdout);
        Assert.DoesNotContain("\u001b[", run.Stdout);
    }

    [Fact]
    public void Run_CultureEn_PrintsEnglish()
    {
        var run = SampleRun.Provinces("--culture", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("League table", run.Stdout);
        Assert.Contains("35.4%", run.Stdout);
    }

    [Theory]
    [InlineData("--culture", "fr", "unknown culture")]
    [InlineData("--workbook", "/nonexistent/provinces.json", "not found")]
    [InlineData("--colour", "red", "unknown option")]
    public void Run_UserError_OneLineOnStderrAndExitCode2(string option, string value, string expected)
    {
        var run = SampleRun.Provinces(option, value);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
    }
}
