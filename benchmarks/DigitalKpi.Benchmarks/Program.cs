using BenchmarkDotNet.Running;

namespace DigitalKpi.Benchmarks;

/// <summary>Hands the command line to BenchmarkDotNet: <c>dotnet run -c Release -- --filter '*'</c>; <c>--scale</c> runs the million-target timing instead.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--scale")
        {
            return ScaleRun.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
