using DigitalKpi.Core.Calculators;
using FsCheck;
using FsCheck.Xunit;

namespace DigitalKpi.Core.Tests.Calculators;

public class RanksTests
{
    [Theory]
    // Global Innovation Index: 48th (2022) -> 46th (2023) is up 2 places
    [InlineData(48, 46, 2)]
    [InlineData(46, 50, -4)]
    [InlineData(1, 1, 0)]
    public void PlacesGained_Ranks_PreviousMinusCurrent(int previous, int current, int expected)
        => Assert.Equal(expected, Ranks.PlacesGained(previous, current));

    [Theory]
    [InlineData(0, 5, "previousRank")]
    [InlineData(5, -1, "currentRank")]
    public void PlacesGained_RankBelowOne_ThrowsNamingTheParameter(int previous, int current, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Ranks.PlacesGained(previous, current)).ParamName);

    [Property]
    public bool PlacesGained_Reversed_IsNegated(PositiveInt a, PositiveInt b)
        => Ranks.PlacesGained(a.Get, b.Get) == -Ranks.PlacesGained(b.Get, a.Get);
}
