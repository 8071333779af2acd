namespace DigitalKpi.Core.Classification.Backtesting;

/// <summary>
/// One bin of a reliability table: the cases whose forecast probability fell in [<see cref="Lower"/>, <see cref="Upper"/>),
/// their mean forecast probability and the share of them that were met. A calibrated policy has the two close.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="PolicyCalibration"/>.</remarks>
public sealed class CalibrationBin
{
    internal CalibrationBin(double lower, double upper, int count, double? meanProbability, double? observedFrequency)
    {
        Lower = lower;
        Upper = upper;
        Count = count;
        MeanProbability = meanProbability;
        ObservedFrequency = observedFrequency;
    }

    /// <summary>The lower end of the bin (inclusive), in [0, 1].</summary>
    public double Lower { get; }

    /// <summary>The upper end of the bin: exclusive, except 1 for the last bin, which includes it.</summary>
    public double Upper { get; }

    /// <summary>Cases whose probability fell in the bin.</summary>
    public int Count { get; }

    /// <summary>The mean forecast probability of those cases; null for an empty bin.</summary>
    public double? MeanProbability { get; }

    /// <summary>The share of those cases whose target was met (a fraction); null for an empty bin.</summary>
    public double? ObservedFrequency { get; }

    /// <summary>An invariant description, e.g. <c>[0.7, 0.8): 12 cases, mean p 0.74, met 0.67</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Lower}, {Upper}{(Upper == 1 ? "]" : ")")}: {Count} cases, mean p {MeanProbability:0.###}, met {ObservedFrequency:0.###}");
}
