namespace DigitalKpi.Core.Utility;

/// <summary>Validation shared by the identifier value types (indicator, scope, target ids).</summary>
internal static class IdText
{
    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="value"/> is non-empty and has no white space.</summary>
    public static string Validate(string? value, string kind, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{kind} must be a non-empty text without spaces; received {(value is null ? "null" : "an empty text")}.", name);
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException($"{kind} must be a non-empty text without spaces or control characters; received \"{value}\".", name);
            }
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="value"/> is the default (empty) identifier.</summary>
    public static void NotDefault(string value, string kind, string name)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException($"{name} must be a {kind}; received the default (empty) {kind}.", name);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an optional text is given but blank; returns it unchanged.</summary>
    public static string? OptionalNotBlank(string? value, string name)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be null (absent) or a non-blank text; received \"{value}\".", name);
        }

        return value;
    }
}
