using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>One estimated parameter of a fitted model, with its standard error when the data allow one.</summary>
/// <remarks>
/// <para>Each model documents the names, units and scales of its parameters (for example
/// <c>slope</c> in indicator units per year). <c>default(ModelParameter)</c> has an empty name,
/// estimate 0 and no standard error. Equality compares all three members exactly. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct ModelParameter : IEquatable<ModelParameter>
{
    private readonly string? name;

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">Name as the model documents it, such as <c>slope</c>; not blank.</param>
    /// <param name="estimate">Estimated value; finite.</param>
    /// <param name="standardError">Standard error of the estimate, finite and at least 0, or null when it cannot be estimated (too few points).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimate"/> is not finite, or <paramref name="standardError"/> is negative or not finite.</exception>
    public ModelParameter(string name, double estimate, double? standardError)
    {
        this.name = Utility.Guard.NotBlank(name);
        Estimate = Utility.Guard.Finite(estimate);
        if (standardError is { } se)
        {
            Utility.Guard.NonNegative(se, nameof(standardError));
        }

        StandardError = standardError;
    }

    /// <summary>Name as the model documents it, such as <c>intercept</c>, <c>slope</c> or <c>drift</c>.</summary>
    public string Name => name ?? string.Empty;

    /// <summary>Estimated value, in the unit the model documents.</summary>
    public double Estimate { get; }

    /// <summary>Standard error of <see cref="Estimate"/>, or null when the data cannot give one.</summary>
    public double? StandardError { get; }

    /// <inheritdoc/>
    public bool Equals(ModelParameter other)
        => Name == other.Name && Estimate.Equals(other.Estimate) && Nullable.Equals(StandardError, other.StandardError);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ModelParameter other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Estimate, StandardError);

    /// <summary>The parameter as invariant text, such as <c>slope = 2.5 (se 0.3)</c>.</summary>
    /// <returns>Name, estimate and standard error when known.</returns>
    public override string ToString()
        => StandardError is { } se
            ? string.Create(CultureInfo.InvariantCulture, $"{Name} = {Estimate:R} (se {se:R})")
            : string.Create(CultureInfo.InvariantCulture, $"{Name} = {Estimate:R}");

    /// <summary>True when name, estimate and standard error are equal.</summary>
    /// <param name="left">First parameter.</param>
    /// <param name="right">Second parameter.</param>
    /// <returns>Whether the parameters are equal.</returns>
    public static bool operator ==(ModelParameter left, ModelParameter right) => left.Equals(right);

    /// <summary>True when name, estimate or standard error differ.</summary>
    /// <param name="left">First parameter.</param>
    /// <param name="right">Second parameter.</param>
    /// <returns>Whether the parameters differ.</returns>
    public static bool operator !=(ModelParameter left, ModelParameter right) => !left.Equals(right);
}
