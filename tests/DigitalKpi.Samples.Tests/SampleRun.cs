namespace DigitalKpi.Samples.Tests;

/// <summary>The outcome of running a sample through its entry point.</summary>
internal sealed record SampleRun(int ExitCode, string Stdout, string Stderr)
{
    public static SampleRun Programme(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = DigitalKpi.Samples.Programme.Program.Run(args, stdout, stderr);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }

    public static SampleRun Provinces(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = DigitalKpi.Samples.Provinces.Program.Run(args, stdout, stderr);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }
}
