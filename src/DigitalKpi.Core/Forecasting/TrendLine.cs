using System.Globalization;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// The least-squares line through model-scale values z on a time axis, with what its prediction distribution
/// needs: the one computation shared by <see cref="TrendFit"/> and <see cref="TrendForecaster"/>, so both give the same numbers.
/// </summary>
/// <remarks>
/// One point gives a flat line with the reference standard deviation growing with √(t − t_n); two or more give the
/// ordinary least-squares line with s² = RSS/(n − 2), replaced by the reference when n = 2 or the fit is perfect
/// (FPP3 §7.6; R <c>predict.lm</c>). Reads the spans once each and allocates nothing.
/// </remarks>
internal readonly struct TrendLine
{
    /// <summary>Below this fraction of the reference standard deviation an estimated one counts as a perfect fit.</summary>
    private const double PerfectFitFraction = 1e-9;

    /// <summary>ln(double.MaxValue): the largest log-scale value whose exponential is a double.</summary>
    private const double LogMaxValue = 709.782712893384;

    /// <summary>ln(2.2250738585072014e-308), the smallest normal double: below it the exponential loses precision and then becomes 0.</summary>
    private const double LogMinNormal = -708.3964185322641;

    /// <summary>The 2.5% quantile of the standard normal, the lower end of its central 95% interval.</summary>
    private const double NormalLower95 = -1.9599639845400538;

    private TrendLine(int n, double meanTime, double meanZ, double slope, double sxx, double rss, double residualSigma, double sigma, bool usesReference, double lastTime)
    {
        N = n;
        MeanTime = meanTime;
        MeanZ = meanZ;
        Slope = slope;
        Sxx = sxx;
        Rss = rss;
        ResidualSigma = residualSigma;
        Sigma = sigma;
        UsesReference = usesReference;
        LastTime = lastTime;
    }

    public int N { get; }

    public double MeanTime { get; }

    public double MeanZ { get; }

    public double Slope { get; }

    public double Sxx { get; }

    public double Rss { get; }

    /// <summary>s = √(RSS/(n − 2)), 0 when n ≤ 2.</summary>
    public double ResidualSigma { get; }

    /// <summary>The standard deviation the forecasts use: s, or the reference when <see cref="UsesReference"/>.</summary>
    public double Sigma { get; }

    public bool UsesReference { get; }

    public double LastTime { get; }

    /// <summary>Residual degrees of freedom n − 2 (0 for one point).</summary>
    public int DegreesOfFreedom => Math.Max(N - 2, 0);

    /// <summary>True when forecasts are Student-t with <see cref="DegreesOfFreedom"/>; false when normal.</summary>
    public bool IsStudentT => N > 1 && !UsesReference;

    /// <summary>Fits the line to z at times t (equal lengths, at least 1, t strictly increasing).</summary>
    public static TrendLine Fit(ReadOnlySpan<double> t, ReadOnlySpan<double> z, double referenceSigma)
    {
        var n = z.Length;
        if (n == 1)
        {
            return new TrendLine(1, t[0], z[0], 0, 0, 0, 0, referenceSigma, true, t[0]);
        }

        double meanTime = 0, meanZ = 0;
        for (var i = 0; i < n; i++)
        {
            meanTime += t[i];
            meanZ += z[i];
        }

        meanTime /= n;
        meanZ /= n;
        double sxx = 0, sxz = 0;
        for (var i = 0; i < n; i++)
        {
            var dt = t[i] - meanTime;
            sxx += dt * dt;
            sxz += dt * (z[i] - meanZ);
        }

        var slope = sxz / sxx;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var r = z[i] - (meanZ + (slope * (t[i] - meanTime)));
            rss += r * r;
        }

        var df = n - 2;
        var s = df > 0 ? Math.Sqrt(rss / df) : 0;
        var usesReference = df == 0 || s <= PerfectFitFraction * referenceSigma;
        return new TrendLine(n, meanTime, meanZ, slope, sxx, rss, s, usesReference ? referenceSigma : s, usesReference, t[^1]);
    }

    /// <summary>
    /// Throws unless the line can forecast every time up to <see cref="FittedModel.MaxYearsAhead"/> years after the last
    /// one: the spread of the times, the slope, and the forecast centre and scale that far out are finite (they grow with
    /// the time, so finite there means finite at every earlier time). Nothing to check for one point.
    /// </summary>
    /// <param name="model">The model's name, for the message.</param>
    /// <param name="parameter">The caller's argument that holds the times.</param>
    /// <exception cref="ForecastException">An estimate overflows: the times are too close together (or too far apart) for the values.</exception>
    public void CheckFinite(string model, string parameter)
    {
        if (N == 1)
        {
            return;
        }

        const string tooClose = "the times are too close together for these values";
        if (!double.IsFinite(Sxx))
        {
            throw ForecastModel.Overflow(model, "the sum of squared deviations of the times", "the times are too far apart", parameter);
        }

        var far = LastTime + FittedModel.MaxYearsAhead;
        if (!(Sxx > 0) || !double.IsFinite(Slope) || !double.IsFinite(Centre(far)))
        {
            throw ForecastModel.Overflow(model, "the slope per year times the 1,000,000 years it forecasts", tooClose, parameter);
        }

        if (!double.IsFinite(Rss) || !double.IsFinite(Scale(far)))
        {
            throw ForecastModel.Overflow(model, "the forecast spread within the 1,000,000 years it forecasts", tooClose, parameter);
        }
    }

    /// <summary>
    /// Throws when the line, read on the log scale, puts the central 95% interval at <paramref name="time"/> beyond
    /// what a double holds once exponentiated: above e^709.78 (double.MaxValue) or below e^−708.40 (the smallest normal
    /// double). There a log-linear forecast's quantiles would be clamped to the largest double or to 0, and its
    /// intervals would lose their width (about 1,000 years ahead for a doubling every year).
    /// </summary>
    /// <param name="time">A time after the last observation.</param>
    /// <param name="model">The model's name, for the message.</param>
    /// <param name="parameter">The caller's argument that holds the time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The interval leaves that range; names <paramref name="parameter"/>.</exception>
    public void CheckLogRange(double time, string model, string parameter)
    {
        var centre = Centre(time);
        var half = -Scale(time) * (IsStudentT ? Utility.FastStudentT.Lower95(DegreesOfFreedom) : NormalLower95);
        if (centre + half > LogMaxValue || centre - half < LogMinNormal)
        {
            throw new ArgumentOutOfRangeException(
                parameter,
                time,
                string.Create(CultureInfo.InvariantCulture, $"The {model} forecast at {time:R} is beyond the range of double: its central 95% interval on the log scale, [{centre - half:R}, {centre + half:R}], must lie within [{LogMinNormal:R}, {LogMaxValue:R}]. Forecast a nearer time."));
        }
    }

    /// <summary>The line's value at <paramref name="time"/> on the model scale.</summary>
    public double Centre(double time) => N == 1 ? MeanZ : MeanZ + (Slope * (time - MeanTime));

    /// <summary>The prediction scale at <paramref name="time"/> (after the last observation): σ√(t − t_n) for one point, σ√(1 + 1/n + (t − t̄)²/S_xx) otherwise.</summary>
    public double Scale(double time)
    {
        if (N == 1)
        {
            return Sigma * Math.Sqrt(time - LastTime);
        }

        var d = time - MeanTime;
        return Sigma * Math.Sqrt(1 + (1.0 / N) + (d * d / Sxx));
    }
}
