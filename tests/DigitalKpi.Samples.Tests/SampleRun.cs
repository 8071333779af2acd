namespace DigitalKpi.Samples.Tests;

/// <summary>The outcome of running a sample through its entry point.</summary>
internal sealed record SampleRun(int ExitCode, string Stdout, string Stderr)
{
    public static SampleRun Programme(params string[] args) => Capture(args, DigitalKpi.Samples.Programme.Program.Run);

    public static SampleRun Provinces(params string[] args) => Capture(args, DigitalKpi.Samples.Provinces.Program.Run);

    private static SampleRun Capture(string[] args, Func<string[], TextWriter, TextWriter, bool, int> run)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = run(args, stdout, stderr, false);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }
}
