using System.Globalization;

namespace DigitalKpi.Core.Tests.Calculators;

/// <summary>Runs a piece of test code with a given current culture and restores the previous one.</summary>
internal static class CultureScope
{
    public static T Run<T>(string cultureName, Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(cultureName);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
