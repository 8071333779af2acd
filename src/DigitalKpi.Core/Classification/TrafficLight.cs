namespace DigitalKpi.Core.Classification;

/// <summary>
/// A red / yellow / green colour as used by ServiceNow, Spider Impact and Google OKR grades.
/// The numeric order is worst first, so "worst wins" roll-ups take the minimum.
/// </summary>
/// <remarks>The default value is <see cref="Red"/>.</remarks>
public enum TrafficLight
{
    /// <summary>Red: below the lowest acceptable band.</summary>
    Red = 0,

    /// <summary>Yellow (ServiceNow, Google OKR) or amber: acceptable but short of the top band.</summary>
    Yellow = 1,

    /// <summary>Green: the top band.</summary>
    Green = 2,
}
