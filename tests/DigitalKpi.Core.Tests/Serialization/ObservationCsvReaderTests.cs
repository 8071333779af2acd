using System.Globalization;
using System.Text;
using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Observations;
using DigitalKpi.Core.Periods;
using DigitalKpi.Core.Scopes;
using DigitalKpi.Core.Serialization;

namespace DigitalKpi.Core.Tests.Serialization;

public class ObservationCsvReaderTests
{
    private const string Header = "indicator,scope,period,value\n";

    [Fact]
    public void Read_EveryColumn_ReadsEveryField()
    {
        const string csv = """
            indicator,scope,period,value,quality,numerator,denominator,source
            online-dossier-share,VN,2024-H1,42.5,estimated,4250,10000,"Cổng Dịch vụ công, 2024"
            online-dossier-share,VN,2023,17,,,,
            egdi-rank,VN,2024-01-01/2024-09-17,71,provisional,,,
            """;

        var observations = ObservationCsvReader.Read(new StringReader(csv), "observations.csv");

        Assert.Equal(3, observations.Count);
        var first = observations[0];
        Assert.Equal(new IndicatorId("online-dossier-share"), first.IndicatorId);
        Assert.Equal(new ScopeId("VN"), first.ScopeId);
        Assert.Equal(ReportingPeriod.Half(2024, 1), first.Period);
        Assert.Equal(42.5, first.Value);
        Assert.Equal(ObservationQuality.Estimated, first.Quality);
        Assert.Equal(4250, first.Numerator);
        Assert.Equal(10000, first.Denominator);
        Assert.Equal("Cổng Dịch vụ công, 2024", first.Source);
        Assert.Equal(ObservationQuality.Actual, observations[1].Quality);
        Assert.Null(observations[1].Numerator);
        Assert.Null(observations[1].Source);
        Assert.Equal(ReportingPeriod.Custom(new NodaTime.LocalDate(2024, 1, 1), new NodaTime.LocalDate(2024, 9, 17)), observations[2].Period);
        Assert.Equal(ObservationQuality.Provisional, observations[2].Quality);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndCase_AreMatchedByName()
    {
        const string csv = "Value, Period ,SCOPE,indicator\n1.5e3,2024-06,VN-HP,broadband\n";

        var observation = Assert.Single(ObservationCsvReader.Read(new StringReader(csv), "x.csv"));

        Assert.Equal(1500, observation.Value);
        Assert.Equal(ReportingPeriod.Month(2024, 6), observation.Period);
        Assert.Equal(new ScopeId("VN-HP"), observation.ScopeId);
    }

    [Fact]
    public void Read_Stream_ReadsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "a,VN,2024,-3.25\n");

        var observation = Assert.Single(ObservationCsvReader.Read(new MemoryStream(bytes), "x.csv"));

        Assert.Equal(-3.25, observation.Value);
    }

    [Fact]
    public void Read_UnderVietnameseCulture_NumbersStayInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

            var observation = Assert.Single(ObservationCsvReader.Read(new StringReader(Header + "a,VN,2024,1234.5\n"), "x.csv"));
            var error = Assert.Throws<ObservationCsvException>(() => ObservationCsvReader.Read(new StringReader(Header + "a,VN,2024,\"1234,5\"\n"), "x.csv"));

            Assert.Equal(1234.5, observation.Value);
            Assert.Equal(4, error.Column);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Read_QuotedDecimalComma_SaysToUseAPoint()
    {
        var error = Read(Header + "a,VN,2023,17\na,VN,2024,\"42,5\"\n");

        Assert.Equal("obs.csv", error.SourceName);
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Equal("value", error.ColumnName);
        Assert.StartsWith("obs.csv, line 3, column 4 (value): found \"42,5\"; expected a number with '.' as the decimal separator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnquotedDecimalComma_ReportsTheFieldCount()
    {
        var error = Read(Header + "a,VN,2024,42,5\n");

        Assert.Equal(2, error.Line);
        Assert.Equal(0, error.Column);
        Assert.Contains("found 5 fields; expected 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("use '.' as the decimal separator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemicolonSeparated_SaysTheSeparatorIsAComma()
    {
        var error = Read("indicator;scope;period;value\na;VN;2024;42,5\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("expected ',' as the separator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumn_ListsTheKnownOnes()
    {
        var error = Read("indicator,scope,period,value,qualty\na,VN,2024,1,actual\n");

        Assert.Equal(1, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Contains("found the unknown column \"qualty\"; expected one of: indicator, scope, period, value, quality, numerator, denominator, source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredColumn_NamesIt()
    {
        var error = Read("indicator,scope,value\na,VN,1\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("the required column \"period\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PeriodThatDoesNotParse_NamesLineAndColumn()
    {
        var error = Read(Header + "a,VN,2024-Q5,1\n");

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("period", error.ColumnName);
        Assert.Contains("found \"2024-Q5\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void Read_NonFiniteValue_IsRejected(string value)
    {
        var error = Read(Header + $"a,VN,2024,{value}\n");

        Assert.Equal(2, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("not a finite number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    public void Read_NonZeroValueTooSmallForADouble_IsRejected(string value)
    {
        // The smallest positive double is about 4.9e-324: 1e-400 would read as 0 (or -0).
        var error = Read(Header + $"a,VN,2024,{value}\n");

        Assert.Equal(2, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("below the smallest double", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZeroWithExponent_ReadsAsZero()
        => Assert.Equal(0.0, Assert.Single(ObservationCsvReader.Read(new StringReader(Header + "a,VN,2024,0e-400\n"), "x.csv")).Value);

    [Theory]
    [InlineData("a,VN,2024,\n", 4, "found an empty field; expected the observed value")]
    [InlineData(",VN,2024,1\n", 1, "found an empty field; expected the id of an indicator")]
    [InlineData("a,,2024,1\n", 2, "found an empty field; expected the id of a scope")]
    [InlineData("a,VN,2024,forty\n", 4, "found \"forty\"; expected a number such as 42 or 17.5")]
    public void Read_BadField_SaysFoundAndExpected(string row, int column, string problem)
    {
        var error = Read(Header + row);

        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownQuality_ListsTheAllowedValues()
    {
        var error = Read("indicator,scope,period,value,quality\na,VN,2024,1,ước đạt\n");

        Assert.Equal(5, error.Column);
        Assert.Contains("expected one of: actual, estimated, provisional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumeratorWithoutDenominator_IsReportedAtTheMissingColumn()
    {
        var error = Read("indicator,scope,period,value,numerator,denominator\na,VN,2024,42,42,\n");

        Assert.Equal(2, error.Line);
        Assert.Equal(6, error.Column);
        Assert.Contains("numerator and denominator must be given together", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicator,scope,period,value,numerator,denominator\na,VN,2024,42,42,\n", 6, "denominator", "a numerator without a denominator")]
    [InlineData("indicator,scope,period,value,numerator,denominator\na,VN,2024,42,,100\n", 5, "numerator", "a denominator without a numerator")]
    [InlineData("indicator,scope,period,value,numerator\na,VN,2024,42,42\n", 5, "numerator", "a numerator without a denominator")]
    [InlineData("indicator,scope,period,value,denominator\na,VN,2024,42,100\n", 5, "denominator", "a denominator without a numerator")]
    public void Read_OnlyOneOfNumeratorAndDenominator_IsAnErrorAtAColumn(string csv, int column, string columnName, string received)
    {
        // As in a workbook (WORKBOOK.md, observations): the pair is given together or not at all, never dropped.
        // The error names the empty field of the pair, or the given one when the other has no column.
        var error = Read(csv);

        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(columnName, error.ColumnName);
        Assert.Equal($"obs.csv, line 2, column {column} ({columnName}): numerator and denominator must be given together or not at all; received {received}.", error.Message);
    }

    [Fact]
    public void Read_DomainRangeBroken_StatesTheRuleWithoutTheDotNetSuffixes()
    {
        // Observation requires a denominator greater than 0; .NET would append " (Parameter 'denominator')" and "Actual value was 0.".
        var error = Read("indicator,scope,period,value,numerator,denominator\na,VN,2024,42,0,0\n");

        Assert.Equal("obs.csv, line 2, column 6 (denominator): denominator must be a finite number greater than 0; received 0.", error.Message);
    }

    [Fact]
    public void Read_IdWithSpace_StatesTheRuleWithoutTheParameterName()
    {
        var error = Read(Header + "a b,VN,2024,1\n");

        Assert.Equal("obs.csv, line 2, column 1 (indicator): found \"a b\"; expected an id: IndicatorId must be a non-empty text without spaces or control characters; received \"a b\".", error.Message);
    }

    [Fact]
    public void Read_DuplicateSpelledAsTheSameDays_IsRejectedNamingBothSpellings()
    {
        // The first half of 2024 runs from 1 January to 30 June: line 3 gives the same period as line 2, spelled another way.
        var error = Read(Header + "a,VN,2024-H1,1\na,VN,2024-01-01/2024-06-30,2\n");

        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("(the first is on line 2, with period \"2024-H1\": the same days as", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-01 to 2024-06-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Duplicate_NamesTheFirstLine()
    {
        var error = Read(Header + "a,VN,2024,1\nb,VN,2024,2\na,VN,2024,3\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("second value for indicator \"a\", scope \"VN\", period \"2024\" (the first is on line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedQuote_ReportsTheLine()
    {
        var error = Read(Header + "a,VN,2024,1\na,VN,2023,\"1\"x\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("malformed CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejected()
    {
        byte[] bytes = [.. "indicator,scope,period,value,source\na,VN,2024,1,"u8, 0xC3, 0x28, (byte)'\n'];

        var error = Assert.Throws<ObservationCsvException>(() => ObservationCsvReader.Read(new MemoryStream(bytes), "x.csv"));

        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentLine_IsNotSkippedSilently()
    {
        var error = Read(Header + "a,VN,2024,1\n# note\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("found 1 field; expected 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyText_SaysTheHeaderIsMissing()
    {
        var error = Read(string.Empty);

        Assert.Equal(1, error.Line);
        Assert.Contains("found no header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankSourceName_Throws()
        => Assert.Throws<ArgumentException>(() => ObservationCsvReader.Read(new StringReader(Header), " "));

    [Fact]
    public void Read_HeaderOnly_ReturnsNoObservations()
        => Assert.Empty(ObservationCsvReader.Read(new StringReader(Header), "x.csv"));

    private const string ProgrammeJson = """
        {
          "schemaVersion": 1,
          "name": "P",
          "scopes": [ { "id": "VN", "name": { "vi": "Việt Nam" }, "level": "nation" } ],
          "indicators": [ { "id": "share", "name": { "en": "Share" }, "unit": "percent", "frequency": "year" } ],
          "observations": [ { "indicator": "share", "scope": "VN", "period": "2023", "value": 17 } ]
        }
        """;

    [Fact]
    public void Read_WithProgramme_ReturnsTheNewObservations()
    {
        var programme = WorkbookSerializer.Parse(ProgrammeJson);

        var observation = Assert.Single(ObservationCsvReader.Read(new StringReader(Header + "share,VN,2024,42\n"), "x.csv", programme));

        Assert.Equal(42, observation.Value);
    }

    [Theory]
    [InlineData("rank,VN,2024,42\n", 1, "found \"rank\", which is not the id of any indicator of the programme; expected one of: \"share\"")]
    [InlineData("share,HN,2024,42\n", 2, "found \"HN\", which is not the id of any scope of the programme; expected one of: \"VN\"")]
    [InlineData("share,VN,2024,142\n", 4, "found 142; expected a value in the bounds [0, 100]")]
    [InlineData("share,VN,2023,18\n", 3, "period \"2023\" that the programme already holds")]
    public void Read_WithProgramme_LineThatDoesNotFit_IsRejected(string row, int column, string problem)
    {
        var programme = WorkbookSerializer.Parse(ProgrammeJson);

        var error = Assert.Throws<ObservationCsvException>(() => ObservationCsvReader.Read(new StringReader(Header + row), "x.csv", programme));

        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static ObservationCsvException Read(string csv)
        => Assert.Throws<ObservationCsvException>(() => ObservationCsvReader.Read(new StringReader(csv), "obs.csv"));
}
