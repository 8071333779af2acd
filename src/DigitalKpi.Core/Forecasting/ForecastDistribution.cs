using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The forecast of an indicator at one future time, as a probability distribution of its value:
/// the centre (<see cref="Mean"/>, <see cref="Median"/>), the spread, any quantile, the cumulative
/// probability, central prediction intervals at any level, and the probability of meeting a target.
/// </summary>
/// <remarks>
/// <para>All values are in the indicator's unit; <see cref="Time"/> is in years on the axis of
/// <see cref="TimeSeries.TimedSeries"/>. Every distribution is continuous with a strictly increasing
/// quantile function, so intervals at a higher level contain those at a lower level and no interval
/// has zero width, except where double precision cannot tell its ends apart (a saturating trend's interval far
/// ahead, whose ends can both round onto the bound they approach; see <see cref="Interval"/>). A log-linear forecast
/// is refused where its 95% interval would leave double's range, and its quantiles beyond that level are clamped to
/// 0 and double.MaxValue (see <see cref="LogLinearTrendModel"/>).</para>
/// <para>The public members validate their arguments; no member returns NaN or infinity.
/// Implementations: <see cref="NormalForecast"/>, <see cref="StudentTForecast"/>, <see cref="TransformedForecast"/>.
/// Instances are immutable and thread-safe.</para>
/// <para>Source: Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §5.5
/// (distributional forecasts and prediction intervals); fable's <c>distributional</c> forecasts.</para>
/// </remarks>
public abstract class ForecastDistribution
{
    /// <summary>Initialises the time of the forecast.</summary>
    /// <param name="time">Time of the forecast in years; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not finite.</exception>
    private protected ForecastDistribution(double time)
    {
        Time = Utility.Guard.Finite(time);
    }

    /// <summary>Time the forecast is for, in years.</summary>
    public double Time { get; }

    /// <summary>Expected value, in the indicator's unit. Each implementation documents how it is obtained where the exact expectation does not exist.</summary>
    public abstract double Mean { get; }

    /// <summary>The 50% quantile, in the indicator's unit: the value equally likely to be exceeded or not.</summary>
    public abstract double Median { get; }

    /// <summary>Standard deviation in the indicator's unit, finite and at least 0, or null where it is not defined (a Student-t distribution with 2 or fewer degrees of freedom).</summary>
    public abstract double? StandardDeviation { get; }

    /// <summary>The value below which the indicator falls with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability, strictly between 0 and 1.</param>
    /// <returns>The quantile in the indicator's unit; finite.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1.</exception>
    public double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(p),
                p,
                string.Create(CultureInfo.InvariantCulture, $"A quantile probability must lie strictly between 0 and 1; received {p:R}. For a percentile such as 90, pass 0.9."));
        }

        return FiniteQuantile(p);
    }

    /// <summary>The probability that the indicator is at most <paramref name="x"/>.</summary>
    /// <param name="x">A value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double Cdf(double x) => Math.Clamp(CdfCore(Utility.Guard.Finite(x)), 0, 1);

    /// <summary>The central interval that contains the future value with the probability of <paramref name="level"/>: from the (1 − c)/2 to the (1 + c)/2 quantile, c = level as a fraction.</summary>
    /// <remarks>The upper end is the value exceeded with probability (1 − c)/2, computed from that tail probability
    /// itself: forming 1 − (1 − c)/2 would round to 1 for levels within about 2e-14 of 100%, which the level admits.</remarks>
    /// <param name="level">Coverage of the interval.</param>
    /// <returns>The interval; its width is greater than 0 whenever double precision can tell its ends apart (the ends of a
    /// saturating trend's interval far ahead can both round to the bound they approach, see <see cref="SaturatingTrendModel"/>).</returns>
    public PredictionInterval Interval(PredictionLevel level)
    {
        var tail = (1 - level.Fraction) / 2;
        return new PredictionInterval(level, FiniteQuantile(tail), UpperTailQuantile(tail));
    }

    /// <summary>The probability that the indicator reaches at least <paramref name="x"/>: the chance of meeting an "at least" target.</summary>
    /// <param name="x">A value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double ProbabilityAtLeast(double x) => 1 - Cdf(x);

    /// <summary>The probability that the indicator is at most <paramref name="x"/>: the chance of meeting an "at most" target. Equal to <see cref="Cdf"/>.</summary>
    /// <param name="x">A value in the indicator's unit; finite.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public double ProbabilityAtMost(double x) => Cdf(x);

    /// <summary>The probability that the indicator lies between <paramref name="lower"/> and <paramref name="upper"/>: the chance of meeting a "between" target.</summary>
    /// <param name="lower">Lower end in the indicator's unit; finite.</param>
    /// <param name="upper">Upper end in the indicator's unit; finite and at least <paramref name="lower"/>.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public double ProbabilityBetween(double lower, double upper)
    {
        Utility.IntervalEnds.Check(lower, upper);
        return Math.Clamp(Cdf(upper) - Cdf(lower), 0, 1);
    }

    /// <summary>The distribution as invariant text: kind, time, median and 95% interval.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{GetType().Name} at {Time:R}: median {Median:R}, {Interval(PredictionLevel.NinetyFive)}");

    /// <summary>The value exceeded with probability <paramref name="q"/>, that is the quantile at 1 − <paramref name="q"/> without
    /// forming 1 − <paramref name="q"/>, held at ±<see cref="double.MaxValue"/> like <see cref="FiniteQuantile"/>.</summary>
    /// <param name="q">Upper-tail probability in (0, 1).</param>
    /// <returns>The upper-tail quantile, finite.</returns>
    internal double UpperTailQuantile(double q) => Math.Clamp(UpperQuantileCore(q), -double.MaxValue, double.MaxValue);

    /// <summary>The quantile, with a result beyond the range of double (extreme tails of heavy-tailed distributions) held at ±<see cref="double.MaxValue"/>.</summary>
    private double FiniteQuantile(double p) => Math.Clamp(QuantileCore(p), -double.MaxValue, double.MaxValue);

    /// <summary>The quantile at <paramref name="p"/>, already checked to be strictly between 0 and 1; must be finite and strictly increasing in <paramref name="p"/>.</summary>
    /// <param name="p">Probability in (0, 1).</param>
    /// <returns>The quantile.</returns>
    private protected abstract double QuantileCore(double p);

    /// <summary>The value exceeded with probability <paramref name="q"/>, already checked to be strictly between 0 and 1: the
    /// quantile at 1 − <paramref name="q"/>, computed from <paramref name="q"/> itself so that it stays exact (and below the
    /// top of the distribution) where 1 − <paramref name="q"/> would round, or round to 1. Wherever 1 − <paramref name="q"/> is
    /// exact in double it must equal <see cref="QuantileCore"/> at 1 − <paramref name="q"/> to the last bit.</summary>
    /// <param name="q">Upper-tail probability in (0, 1).</param>
    /// <returns>The upper-tail quantile.</returns>
    private protected abstract double UpperQuantileCore(double q);

    /// <summary>The cumulative probability at a finite <paramref name="x"/>.</summary>
    /// <param name="x">A finite value.</param>
    /// <returns>A probability in [0, 1].</returns>
    private protected abstract double CdfCore(double x);
}
