using DigitalKpi.Core.Classification;

namespace DigitalKpi.Core.Tests.Classification;

public class PublishedMethodsTests
{
    [Fact]
    public void All_ThirteenDistinctNames_EachFoundByTryGet()
    {
        Assert.Equal(13, PublishedMethods.All.Length);
        Assert.Equal(13, PublishedMethods.All.Select(m => m.Name).Distinct().Count());
        foreach (var m in PublishedMethods.All)
        {
            Assert.True(PublishedMethods.TryGet(m.Name, out var found));
            Assert.Same(m, found);
        }
    }

    [Theory]
    [InlineData("eurostat", "growth-ratio")]
    [InlineData("statcan", "growth-ratio")]
    [InlineData("unsd-2022-aarrr", "growth-ratio")]
    [InlineData("unsd-2023", "projection")]
    [InlineData("destatis", "projection")]
    [InlineData("sdsn", "linear-ratio")]
    [InlineData("viva-goals", "schedule")]
    [InlineData("engagedly", "schedule")]
    [InlineData("clearpoint", "thresholds")]
    [InlineData("google-okr", "thresholds")]
    public void PolicyOf_ListedMethod_MatchesMethodsTable(string name, string policy)
        => Assert.Equal(policy, PublishedMethods.PolicyOf(name));

    [Fact]
    public void PolicyOf_Unknown_ThrowsListingNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => PublishedMethods.PolicyOf("Eurostat"));
        Assert.Contains("eurostat", ex.Message);
        Assert.False(PublishedMethods.TryGet("nope", out _));
    }
}
