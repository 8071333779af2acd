using System.Globalization;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;

namespace DigitalKpi.Core.Tests.Observations;

public class ObservationTests
{
    private static readonly IndicatorId Share = new("online-dossier-share");
    private static readonly ScopeId Vn = new("VN");

    [Fact]
    public void Constructor_Rate_KeepsEverything()
    {
        var o = new Observation(Share, Vn, ReportingPeriod.Half(2024, 1), 42, ObservationQuality.Estimated, 4_200, 10_000, "Báo cáo 6 tháng");
        Assert.Equal(Share, o.IndicatorId);
        Assert.Equal(Vn, o.ScopeId);
        Assert.Equal(ReportingPeriod.Parse("2024-H1"), o.Period);
        Assert.Equal(42, o.Value);
        Assert.Equal(ObservationQuality.Estimated, o.Quality);
        Assert.Equal(4_200, o.Numerator);
        Assert.Equal(10_000, o.Denominator);
        Assert.Equal("Báo cáo 6 tháng", o.Source);
    }

    [Fact]
    public void Constructor_Defaults_ActualWithoutRate()
    {
        var o = new Observation(Share, Vn, ReportingPeriod.Year(2023), 17);
        Assert.Equal(ObservationQuality.Actual, o.Quality);
        Assert.Null(o.Numerator);
        Assert.Null(o.Denominator);
        Assert.Null(o.Source);
    }

    [Theory]
    [InlineData(double.NaN, null, null, "value")]
    [InlineData(double.PositiveInfinity, null, null, "value")]
    [InlineData(1.0, 5.0, null, "denominator")]
    [InlineData(1.0, null, 5.0, "numerator")]
    [InlineData(1.0, double.NaN, 5.0, "numerator")]
    [InlineData(1.0, 1.0, 0.0, "denominator")]
    [InlineData(1.0, 1.0, -3.0, "denominator")]
    [InlineData(1.0, 1.0, double.PositiveInfinity, "denominator")]
    public void Constructor_Invalid_ThrowsNamingTheField(double value, double? numerator, double? denominator, string field)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Observation(Share, Vn, ReportingPeriod.Year(2024), value, numerator: numerator, denominator: denominator));
        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void Constructor_DefaultIdsBlankSourceAndUndefinedQuality_Throw()
    {
        var p = ReportingPeriod.Year(2024);
        Assert.Equal("indicatorId", Assert.Throws<ArgumentException>(() => new Observation(default, Vn, p, 1)).ParamName);
        Assert.Equal("scopeId", Assert.Throws<ArgumentException>(() => new Observation(Share, default, p, 1)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new Observation(Share, Vn, p, 1, source: " ")).ParamName);
        Assert.Equal("quality", Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(Share, Vn, p, 1, (ObservationQuality)7)).ParamName);
    }

    [Fact]
    public void ToString_UnderVietnameseCulture_IsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal("online-dossier-share @ VN 2024-H1 = 42.5 (Estimated)", new Observation(Share, Vn, ReportingPeriod.Half(2024, 1), 42.5, ObservationQuality.Estimated).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
