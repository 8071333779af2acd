using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Changes in a ranking where 1 is best (the Global Innovation Index, the UPU postal development ranking):
/// moving from 48th to 46th is an improvement of 2 places.
/// </summary>
/// <remarks>A rank is a lower-is-better indicator; its changes are counted in places, never in percent. Source: WIPO, Global Innovation Index 2023 (Viet Nam 46th, up 2 places on 2022).</remarks>
public static class Ranks
{
    /// <summary>The places gained from <paramref name="previousRank"/> to <paramref name="currentRank"/>; positive is an improvement.</summary>
    /// <param name="previousRank">The earlier rank, at least 1 (1 = best).</param>
    /// <param name="currentRank">The later rank, at least 1.</param>
    /// <returns>previousRank − currentRank: 48th → 46th is +2 (up two places), 46th → 50th is −4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rank is below 1.</exception>
    public static int PlacesGained(int previousRank, int currentRank)
    {
        Guard.AtLeast(previousRank, 1);
        Guard.AtLeast(currentRank, 1);
        return previousRank - currentRank;
    }
}
