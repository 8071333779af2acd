using System.Runtime.CompilerServices;

namespace DigitalKpi.Core.Utility;

/// <summary>Precondition for enum arguments, which C# lets callers cast from any integer.</summary>
internal static class EnumCheck
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is a named member of <typeparamref name="T"/>.</summary>
    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a defined {typeof(T).Name}; received {value}.");
}
