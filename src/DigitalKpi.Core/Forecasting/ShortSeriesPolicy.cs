using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// What a model assumes about uncertainty when the series is too short to estimate it: a reference
/// relative error rate, the standard deviation of a one-year-ahead change as a fraction of the level.
/// </summary>
/// <remarks>
/// <para>Programme series often have 1 to 3 points. With 1 point nothing about the spread can be
/// estimated; with a perfect fit (2 points on a line, or a constant series) the residual variance is 0.
/// In these cases — and only these — a model uses the reference variance instead of an estimate, so a
/// forecast of an uncertain future never has a zero-width interval. Each model documents where it
/// applies the rate and sets <see cref="FittedModel.UsesReferenceVariance"/>.</para>
/// <para>On the value scale the reference standard deviation per √year is
/// <c>rate × mean |y|</c> (or <c>rate</c> indicator units when every value is 0); on the log scale it is
/// <c>rate</c>; on the logit scale it is <c>4 × rate</c>, which equals <c>rate × (upper − lower)</c> on the value
/// scale at mid-range.</para>
/// <para>The default rate, 10% a year, is a cautious assumption, not an estimate: it errs towards wide
/// intervals when nothing is known about the indicator. Pass a rate calibrated on comparable indicators
/// when one is available.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class ShortSeriesPolicy
{
    /// <summary>Creates a policy with a reference relative error rate.</summary>
    /// <param name="referenceRelativeError">Standard deviation of a one-year-ahead change as a fraction of the level (0.1 = 10% a year); greater than 0 and at most 10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceRelativeError"/> is not in (0, 10].</exception>
    public ShortSeriesPolicy(double referenceRelativeError)
    {
        if (!(referenceRelativeError > 0 && referenceRelativeError <= 10))
        {
            throw new ArgumentOutOfRangeException(
                nameof(referenceRelativeError),
                referenceRelativeError,
                string.Create(CultureInfo.InvariantCulture, $"The reference relative error must be a fraction greater than 0 and at most 10 (0.1 = 10% a year); received {referenceRelativeError:R}."));
        }

        ReferenceRelativeError = referenceRelativeError;
    }

    /// <summary>The default policy: 10% a year.</summary>
    public static ShortSeriesPolicy Default { get; } = new(0.10);

    /// <summary>Standard deviation of a one-year-ahead change as a fraction of the level; in (0, 10].</summary>
    public double ReferenceRelativeError { get; }

    /// <summary>The policy as invariant text.</summary>
    /// <returns>The rate, such as <c>reference relative error 0.1 per year</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"reference relative error {ReferenceRelativeError:R} per year");

    /// <summary>Reference standard deviation per √year on the value scale: rate × mean |y|, or rate when all values are 0.</summary>
    internal double ValueScaleSigma(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += Math.Abs(v);
        }

        var level = values.Length == 0 ? 0 : sum / values.Length;
        return ReferenceRelativeError * (level > 0 ? level : 1);
    }

    /// <summary>Reference standard deviation per √year on the model scale of <paramref name="transform"/>.</summary>
    internal double ModelScaleSigma(ScaleTransform transform, ReadOnlySpan<double> values) => transform.Kind switch
    {
        ScaleTransformKind.Log => ReferenceRelativeError,
        ScaleTransformKind.Logit => 4 * ReferenceRelativeError,
        _ => ValueScaleSigma(values),
    };
}
