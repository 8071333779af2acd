using DigitalKpi.Core.Classification;
using DigitalKpi.Core.Forecasting;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Programmes;
using DigitalKpi.Core.Targets;
using DigitalKpi.Core.TimeSeries;
using NodaTime;
using static DigitalKpi.Core.Tests.Classification.AssessmentScenarios;

namespace DigitalKpi.Core.Tests.Classification;

public class ProbabilisticPolicyTests
{
    private static readonly LocalDate AsOf = new(2024, 3, 1);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Constructor_ThresholdOutsideUnitInterval_Throws(double threshold)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ProbabilisticPolicy(threshold));

    [Fact]
    public void Decide_ThresholdIsInclusive()
    {
        // A target's probability P is read from the default policy; a policy whose threshold is exactly P says likely,
        // one whose threshold is a few ulps above P is still on it (1e-12 relative) and says likely; one 1e-9 relative
        // above P says at risk.
        var p = Yearly(Unit.Percent, 2020, [17, 30, 42, 55], TargetComparison.AtLeast, 80, 2025);
        var probability = AssessOnly(p, AsOf, ProbabilisticPolicy.Default).Evidence.Probability!.Value;
        Assert.Equal(Status.Likely, AssessOnly(p, AsOf, new ProbabilisticPolicy(probability)).Status);
        Assert.Equal(Status.Likely, AssessOnly(p, AsOf, new ProbabilisticPolicy(Math.BitIncrement(probability))).Status);
        Assert.Equal(Status.AtRisk, AssessOnly(p, AsOf, new ProbabilisticPolicy(probability * (1 + 1e-9))).Status);
    }

    [Fact]
    public void Decide_AtLeastTargetOnUpperBound_IsReadOnePointInside()
    {
        // 80, 88, 94, 97% at the ends of 2020–2023: logits 1.386, 1.992, 2.752, 3.476, OLS slope 3.515 / 5 = 0.703 a
        // year, so the logit-linear median at the end of 2026 (4.5 years after the mean time) is 2.4015 + 4.5 × 0.703
        // = 5.565 → 99.62%, above logit(0.99) = 4.595: the median passes 99%, so P ≥ 0.5 and the target is likely.
        // Read at 100% itself the probability would be 0 for any bounded forecast.
        var p = Yearly(Unit.Percent, 2020, [80, 88, 94, 97], TargetComparison.AtLeast, 100, 2026);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Equal(Status.Likely, a.Status);
        Assert.True(a.Evidence.Probability > 0.5);
    }

    [Fact]
    public void Decide_AtMostTargetOnLowerBound_IsReadOnePointInside()
    {
        // 20, 12, 7, 4%: logits −1.386, −1.992, −2.587, −3.178, slope −2.9855 / 5 = −0.597 a year; median at the end
        // of 2026: −2.286 − 4.5 × 0.597 = −4.973 → 0.69%, below logit(0.01) = −4.595: likely to reach "0%".
        var p = Yearly(Unit.Percent, 2020, [20, 12, 7, 4], TargetComparison.AtMost, 0, 2026);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Equal(Status.Likely, a.Status);
        Assert.True(a.Evidence.Probability > 0.5);
    }

    [Fact]
    public void Decide_FlatShareAgainstTargetOnBound_StaysAtRisk()
    {
        // 60–61% for four years: the forecast stays near 60%, nowhere near 99%.
        var p = Yearly(Unit.Percent, 2020, [60, 61, 60, 61], TargetComparison.AtLeast, 100, 2026);
        var a = AssessOnly(p, AsOf, ProbabilisticPolicy.Default);
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.True(a.Evidence.Probability < 0.05);
    }

    // A plan of equal steps continued exactly on the monthly or quarterly grid: 10, 20, 30, 40 leads to 50 in the next
    // period, whatever the length of the months between (before: February, 29 days against the grid's 30.5, gave
    // 49.51 and P = 0.45; March 50.16). The line fits exactly, so the forecast is its next value with the reference
    // spread and P(at least 50) = 1/2.
    [Theory]
    [InlineData(Frequency.Month, 2)]
    [InlineData(Frequency.Month, 3)]
    [InlineData(Frequency.Quarter, 1)]
    [InlineData(Frequency.Quarter, 2)]
    public void Decide_ExactPlanOnTheGrid_ReachesItsNextValueAtTheDeadline(Frequency frequency, int deadlineNumber)
    {
        var indicator = Indicator(Unit.Count, frequency: frequency);
        var periods = new ReportingPeriod[4];
        periods[0] = frequency == Frequency.Month ? ReportingPeriod.Month(2023, 10) : ReportingPeriod.Quarter(2023, 1);
        for (var i = 1; i < periods.Length; i++)
        {
            periods[i] = periods[i - 1].Next();
        }

        var deadline = frequency == Frequency.Month ? ReportingPeriod.Month(2024, deadlineNumber) : ReportingPeriod.Quarter(2024, deadlineNumber);
        var steps = 0;
        for (var period = periods[^1]; period != deadline; period = period.Next())
        {
            steps++;
        }

        var observations = periods.Select((period, i) => new Observation(indicator.Id, Nation, period, 10.0 * (i + 1))).ToArray();
        var target = new Target(new TargetId("t"), indicator.Id, Nation, TargetComparison.AtLeast, 40 + (10 * steps), deadline);
        var programme = new Programme("test", [NationScope()], [indicator], observations, [target]);
        var a = AssessOnly(programme, periods[^1].End.PlusDays(1), ProbabilisticPolicy.Default);
        Assert.Equal(40 + (10 * steps), a.Evidence.Projected!.Value.Mean, 9);
        Assert.Equal(0.5, a.Evidence.Probability!.Value, 9);
    }

    [Fact]
    public void DefaultModel_ByBounds()
    {
        Assert.IsType<SaturatingTrendModel>(ProbabilisticPolicy.DefaultModel(Indicator(Unit.Percent), TimedSeries.Regular([1.0])));
        var index = (SaturatingTrendModel)ProbabilisticPolicy.DefaultModel(Indicator(Unit.Index, new Bounds(0, 1)), TimedSeries.Regular([0.5]));
        Assert.Equal(0, index.Lower);
        Assert.Equal(1, index.Upper);
        Assert.IsType<LinearTrendModel>(ProbabilisticPolicy.DefaultModel(Indicator(Unit.Count), TimedSeries.Regular([1.0])));
        Assert.IsType<LinearTrendModel>(ProbabilisticPolicy.DefaultModel(Indicator(Unit.Rank), TimedSeries.Regular([1.0])));
    }

    [Fact]
    public void Decide_MonthlyRun_SelectorGetsNominalGridWithSeasonalPeriod()
    {
        var indicator = Indicator(Unit.Count, frequency: Frequency.Month);
        var observations = Enumerable.Range(1, 12).Select(m => new Observation(indicator.Id, Nation, ReportingPeriod.Month(2023, m), 100 + m)).ToList();
        var target = new Target(new TargetId("t"), indicator.Id, Nation, TargetComparison.AtLeast, 150, ReportingPeriod.Year(2024));
        var programme = new Programme("monthly", [NationScope()], [indicator], observations, [target]);
        TimedSeries? seen = null;
        var policy = new ProbabilisticPolicy(modelSelector: (i, s) =>
        {
            seen = s;
            return ProbabilisticPolicy.DefaultModel(i, s);
        });
        var a = Assessor.Assess(programme, target, AsOf, policy);
        Assert.NotNull(seen);
        Assert.True(seen.IsRegular);
        Assert.Equal(12, seen.SeasonalPeriod);
        Assert.Equal(2024.0, seen.LastTime, 12);
        // 101…112: +1 a month, 12 a year → 112 + 12 = 124 by the end of 2024, far below 150.
        Assert.Equal(124, a.Evidence.Projected!.Value.Mean, 6);
        Assert.Equal(Status.AtRisk, a.Status);
    }

    [Fact]
    public void Decide_BetweenTarget_ProbabilityIsBandProbability()
    {
        // Count rising about 10 a year, 10, 21, 29, 40 (2020–2023): least squares gives slope 49/5 = 9.8 and a centre of 25 + 9.8·3.5 = 59.3 at 2026.0.
        // A band [50, 70] around it has P > 0.5; a band [70, 90] above it P < 0.5; and P(band) ≤ P(X ≥ lower end).
        var inside = Yearly(Unit.Count, 2020, [10, 21, 29, 40], TargetComparison.Between, 50, 2025, upper: 70);
        var above = Yearly(Unit.Count, 2020, [10, 21, 29, 40], TargetComparison.Between, 70, 2025, upper: 90);
        var atLeast = Yearly(Unit.Count, 2020, [10, 21, 29, 40], TargetComparison.AtLeast, 50, 2025);
        var pInside = AssessOnly(inside, AsOf, ProbabilisticPolicy.Default).Evidence.Probability!.Value;
        var pAbove = AssessOnly(above, AsOf, ProbabilisticPolicy.Default).Evidence.Probability!.Value;
        var pAtLeast = AssessOnly(atLeast, AsOf, ProbabilisticPolicy.Default).Evidence.Probability!.Value;
        Assert.InRange(pInside, 0.5, 1);
        Assert.InRange(pAbove, 0, 0.5);
        Assert.True(pInside <= pAtLeast);
    }

    [Fact]
    public void Decide_LowerIsBetter_ProbabilityOfAtMost()
    {
        // A rank falling 10 a year from 80 reaches 20 at 2027.0: P(X ≤ 35) is high and P(X ≤ 5) low.
        var easy = Yearly(Unit.Rank, 2020, [80, 71, 59, 50], TargetComparison.AtMost, 35, 2026);
        var hard = Yearly(Unit.Rank, 2020, [80, 71, 59, 50], TargetComparison.AtMost, 5, 2026);
        Assert.True(AssessOnly(easy, AsOf, ProbabilisticPolicy.Default).Evidence.Probability > 0.5);
        Assert.True(AssessOnly(hard, AsOf, ProbabilisticPolicy.Default).Evidence.Probability < 0.5);
    }

    [Theory]
    // Each model on a regular monthly run and on one with a gap (calendar times), at-least, at-most and between targets.
    [InlineData("saturating", false, TargetComparison.AtLeast)]
    [InlineData("saturating", true, TargetComparison.AtMost)]
    [InlineData("linear", false, TargetComparison.Between)]
    [InlineData("linear", true, TargetComparison.AtLeast)]
    [InlineData("log-linear", false, TargetComparison.AtLeast)]
    [InlineData("log-linear", true, TargetComparison.Between)]
    public void Decide_TrendModel_SameNumbersAsFitAndForecast(string kind, bool gap, TargetComparison comparison)
    {
        // The policy projects trend models on spans (TrendForecaster.Project); the object path Fit → Forecast on the
        // series a selector sees is an independent implementation of the same formulas and must agree to 1e-12.
        var percent = kind == "saturating";
        var indicator = Indicator(percent ? Unit.Percent : Unit.Count, percent ? Bounds.Percent : null, frequency: Frequency.Month);
        double[] values = [31.5, 33, 32.2, 35.8, 36.1, 38.4, 37.9, 40.2, 41, 43.7];
        var observations = values.Select((v, k) => new Observation(indicator.Id, Nation, ReportingPeriod.Month(2023, k + 1 + (gap && k >= 6 ? 2 : 0)), v)).ToList();
        var upper = comparison == TargetComparison.Between ? 70.0 : (double?)null;
        var goal = comparison == TargetComparison.AtMost ? 30.0 : 55.0;
        var target = new Target(new TargetId("t"), indicator.Id, Nation, comparison, goal, ReportingPeriod.Year(2025), upper);
        var programme = new Programme("trend", [NationScope()], [indicator], observations, [target]);
        ForecastModel model = kind switch
        {
            "saturating" => new SaturatingTrendModel(0, 100),
            "linear" => new LinearTrendModel(),
            _ => new LogLinearTrendModel(),
        };
        TimedSeries? seen = null;
        var policy = new ProbabilisticPolicy(modelSelector: (_, s) =>
        {
            seen = s;
            return model;
        });

        var a = Assessor.Assess(programme, target, AsOf, policy);

        var series = programme.GetSeries(indicator.Id, Nation, AsOf);
        // On the nominal monthly grid the deadline, the year 2025, ends at 2026.0; with a gap the times are exact period
        // ends and the deadline's end is as far after the last one as it is after the latest period's end.
        var time = seen!.IsRegular ? 2026.0 : seen.LastTime + (TimeAxis.EndTime(target.Deadline) - series.Points[^1].Time);
        var forecast = model.Fit(seen).Forecast(time);
        var expected = comparison switch
        {
            TargetComparison.AtLeast => forecast.ProbabilityAtLeast(goal),
            TargetComparison.AtMost => forecast.ProbabilityAtMost(goal),
            _ => forecast.ProbabilityBetween(goal, upper!.Value),
        };
        var interval = forecast.Interval(PredictionLevel.Eighty);
        var projected = a.Evidence.Projected!.Value;
        Assert.Equal(!gap, seen.IsRegular);
        Assert.Equal(expected, a.Evidence.Probability!.Value, 1e-12);
        Assert.Equal(forecast.Mean, projected.Mean, Math.Abs(forecast.Mean) * 1e-12);
        Assert.Equal(forecast.Median, projected.Median!.Value, Math.Abs(forecast.Median) * 1e-12);
        Assert.Equal(interval.Lower, projected.Lower80!.Value, Math.Abs(interval.Lower) * 1e-12);
        Assert.Equal(interval.Upper, projected.Upper80!.Value, Math.Abs(interval.Upper) * 1e-12);
        Assert.Equal(model.ToString(), a.Evidence.Model);
    }

    [Fact]
    public void Assess_NameAndDefault()
    {
        Assert.Equal("probabilistic", ProbabilisticPolicy.Default.Name);
        Assert.Equal(0.5, ProbabilisticPolicy.Default.Threshold);
        Assert.Same(ProbabilisticPolicy.Default, AssessmentPolicy.FromName("probabilistic"));
    }

    [Fact]
    public void Assess_SeriesOfAnotherIndicator_Throws()
    {
        var p = Yearly(Unit.Percent, 2020, [10, 20], TargetComparison.AtLeast, 80, 2025);
        var other = new Indicator(new IndicatorId("other"), new LocalizedText("khác", "other"), Unit.Percent, Frequency.Year);
        var series = new IndicatorSeries(other, NationScope(), []);
        Assert.Throws<ArgumentException>(() => ProbabilisticPolicy.Default.Assess(p.Targets[0], series, AsOf));
    }
}
