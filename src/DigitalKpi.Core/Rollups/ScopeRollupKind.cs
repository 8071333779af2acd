namespace DigitalKpi.Core.Rollups;

/// <summary>Which scopes' observations a rate is rolled up from.</summary>
/// <remarks>The default value is <see cref="Successor"/>.</remarks>
public enum ScopeRollupKind
{
    /// <summary>
    /// The scope itself and every scope that merged into it (directly or through other merges): the series of today's
    /// unit on its present territory, e.g. Hải Phòng city with the former Hải Dương province (merged 2025-07-01).
    /// </summary>
    Successor = 0,

    /// <summary>The scope's direct children (e.g. the provinces of the nation); the scope's own observations are not used.</summary>
    Children = 1,
}
