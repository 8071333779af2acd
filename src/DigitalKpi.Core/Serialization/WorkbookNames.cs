using System.Text.Json;

namespace DigitalKpi.Core.Serialization;

/// <summary>
/// The workbook's names of the values of an enum: the member name in camelCase (<c>HalfYear</c> ↔
/// <c>halfYear</c>), matched case-sensitively, as WORKBOOK.md writes them.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class WorkbookNames<T>
    where T : struct, Enum
{
    private static readonly (string Name, T Value)[] Entries =
        [.. Enum.GetValues<T>().Select(value => (JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), value))];

    /// <summary>The allowed names, comma separated, for error messages.</summary>
    public static string Allowed { get; } = string.Join(", ", Entries.Select(e => e.Name));

    /// <summary>The workbook name of <paramref name="value"/>.</summary>
    public static string NameOf(T value)
    {
        foreach (var (name, entry) in Entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no member {value}.");
    }

    /// <summary>The enum value named <paramref name="text"/>; false when no member has that workbook name.</summary>
    public static bool TryParse(string text, out T value)
    {
        foreach (var (name, entry) in Entries)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = entry;
                return true;
            }
        }

        value = default;
        return false;
    }
}
