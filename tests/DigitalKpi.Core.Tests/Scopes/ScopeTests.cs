using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Scopes;
using NodaTime;

namespace DigitalKpi.Core.Tests.Scopes;

public class ScopeTests
{
    private static readonly LocalizedText Name = new("Hải Dương", null);

    [Fact]
    public void Constructor_SortsLineageByDateAndFindsTheMerge()
    {
        var split = LineageEvent.SplitFrom(new ScopeId("OLD"), new LocalDate(1997, 1, 1));
        var merge = LineageEvent.MergedInto(new ScopeId("VN-HP"), new LocalDate(2025, 7, 1));
        var s = new Scope(new ScopeId("VN-HD"), Name, ScopeLevel.Province, new ScopeId("VN"), [merge, split]);
        Assert.Equal(new[] { split, merge }, s.Lineage.ToArray());
        Assert.Same(merge, s.MergedInto);
        Assert.Equal(new ScopeId("VN"), s.Parent);
        Assert.Equal("VN-HD", s.ToString());
    }

    [Fact]
    public void Constructor_OwnParent_ThrowsNamingParent()
        => Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new Scope(new ScopeId("A"), Name, ScopeLevel.Province, new ScopeId("A"))).ParamName);

    [Fact]
    public void Constructor_LineageToItself_ThrowsNamingLineage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Scope(new ScopeId("A"), Name, ScopeLevel.Province, lineage: [LineageEvent.MergedInto(new ScopeId("A"), new LocalDate(2025, 7, 1))]));
        Assert.Equal("lineage", ex.ParamName);
        Assert.Contains("lineage[0]", ex.Message);
    }

    [Fact]
    public void Constructor_TwoMerges_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Scope(new ScopeId("A"), Name, ScopeLevel.Province, lineage:
        [
            LineageEvent.MergedInto(new ScopeId("B"), new LocalDate(2025, 7, 1)),
            LineageEvent.MergedInto(new ScopeId("C"), new LocalDate(2026, 7, 1)),
        ]));
        Assert.Contains("at most once", ex.Message);
    }

    [Fact]
    public void Constructor_DefaultIdsAndUndefinedLevel_Throw()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Scope(default, Name, ScopeLevel.Nation)).ParamName);
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new Scope(new ScopeId("A"), Name, ScopeLevel.Nation, default(ScopeId))).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new Scope(new ScopeId("A"), Name, (ScopeLevel)9)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => LineageEvent.MergedInto(default, new LocalDate(2025, 7, 1))).ParamName);
    }

    [Fact]
    public void LineageEvent_EqualityAndText()
    {
        var a = LineageEvent.MergedInto(new ScopeId("VN-HP"), new LocalDate(2025, 7, 1));
        Assert.Equal(a, new LineageEvent(LineageEventKind.MergedInto, new ScopeId("VN-HP"), new LocalDate(2025, 7, 1)));
        Assert.NotEqual(a, LineageEvent.SplitFrom(new ScopeId("VN-HP"), new LocalDate(2025, 7, 1)));
        Assert.Equal("MergedInto VN-HP on 2025-07-01", a.ToString());
    }

    [Fact]
    public void LineageEvent_NonIsoEffective_ThrowsNamingEffective()
    {
        // Written as "2025-07-01", the Julian 1 July would read back as the ISO 1 July, 13 days off.
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian);

        Assert.Equal("effective", Assert.Throws<ArgumentException>(() => LineageEvent.MergedInto(new ScopeId("B"), julian)).ParamName);
        Assert.Equal("effective", Assert.Throws<ArgumentException>(() => LineageEvent.SplitFrom(new ScopeId("B"), julian)).ParamName);
        Assert.Equal("effective", Assert.Throws<ArgumentException>(() => new LineageEvent(LineageEventKind.MergedInto, new ScopeId("B"), julian)).ParamName);
    }
}
