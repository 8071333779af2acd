namespace DigitalKpi.Core.Classification;

/// <summary>
/// A published progress-assessment method that turns one target's progress numbers into a verdict,
/// so that a user can reproduce the report they already publish (METHODS.md, policy table).
/// </summary>
/// <remarks>
/// <para><b>Cut-offs.</b> Every method compares its computed ratio, gap, share or progress with its cut-offs so that a
/// value within 1e-12 relative of a cut-off (relative to the larger magnitude of the value and the cut-off) counts as
/// on the cut-off: an inclusive end takes it in, an exclusive end leaves it out. A ratio that is 1 by hand but
/// 0.9999999999999999 in binary floating point is therefore on an inclusive cut-off of 1 (METHODS.md §1.10 pins the
/// boundary cases). Values further than that from a cut-off are compared as they are; a cut-off of 0 is compared exactly.</para>
/// <para>Implementations are immutable and safe to share between threads.</para>
/// </remarks>
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
