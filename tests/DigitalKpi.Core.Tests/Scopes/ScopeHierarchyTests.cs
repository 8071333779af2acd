using DigitalKpi.Core.Localization;
using DigitalKpi.Core.Scopes;
using NodaTime;

namespace DigitalKpi.Core.Tests.Scopes;

public class ScopeHierarchyTests
{
    private static readonly ScopeId Vn = new("VN");
    private static readonly ScopeId Hd = new("VN-HD");
    private static readonly ScopeId Hp = new("VN-HP");
    private static readonly ScopeId HdCommune = new("VN-HD-001");

    // Hải Dương merged into Hải Phòng effective 2025-07-01 (Resolution 202/2025/QH15).
    private static ScopeHierarchy Vietnam() => new(
    [
        new Scope(Vn, new LocalizedText("Việt Nam", "Viet Nam"), ScopeLevel.Nation),
        new Scope(Hd, new LocalizedText("Hải Dương", null), ScopeLevel.Province, Vn, [LineageEvent.MergedInto(Hp, new LocalDate(2025, 7, 1))]),
        new Scope(Hp, new LocalizedText("Hải Phòng", null), ScopeLevel.Province, Vn),
        new Scope(HdCommune, new LocalizedText("Xã 1", null), ScopeLevel.Commune, Hd),
    ]);

    [Theory]
    [InlineData("2025-06-30", "VN-HD")]
    [InlineData("2025-07-01", "VN-HP")]
    [InlineData("2030-01-01", "VN-HP")]
    public void SuccessorOn_HaiDuong_IsHaiPhongFromTheEffectiveDate(string date, string expected)
        => Assert.Equal(new ScopeId(expected), Vietnam().SuccessorOn(Hd, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void Constructor_ParentCycle_NamesTheFirstScopeOnIt()
    {
        // T (index 0) hangs off the cycle A -> B -> C -> A (indices 1-3): T is not its own ancestor, A is the first that is.
        ScopeId t = new("T"), a = new("A"), b = new("B"), c = new("C");
        var e = Assert.Throws<ArgumentException>(() => new ScopeHierarchy(
        [
            new Scope(t, new LocalizedText("T", null), ScopeLevel.Commune, a),
            new Scope(a, new LocalizedText("A", null), ScopeLevel.Province, b),
            new Scope(b, new LocalizedText("B", null), ScopeLevel.Province, c),
            new Scope(c, new LocalizedText("C", null), ScopeLevel.Province, a),
        ]));
        Assert.StartsWith("scopes[1].parent: scope \"A\" is its own ancestor", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MergeCycle_NamesTheFirstScopeOnIt()
    {
        // A merges into B and B back into A; C merges into A (a tail, index 0).
        ScopeId a = new("A"), b = new("B"), c = new("C");
        var e = Assert.Throws<ArgumentException>(() => new ScopeHierarchy(
        [
            new Scope(c, new LocalizedText("C", null), ScopeLevel.Province, lineage: [LineageEvent.MergedInto(a, new LocalDate(2020, 1, 1))]),
            new Scope(a, new LocalizedText("A", null), ScopeLevel.Province, lineage: [LineageEvent.MergedInto(b, new LocalDate(2021, 1, 1))]),
            new Scope(b, new LocalizedText("B", null), ScopeLevel.Province, lineage: [LineageEvent.MergedInto(a, new LocalDate(2022, 1, 1))]),
        ]));
        Assert.StartsWith("scopes[1].lineage: scope \"A\" merges, through other merges, back into itself", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LongParentChain_IsATree()
    {
        // 20,000 scopes each the parent of the next: no cycle, and the deepest has 19,999 ancestors.
        var scopes = new Scope[20_000];
        for (var i = 0; i < scopes.Length; i++)
        {
            scopes[i] = new Scope(new ScopeId($"S{i}"), new LocalizedText($"S{i}", null), ScopeLevel.Commune, i == 0 ? null : new ScopeId($"S{i - 1}"));
        }

        var h = new ScopeHierarchy(scopes);
        Assert.Equal(19_999, h.AncestorsOf(new ScopeId("S19999")).Count());
    }

    [Fact]
    public void SuccessorOn_ChainOfMerges_FollowsAll()
    {
        var a = new ScopeId("A");
        var b = new ScopeId("B");
        var c = new ScopeId("C");
        var h = new ScopeHierarchy(
        [
            new Scope(a, new LocalizedText("A", null), ScopeLevel.Province, lineage: [LineageEvent.MergedInto(b, new LocalDate(2020, 1, 1))]),
            new Scope(b, new LocalizedText("B", null), ScopeLevel.Province, lineage: [LineageEvent.MergedInto(c, new LocalDate(2025, 1, 1))]),
            new Scope(c, new LocalizedText("C", null), ScopeLevel.Province),
        ]);
        Assert.Equal(b, h.SuccessorOn(a, new LocalDate(2024, 12, 31)));
        Assert.Equal(c, h.SuccessorOn(a, new LocalDate(2025, 1, 1)));
        Assert.Equal([a, b], h.PredecessorsOn(c, new LocalDate(2025, 1, 1)).Select(s => s.Id));
        Assert.Equal([a], h.PredecessorsOn(b, new LocalDate(2024, 1, 1)).Select(s => s.Id));
    }

    [Fact]
    public void ChildrenAncestorsDescendantsAndRoots()
    {
        var h = Vietnam();
        Assert.Equal([Hd, Hp], h.ChildrenOf(Vn).Select(s => s.Id));
        Assert.Empty(h.ChildrenOf(Hp));
        Assert.Equal([Hd, Vn], h.AncestorsOf(HdCommune).Select(s => s.Id));
        Assert.Empty(h.AncestorsOf(Vn));
        Assert.Equal([Hd, HdCommune, Hp], h.DescendantsOf(Vn).Select(s => s.Id));
        Assert.Equal([Vn], h.Roots.Select(s => s.Id));
        Assert.True(h.Contains(Hp));
        Assert.False(h.Contains(new ScopeId("VN-XX")));
        Assert.Equal("Hải Phòng", h[Hp].Name.Vi);
        Assert.True(h.TryGet(Hd, out var hd));
        Assert.Equal(new LocalDate(2025, 7, 1), hd.MergedInto!.Effective);
        Assert.False(h.TryGet(new ScopeId("nope"), out _));
    }

    [Fact]
    public void Lookups_UnknownId_ThrowKeyNotFound()
    {
        var h = Vietnam();
        var unknown = new ScopeId("VN-XX");
        Assert.Contains("VN-XX", Assert.Throws<KeyNotFoundException>(() => h[unknown]).Message);
        Assert.Throws<KeyNotFoundException>(() => h.ChildrenOf(unknown));
        Assert.Throws<KeyNotFoundException>(() => h.AncestorsOf(unknown));
        Assert.Throws<KeyNotFoundException>(() => h.SuccessorOn(unknown, new LocalDate(2025, 1, 1)));
    }

    public static TheoryData<Scope[], string> InvalidSets() => new()
    {
        { [S("A"), S("A")], "scopes[1].id:" },
        { [S("A", parent: "B")], "scopes[0].parent:" },
        { [S("A", parent: "B"), S("B", parent: "A")], "scopes[0].parent:" },
        { [S("A"), S("B", parent: "C"), S("C", parent: "B")], "scopes[1].parent:" },
        { [S("A", mergedInto: "Z")], "scopes[0].lineage[0]:" },
        { [S("A", mergedInto: "B"), S("B", mergedInto: "A")], "scopes[0].lineage:" },
    };

    [Theory]
    [MemberData(nameof(InvalidSets))]
    public void Constructor_BrokenRule_ThrowsNamingItemAndField(Scope[] scopes, string prefix)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ScopeHierarchy(scopes));
        Assert.StartsWith(prefix, ex.Message);
        Assert.Equal("scopes", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullItem_Throws()
        => Assert.Throws<ArgumentNullException>(() => new ScopeHierarchy([S("A"), null!]));

    private static Scope S(string id, string? parent = null, string? mergedInto = null)
        => new(
            new ScopeId(id),
            new LocalizedText(id, null),
            ScopeLevel.Province,
            parent is null ? null : new ScopeId(parent),
            mergedInto is null ? null : [LineageEvent.MergedInto(new ScopeId(mergedInto), new LocalDate(2025, 7, 1))]);
}
