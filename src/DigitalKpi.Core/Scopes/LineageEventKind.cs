namespace DigitalKpi.Core.Scopes;

/// <summary>How a scope's territory changed.</summary>
/// <remarks>The default value is <see cref="MergedInto"/>.</remarks>
public enum LineageEventKind
{
    /// <summary>The scope ceased on the effective date and its territory became part of the other scope (Hải Dương into Hải Phòng, 2025-07-01).</summary>
    MergedInto = 0,

    /// <summary>The scope was created on the effective date from part of the other scope.</summary>
    SplitFrom = 1,
}
