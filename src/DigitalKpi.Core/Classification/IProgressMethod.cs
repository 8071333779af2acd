namespace DigitalKpi.Core.Classification;

/// <summary>
/// A published progress-assessment method that turns one target's progress numbers into a verdict,
/// so that a user can reproduce the report they already publish (METHODS.md, policy table).
/// </summary>
/// <remarks>Implementations are immutable and safe to share between threads.</remarks>
public interface IProgressMethod
{
    /// <summary>A short stable name of the method, e.g. <c>eurostat</c> or <c>destatis</c>; it is copied into <see cref="MethodVerdict.Method"/>.</summary>
    string Name { get; }

    /// <summary>Assesses one target.</summary>
    /// <param name="input">The target's progress numbers.</param>
    /// <returns>The verdict with the method's own category and the numbers that decided it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    MethodVerdict Assess(ProgressInput input);

    /// <summary>
    /// Whether <see cref="Assess"/> reads <see cref="ProgressInput.Series"/>; the policies build the series for a method
    /// only when it does (most methods read the base and latest points alone).
    /// </summary>
    internal bool ReadsSeries => false;
}
