namespace DigitalKpi.Samples.Programme;

/// <summary>A problem the user can fix (a bad option, a missing or malformed file): one line on standard error, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
