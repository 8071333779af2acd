using System.Reflection;
using DigitalKpi.Core.Indicators;

namespace DigitalKpi.Core.Tests.Conventions;

/// <summary>
/// Enforces the rules of STYLE.md that reflection can check over every public type of the library:
/// value types have value equality, classes are sealed, abstract or static, no type repeats its
/// namespace's name or shadows a name users import beside ours, and no public record exists.
/// </summary>
public class PublicApiConventionsTests
{
    private static readonly Type[] PublicTypes = typeof(Polarity).Assembly.GetExportedTypes();

    public static TheoryData<Type> PublicStructs()
    {
        var data = new TheoryData<Type>();
        foreach (var t in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void PublicStruct_IsReadOnlyAndEquatableWithOperators(Type type)
    {
        Assert.True(type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)), $"{type} must be a readonly struct.");
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
    }

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_AreNotRecords()
    {
        // A record's compiler-generated clone method lets `with` copy without re-running constructor checks.
        var records = PublicTypes.Where(t => t.GetMethod("<Clone>$") is not null).Select(t => t.FullName).ToList();
        Assert.Empty(records);
    }

    [Fact]
    public void PublicTypes_DoNotTakeTheirNamespacesNameOrShadowCommonImports()
    {
        string[] shadowed = ["Period", "Task", "Instant", "Duration", "Interval", "Range", "Index", "Timer"];
        var offenders = PublicTypes
            .Where(t => t.Namespace is not null && (t.Namespace.Split('.')[^1] == t.Name || shadowed.Contains(t.Name)))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicTypes_LiveInTheAreaFolderNamespaces()
    {
        string[] areas =
        [
            "Indicators", "Scopes", "Periods", "Text", "Observations", "Targets", "Programmes", "TimeSeries",
            "Calculators", "Forecasting", "Classification", "Rollups", "Serialization", "Localization",
        ];
        var misplaced = PublicTypes
            .Where(t => t.Namespace is null || !areas.Contains(t.Namespace["DigitalKpi.Core.".Length..].Split('.')[0]))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(misplaced);
    }
}
