using DigitalKpi.Core.Classification;
using DigitalKpi.Core.TimeSeries;

namespace DigitalKpi.Core.Tests.Classification;

/// <summary>
/// The derived vectors of METHODS.md §1.10, as inputs. Hand computation (Python 3, math only, same formulas) of
/// every number the tests expect:
/// <code>
/// A: 0.48 (2020) → 0.60 (2023), target 0.71 in 2025
///    CAGR_a = 1.25^(1/3) − 1 = 0.077217   CAGR_r = (0.71/0.48)^(1/5) − 1 = 0.081442   R = 0.948121
///    ŷ2025 = 0.60·1.077217² = 0.696238    P = (0.696238 − 0.48)/0.23 = 0.940167
///    linear 0.04/yr vs 0.046/yr = 0.869565   Destatis ŷ = 0.68, shortfall 0.03/0.11 = 0.272727
///    E = 3/5 = 0.6, A = 0.12/0.23 = 0.521739, gap 7.8261 pts
/// B: 30 (2020) → 45 (2023), target 80 in 2025
///    CAGR_a = 1.5^(1/3) − 1 = 0.144714    CAGR_r = (8/3)^(1/5) − 1 = 0.216729   R = 0.667721
///    ŷ = 45·1.144714² = 58.966681          P = 28.966681/50 = 0.579334
///    linear 5/yr vs 10/yr = 0.5 exactly (boundary)   Destatis ŷ = 55, shortfall 25/35 = 0.714286
///    E = 0.6, A = 15/50 = 0.3, gap 30 pts
/// C: 20 (2020) → 43 (2024), target 53 in 2025 (services out of 53)
///    CAGR_a = 2.15^(1/4) − 1 = 0.210904    CAGR_r = 2.65^(1/5) − 1 = 0.215204    R = 0.980018
///    ŷ = 43·1.210904 = 52.068860           P = 32.068860/33 = 0.971784
///    linear 5.75/yr vs 6.6/yr = 0.871212   Destatis ŷ = 48.75, shortfall 4.25/10 = 0.425 (geometric 0.093114)
///    E = 4/5 = 0.8, A = 23/33 = 0.696970, gap 10.3030 pts
/// </code>
/// All METHODS.md §1.10 numbers agree with these to the digits it prints.
/// </summary>
internal static class ProgressCases
{
    public static ProgressInput A { get; } = new(2020, 0.48, 2023, 0.60, 2025, 0.71);

    public static ProgressInput B { get; } = new(2020, 30, 2023, 45, 2025, 80);

    public static ProgressInput C { get; } = new(2020, 20, 2024, 43, 2025, 53);

    /// <summary>Case A with four yearly points (Destatis needs at least four); the window's ends are the two points above.</summary>
    public static ProgressInput ASeries { get; } = ProgressInput.FromSeries(
        new TimedSeries([2020, 2021, 2022, 2023], [0.48, 0.50, 0.55, 0.60]), 2025, 0.71);

    /// <summary>Case B with four yearly points.</summary>
    public static ProgressInput BSeries { get; } = ProgressInput.FromSeries(
        new TimedSeries([2020, 2021, 2022, 2023], [30, 33, 40, 45]), 2025, 80);

    /// <summary>Case C with five yearly points.</summary>
    public static ProgressInput CSeries { get; } = ProgressInput.FromSeries(
        new TimedSeries([2020, 2021, 2022, 2023, 2024], [20, 25, 30, 38, 43]), 2025, 53);
}
