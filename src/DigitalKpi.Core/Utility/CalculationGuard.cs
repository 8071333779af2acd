using System.Globalization;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Utility;

/// <summary>
/// Checks shared by the calculators: a computed result must be finite (inputs that are each valid can still
/// overflow together), and a <see cref="Polarity"/> must be a defined value.
/// </summary>
internal static class CalculationGuard
{
    /// <summary>
    /// Returns <paramref name="result"/> when it is finite; otherwise throws <see cref="ArgumentOutOfRangeException"/>
    /// saying which result (<paramref name="what"/>, e.g. "percent change") could not be represented, with
    /// <paramref name="paramName"/> the caller's input responsible (the divisor, the exponent, the summed span).
    /// </summary>
    public static double FiniteResult(double result, string what, string paramName)
    {
        if (!double.IsFinite(result))
        {
            throw new ArgumentOutOfRangeException(
                paramName: paramName,
                message: $"The {what} of these inputs must be a finite number; received {result.ToString("R", CultureInfo.InvariantCulture)}. The inputs are too large or too small for this calculation.");
        }

        return result;
    }

    /// <summary>+1 for <see cref="Polarity.HigherIsBetter"/>, −1 for <see cref="Polarity.LowerIsBetter"/>; throws <see cref="ArgumentOutOfRangeException"/> for any other value.</summary>
    public static int Direction(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => 1,
        Polarity.LowerIsBetter => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"polarity must be HigherIsBetter or LowerIsBetter; received {(int)polarity}."),
    };
}
