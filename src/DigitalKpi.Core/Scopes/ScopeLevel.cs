namespace DigitalKpi.Core.Scopes;

/// <summary>The administrative level of a scope.</summary>
/// <remarks>The default value is <see cref="Nation"/>.</remarks>
public enum ScopeLevel
{
    /// <summary>The whole country (workbook <c>nation</c>).</summary>
    Nation = 0,

    /// <summary>A ministry or central agency (<c>ministry</c>).</summary>
    Ministry = 1,

    /// <summary>A province or centrally-run city (<c>province</c>).</summary>
    Province = 2,

    /// <summary>A commune, ward or town (<c>commune</c>).</summary>
    Commune = 3,

    /// <summary>Any other unit: an enterprise group, a programme office (<c>other</c>).</summary>
    Other = 4,
}
