using DigitalKpi.Core.Periods;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DigitalKpi.Core.Tests.Periods;

/// <summary>FsCheck generators: periods of every kind in the years 2 to 9998, so Next, Previous and SamePeriodLastYear stay in range.</summary>
public static class PeriodArbitraries
{
    public static Arbitrary<ReportingPeriod> Periods() => Gen.OneOf(
            Gen.Choose(2, 9998).Select(ReportingPeriod.Year),
            Gen.Choose(2, 9998).SelectMany(_ => Gen.Choose(1, 2), ReportingPeriod.Half),
            Gen.Choose(2, 9998).SelectMany(_ => Gen.Choose(1, 4), ReportingPeriod.Quarter),
            Gen.Choose(2, 9998).SelectMany(_ => Gen.Choose(1, 12), ReportingPeriod.Month),
            Gen.Choose(400, 3_650_000).SelectMany(
                _ => Gen.Choose(0, 800),
                (startDay, length) =>
                {
                    var start = new LocalDate(2, 1, 1).PlusDays(startDay);
                    return ReportingPeriod.Custom(start, start.PlusDays(length));
                }))
        .ToArbitrary();
}
