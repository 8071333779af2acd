using System.Collections.Frozen;
using System.Collections.Immutable;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The catalogue of published methods with their published settings, by <see cref="IProgressMethod.Name"/>, and the
/// policy family each belongs to (METHODS.md policy table: <c>growth-ratio</c>, <c>projection</c>, <c>linear-ratio</c>,
/// <c>schedule</c>, <c>thresholds</c>).
/// </summary>
/// <remarks>Spider Impact is not listed: it needs a red flag per target (<see cref="SpiderImpactScore.Assess"/>). Thread-safe.</remarks>
public static class PublishedMethods
{
    /// <summary>Every listed method with its policy family, in the order of METHODS.md.</summary>
    private static readonly (IProgressMethod Method, string Policy)[] Entries =
    [
        (EurostatGrowthRatio.Instance, "growth-ratio"),
        (StatisticsCanadaProgress.Instance, "growth-ratio"),
        (UnsdProgressChart2022.Instance, "growth-ratio"),
        (new UnsdProgressChart2022(UnsdRateRatio.Aarrr), "growth-ratio"),
        (new UnsdProgressChart2022(UnsdRateRatio.CagrrAarrr), "growth-ratio"),
        (UnsdProjection2023.Instance, "projection"),
        (DestatisWeather.Instance, "projection"),
        (SdsnLinearRatio.Instance, "linear-ratio"),
        (VivaGoalsSchedule.Instance, "schedule"),
        (EngagedlySchedule.Instance, "schedule"),
        (ThresholdRules.ClearPoint, "thresholds"),
        (ThresholdRules.ServiceNow, "thresholds"),
        (ThresholdRules.GoogleOkr, "thresholds"),
    ];

    private static readonly FrozenDictionary<string, (IProgressMethod Method, string Policy)> ByName =
        Entries.ToFrozenDictionary(e => e.Method.Name, StringComparer.Ordinal);

    /// <summary>Every listed method, in the order of METHODS.md.</summary>
    public static ImmutableArray<IProgressMethod> All { get; } = [.. Entries.Select(e => e.Method)];

    /// <summary>Finds a method by name, e.g. <c>eurostat</c>, <c>unsd-2023</c>, <c>destatis</c> (ordinal, case-sensitive).</summary>
    /// <param name="name">The method name.</param>
    /// <param name="method">The method when found; otherwise null.</param>
    /// <returns>True when the name is listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, out IProgressMethod? method)
    {
        Guard.NotNull(name);
        method = ByName.TryGetValue(name, out var entry) ? entry.Method : null;
        return method is not null;
    }

    /// <summary>The policy family of a listed method: <c>growth-ratio</c>, <c>projection</c>, <c>linear-ratio</c>, <c>schedule</c> or <c>thresholds</c>.</summary>
    /// <param name="name">A listed method name.</param>
    /// <returns>The policy family name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a listed method.</exception>
    public static string PolicyOf(string name)
    {
        Guard.NotNull(name);
        return ByName.TryGetValue(name, out var entry)
            ? entry.Policy
            : throw new ArgumentException($"name must be a listed method ({string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal))}); received \"{name}\".", nameof(name));
    }
}
