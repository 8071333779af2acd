using System.Globalization;

namespace DigitalKpi.Core.Tests.Text;

/// <summary>Runs an assertion under a given current culture and restores the previous one.</summary>
internal static class CultureScope
{
    public static readonly string[] Cultures = ["vi-VN", "en-US", ""];

    public static void Run(string culture, Action action)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    public static void RunUnderEach(Action action)
    {
        foreach (var c in Cultures)
        {
            Run(c, action);
        }
    }
}
