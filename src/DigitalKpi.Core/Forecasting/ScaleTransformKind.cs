namespace DigitalKpi.Core.Forecasting;

/// <summary>The family of a <see cref="ScaleTransform"/>.</summary>
public enum ScaleTransformKind
{
    /// <summary>No transform: the model scale is the value scale. The <c>default</c> of <see cref="ScaleTransform"/>.</summary>
    Identity = 0,

    /// <summary>Natural logarithm, for positive indicators: z = ln y, y = e^z.</summary>
    Log = 1,

    /// <summary>Logit of the position between two bounds, for bounded indicators: z = ln((y − L) / (U − y)), y = L + (U − L) / (1 + e^−z).</summary>
    Logit = 2,
}
