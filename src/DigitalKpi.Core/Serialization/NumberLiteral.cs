namespace DigitalKpi.Core.Serialization;

/// <summary>
/// Checks the text of a number against the double it parsed to: a non-zero literal too small for a double
/// (<c>1e-400</c>) parses to 0 (or -0), which would change the value silently, as <c>1e999</c> would become an infinity.
/// </summary>
internal static class NumberLiteral
{
    /// <summary>What the reader says of such a literal, after "found ...; expected a finite number".</summary>
    public const string BelowSmallestDouble = "the number is below the smallest double (±4.9e-324) and would read as 0; write 0 for zero";

    /// <summary>Whether the UTF-8 number text <paramref name="literal"/> parsed to <paramref name="value"/> only by underflowing to zero.</summary>
    public static bool Underflowed(ReadOnlySpan<byte> literal, double value)
    {
        if (value != 0)
        {
            return false;
        }

        foreach (var b in literal)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the number text <paramref name="literal"/> parsed to <paramref name="value"/> only by underflowing to zero.</summary>
    public static bool Underflowed(ReadOnlySpan<char> literal, double value)
    {
        if (value != 0)
        {
            return false;
        }

        foreach (var c in literal)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
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
