using DigitalKpi.Core.Indicators;
using DigitalKpi.Core.Utility;

namespace DigitalKpi.Core.Classification;

/// <summary>
/// The mapping every published method shares (METHODS.md, first table): done if achieved; missed when the
/// deadline has come without achieving it; not assessable when the method cannot compute; likely in the
/// method's top band; at risk otherwise. Also the growth-ratio core shared by Eurostat, Statistics Canada and UNSD 2022,
/// and the growth reading of their rules for indicators without a target (with UNSD 2023's).
/// </summary>
internal static class VerdictRules
{
    /// <summary>Generic category for a method that has no own name for "achieved".</summary>
    public const string Achieved = "Target achieved";

    /// <summary>Generic category when the method cannot compute.</summary>
    public const string NotAssessable = "Unable to assess";

    /// <summary>Resolves our status in the fixed order achieved → missed → not assessable → top band → at risk.</summary>
    public static Status Resolve(bool achieved, bool deadlinePassed, bool assessable, bool topBand)
        => achieved ? Status.Done
            : deadlinePassed ? Status.Missed
            : !assessable ? Status.NotAssessable
            : topBand ? Status.Likely
            : Status.AtRisk;

    /// <summary>
    /// Growth-rate ratio with the direction factor, as in Statistics Canada's implementation:
    /// <c>R = s·d·CAGR_a / |CAGR_r|</c>, <c>s</c> the sign of the base value. False when a rate is undefined;
    /// <paramref name="ratio"/> is null when <c>CAGR_r = 0</c> (base equals target).
    /// </summary>
    public static bool TryGrowthRatio(ProgressInput input, double? zeroSubstitute, out double actualRate, out double requiredRate, out double? ratio)
    {
        ratio = null;
        requiredRate = 0;
        var y0 = input.BaseValue;
        var yT = input.EffectiveTargetValue;
        if (zeroSubstitute is { } z)
        {
            y0 = y0 == 0 ? z : y0;
            yT = yT == 0 ? z : yT;
        }

        if (!ProgressMath.TryCagr(y0, input.LatestValue, input.LatestTime - input.BaseTime, out actualRate)
            || !ProgressMath.TryCagr(y0, yT, input.TargetTime - input.BaseTime, out requiredRate))
        {
            return false;
        }

        if (requiredRate != 0)
        {
            ratio = ProgressMath.FiniteOrNull(Math.Sign(y0) * input.Direction * actualRate / Math.Abs(requiredRate));
        }

        return true;
    }

    /// <summary>The verdict of a method that cannot compute: not assessable, with the generic category.</summary>
    public static MethodVerdict NotAssessableVerdict(string method)
        => new(method, Status.NotAssessable, NotAssessable, "common.notAssessable");

    /// <summary>
    /// The reading of an indicator without a target that Eurostat, Statistics Canada and UNSD share: the observed
    /// <c>CAGR = (yt/y0)^(1/(t−t0)) − 1</c> and <c>p = s·d·CAGR</c> (<c>s</c> the sign of <c>y0</c>, <c>d</c> = −1 when
    /// lower is better, else +1), so that <c>p &gt; 0</c> is progress. False when the rate is undefined.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    public static bool TryNoTargetRate(double baseTime, double baseValue, double latestTime, double latestValue, Polarity polarity, out double rate, out double progress)
    {
        Guard.Finite(baseTime);
        Guard.Finite(baseValue);
        Guard.Finite(latestTime);
        Guard.Finite(latestValue);
        if (!ProgressMath.TryCagr(baseValue, latestValue, latestTime - baseTime, out rate))
        {
            progress = 0;
            return false;
        }

        progress = Math.Sign(baseValue) * (polarity == Polarity.LowerIsBetter ? -1 : 1) * rate;
        return true;
    }

    /// <summary>
    /// The verdict of a schedule method when the latest value is its own start (no baseline or earlier observation
    /// before it): no time has elapsed and no progress made, so "on track" would hold for any value. Not assessable
    /// (missed after the deadline); null when the schedule has a start or the target is already achieved.
    /// </summary>
    public static MethodVerdict? WithoutScheduleStart(string method, ProgressInput input)
        => input.IsAchieved || input.LatestTime > input.BaseTime
            ? null
            : new MethodVerdict(method, Resolve(false, input.IsDeadlinePassed, false, false), NotAssessable, "common.notAssessable");

    /// <summary>
    /// Time-elapsed schedule numbers: actual progress <c>(yt − y0)/(yT − y0)</c> (null when the base already meets
    /// the target) and expected progress <c>(t − t0)/(T − t0)</c> clamped to [0, 1].
    /// </summary>
    public static (double? Actual, double Expected) Schedule(ProgressInput input)
    {
        var horizon = input.TargetTime - input.BaseTime;
        var elapsedShare = (input.LatestTime - input.BaseTime) / horizon;
        var expected = horizon > 0 && !double.IsNaN(elapsedShare) ? Math.Clamp(elapsedShare, 0, 1) : 1;
        var actual = input.BaseMeetsTarget ? null
            : ProgressMath.FiniteOrNull((input.LatestValue - input.BaseValue) / (input.EffectiveTargetValue - input.BaseValue));
        return (actual, expected);
    }
}
