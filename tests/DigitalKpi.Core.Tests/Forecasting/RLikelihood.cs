namespace DigitalKpi.Core.Tests.Forecasting;

/// <summary>Converts our log-likelihoods to the scale R's <c>ets</c> reports them on.</summary>
internal static class RLikelihood
{
    /// <summary>
    /// R's <c>ets</c> reports −n/2 log(SSE); ours is the full Gaussian log-likelihood −n/2 (log(2π SSE/n) + 1), which
    /// differs by −n/2 (log(2π/n) + 1). Returns ours on R's scale.
    /// </summary>
    public static double OnRScale(double logLikelihood, int n) => logLikelihood + (0.5 * n * (Math.Log(2 * Math.PI / n) + 1));
}
