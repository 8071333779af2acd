using System.Numerics;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Checks the text of a number against the double it parsed to: a non-zero literal too small for a double
/// (<c>1e-400</c>) parses to 0 (or -0), which would change the value silently, as <c>1e999</c> would become an infinity.
/// </summary>
internal static class NumberLiteral
{
    /// <summary>What the reader says of such a literal, after "found ...; expected a finite number".</summary>
    public const string BelowSmallestDouble = "the number is below the smallest double (±4.9e-324) and would read as 0; write 0 for zero";

    /// <summary>
    /// Whether the number text <paramref name="literal"/> (UTF-8 bytes from the JSON reader, or chars from CSV) parsed to
    /// <paramref name="value"/> only by underflowing to zero: the value is 0 but a digit 1–9 comes before the exponent.
    /// </summary>
    public static bool Underflowed<T>(ReadOnlySpan<T> literal, double value)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (value != 0)
        {
            return false;
        }

        foreach (var unit in literal)
        {
            var c = int.CreateTruncating(unit);
            if (c == 'e' || c == 'E')
            {
                return false;
            }

            if (c >= '1' && c <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a JSON number literal could underflow: it needs an exponent, or hundreds of digits.</summary>
    public static bool MayUnderflow(ReadOnlySpan<byte> literal)
        => literal.Length > 300 || literal.IndexOfAny((byte)'e', (byte)'E') >= 0;
}
