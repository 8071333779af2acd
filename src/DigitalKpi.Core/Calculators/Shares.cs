using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Calculators;

/// <summary>
/// Shares of a whole in percent: one part (43 of 53 services = 81.13%), and all parts of a whole rounded
/// so that the published shares add up to exactly 100 (18, 27 and 17 of 62 goals = 29 / 43.5 / 27.5).
/// </summary>
/// <remarks>To pool shares measured in several scopes, add numerators and denominators with <see cref="Rates.PooledPercent"/>; never average the percentages.</remarks>
public static class Shares
{
    /// <summary>Decimals to which remainders are rounded before they are compared, so that remainders equal in exact arithmetic tie.</summary>
    private const int RemainderDecimals = 9;

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> in percent: "k of n".</summary>
    /// <param name="part">The count or amount in the part, finite, from 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The count or amount of the whole, finite and greater than 0.</param>
    /// <returns>100 × part ÷ whole, in [0, 100]; 43 of 53 is 81.13%, 388 of 1,146 is 33.86%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is zero, negative or not finite (a share of nothing is undefined); <paramref name="part"/> is negative, above <paramref name="whole"/> or not finite.</exception>
    /// <remarks>Formula: s = 100·k ÷ n. To compare a value with a target rather than a part with its whole, use <see cref="Attainment.Percent"/> (which may exceed 100).</remarks>
    public static double PercentOf(double part, double whole)
    {
        Guard.Positive(whole);
        Guard.InRange(part, 0, whole);
        return part / whole * 100;
    }

    /// <summary>
    /// The shares of <paramref name="parts"/> in their total, in percent, rounded to multiples of
    /// <paramref name="step"/> so that they add up to exactly 100: the largest-remainder (Hamilton) method.
    /// </summary>
    /// <param name="parts">The parts of the whole (counts or amounts), each finite and at least 0, at least one, with a total greater than 0.</param>
    /// <param name="step">The rounding step in percentage points, greater than 0 and dividing 100 a whole number of times (within 1e-9): 1 for whole percent, 0.1 for one decimal, 0.5 for halves.</param>
    /// <returns>A new array with one share per part, in input order; each is a multiple of <paramref name="step"/>, computed as (units × 100) ÷ (100 ÷ step) so that 27.5 is exactly 27.5; the units add up to exactly 100 ÷ step.</returns>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or not finite; the parts add up to 0 or to an infinite total; or <paramref name="step"/> is not positive, above 100, not finite or does not divide 100.</exception>
    /// <remarks>
    /// <para>Method: each exact share q = 100·part ÷ total is written as a number of steps u = q ÷ step; every part first gets
    /// ⌊u⌋ steps, and the steps still missing to reach 100 go one each to the parts with the largest fractional remainders
    /// u − ⌊u⌋. Ties (remainders equal to 9 decimals) go to the part that comes first in <paramref name="parts"/>.
    /// A part of 0 always gets 0. Source: Hamilton's method of apportionment (Balinski and Young, "Fair Representation", 2001);
    /// the same rule is known as the largest-remainder method in election law.</para>
    /// <para>Programme figures: 18, 27 and 17 of 62 goals are 29.03 / 43.55 / 27.42 exactly. The programme published
    /// 29 / 43.5 / 27.5, which is this method at a step of 0.5 points: 58.06 / 87.10 / 54.84 half-points give floors
    /// 58 / 87 / 54 (sum 199 of 200) and the missing half-point goes to the largest remainder, 0.84. At a step of 0.1
    /// the method gives 29.0 / 43.6 / 27.4 and at a step of 1 it gives 29 / 44 / 27; naive rounding to one decimal gives
    /// 29.0 / 43.5 / 27.4, which adds up to 99.9.</para>
    /// </remarks>
    public static double[] RoundedToHundred(ReadOnlySpan<double> parts, double step)
    {
        if (parts.IsEmpty)
        {
            throw new ArgumentException("parts must contain at least one part; received none.", nameof(parts));
        }

        var totalUnits = StepsInHundred(step);
        var total = 0.0;
        for (var i = 0; i < parts.Length; i++)
        {
            total += ItemGuard.NonNegative(parts[i], i, nameof(parts));
        }

        ItemGuard.PositiveTotal(total, nameof(parts));

        var units = new long[parts.Length];
        var remainders = new double[parts.Length];
        var order = new int[parts.Length];
        long assigned = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var exact = parts[i] / total * totalUnits;
            var floor = Math.Floor(exact);
            units[i] = (long)floor;
            remainders[i] = parts[i] > 0 ? Math.Round(exact - floor, RemainderDecimals) : -1;
            order[i] = i;
            assigned += units[i];
        }

        // Largest remainder first; equal remainders keep input order (the comparison falls back on the index).
        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });

        var missing = (long)totalUnits - assigned;
        for (var k = 0; k < missing; k++)
        {
            units[order[k]]++;
        }

        var shares = new double[parts.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = units[i] * 100.0 / totalUnits;
        }

        return shares;
    }

    /// <summary>
    /// The number of rounding steps in 100 percentage points (200 for a step of 0.5), as <see cref="RoundedToHundred"/>
    /// checks and uses it; callers that take a rounding step check it here once, before any parts are rounded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive, above 100, not finite, does not divide 100 (within 1e-9) or is so small that 100 holds more than <see cref="int.MaxValue"/> steps.</exception>
    internal static double StepsInHundred(double step)
    {
        var exactUnits = 100 / step;
        var totalUnits = Math.Round(exactUnits);
        if (!(step > 0) || step > 100 || Math.Abs(exactUnits - totalUnits) > 1e-9 * totalUnits || totalUnits > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be greater than 0 and divide 100 a whole number of times (such as 1, 0.5, 0.1 or 0.01); received {step.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return totalUnits;
    }
}
