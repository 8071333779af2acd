using System.Runtime.Intrinsics;

namespace DigitalKpi.Core.Forecasting;

/// <summary>
/// Numerical core of the additive-error exponential smoothing state-space models ETS(A,N,N),
/// ETS(A,A,N), ETS(A,Ad,N) and their additive-seasonal forms (Hyndman, Koehler, Ord &amp; Snyder 2008,
/// "Forecasting with Exponential Smoothing", chapters 2–6; Hyndman &amp; Athanasopoulos, FPP3 §8.5–8.7).
/// Works on spans; the public models wrap it.
/// </summary>
/// <remarks>
/// Estimation follows R's <c>forecast::ets</c> (maximum likelihood, parameters within the "usual"
/// bounds alpha ∈ [1e-4, 0.9999], beta ∈ [1e-4, alpha], gamma ∈ [1e-4, 1 − alpha], phi ∈ [0.8, 0.98]),
/// with one difference that can only raise the likelihood: the initial states enter the one-step
/// errors linearly, so for given smoothing parameters they are solved exactly by least squares
/// (the profile likelihood, HKOS 2008 §5.2) and the Nelder–Mead search runs over the smoothing
/// parameters only.
/// </remarks>
internal static class EtsEngine
{
    /// <summary>Lower bound of alpha, beta and gamma (R's <c>ets</c> default).</summary>
    public const double SmoothingLower = 1e-4;

    /// <summary>Upper bound of alpha (R's <c>ets</c> default).</summary>
    public const double SmoothingUpper = 0.9999;

    /// <summary>Lower bound of the damping parameter phi.</summary>
    public const double PhiLower = 0.8;

    /// <summary>Upper bound of the damping parameter phi.</summary>
    public const double PhiUpper = 0.98;

    /// <summary>Largest seasonal period the seasonal models accept.</summary>
    public const int MaxSeasonalPeriod = 24;

    /// <summary>The number <see cref="Impulse"/> gives the initial trend (0 is the level, 2 … the seasonal states).</summary>
    internal const int TrendState = 1;

    /// <summary>
    /// Runs the state recursion from the initial states: for each t the one-step forecast is
    /// l + φb + s[t mod m], the error e = y − forecast, then l ← l + φb + αe, b ← φb + βe, s[t mod m] += γe.
    /// </summary>
    /// <param name="y">Observations.</param>
    /// <param name="c">Model shape and parameters.</param>
    /// <param name="level">Initial level; the final level on exit.</param>
    /// <param name="trend">Initial trend (0 without trend); the final trend on exit.</param>
    /// <param name="season">Initial seasonal states indexed by t mod m (empty without season); final on exit.</param>
    /// <param name="errors">Receives the one-step errors; may be empty.</param>
    /// <returns>The sum of squared errors.</returns>
    public static double Filter(
        ReadOnlySpan<double> y, in EtsParameters c, ref double level, ref double trend, Span<double> season, Span<double> errors)
    {
        var m = season.Length;
        var phi = c.HasTrend ? c.Phi : 0;
        var beta = c.HasTrend ? c.Beta : 0;
        double l = level, b = trend, sse = 0;
        var j = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var s = m > 0 ? season[j] : 0;
            var pb = phi * b;
            var e = y[t] - (l + pb + s);
            l = l + pb + c.Alpha * e;
            b = pb + beta * e;
            if (m > 0)
            {
                season[j] = s + c.Gamma * e;
                j = j + 1 == m ? 0 : j + 1;
            }

            if (!errors.IsEmpty)
            {
                errors[t] = e;
            }

            sse += e * e;
        }

        level = l;
        trend = b;
        return sse;
    }

    /// <summary>Cumulative damping φ + φ² + … + φ^h (h when φ = 1).</summary>
    public static double DampSum(double phi, int h)
    {
        if (phi == 1)
        {
            return h;
        }

        double sum = 0, p = 1;
        for (var i = 0; i < h; i++)
        {
            p *= phi;
            sum += p;
        }

        return sum;
    }

    /// <summary>
    /// Forecast variance multipliers v_h = 1 + Σ_{j=1}^{h−1} c_j² with c_j = α + β(φ + … + φ^j) + γ·[j mod m = 0],
    /// so that Var(y_{n+h} | data) = σ² v_h (HKOS 2008 §6.3, class 1; FPP3 Table 8.8).
    /// </summary>
    public static void VarianceMultipliers(in EtsParameters c, int m, Span<double> result)
    {
        double acc = 1, damp = 0, p = 1;
        for (var h = 1; h <= result.Length; h++)
        {
            result[h - 1] = acc;
            var j = h;
            p *= c.HasTrend ? c.Phi : 0;
            damp += p;
            var cj = c.Alpha + (c.HasTrend ? c.Beta * damp : 0) + (m > 1 && j % m == 0 ? c.Gamma : 0);
            acc += cj * cj;
        }
    }

    /// <summary>Fits the model by maximum likelihood (minimum sum of squared one-step errors).</summary>
    /// <param name="y">Observations, regular spacing, at least <see cref="MinimumLength"/> of the shape.</param>
    /// <param name="shape">Trend and season.</param>
    /// <param name="m">Seasonal period (used only when seasonal).</param>
    /// <param name="fix">Parameters fixed by the user; NaN entries are estimated.</param>
    /// <returns>The fit.</returns>
    public static EtsFit Fit(ReadOnlySpan<double> y, EtsShape shape, int m, in EtsFixed fix)
    {
        var work = new Workspace(y, shape, m, fix);
        var free = work.FreeSmoothingCount;
        var u = new double[Math.Max(free, 1)];
        if (free > 0)
        {
            work.StartingPoint(u);
            var best = NelderMead.Minimize(work.Objective, u, 0.1);

            // The likelihood can have separate basins (for the damped trend, beta near alpha with phi near 0.8 and beta
            // near 0 with phi near 0.98) and the search from R's start stays in its own: search again from the best point
            // of a grid over the region when that point is already better than the first search's optimum.
            Span<double> probe = stackalloc double[u.Length];
            if (work.BestProbe(probe) < best && NelderMead.Minimize(work.Objective, probe, 0.1) < best)
            {
                probe.CopyTo(u);
            }
        }

        var p = work.Decode(free > 0 ? u : []);
        var init = new double[work.InitialStateCount];
        work.ProfileSse(p, init);
        return work.Finish(p, init);
    }

    /// <summary>Smallest series length for which a shape has more observations than parameters.</summary>
    public static int MinimumLength(EtsShape shape, int m)
    {
        var k = 2 + (shape.Trend == EtsTrend.None ? 0 : shape.Trend == EtsTrend.Additive ? 2 : 3);
        if (shape.Seasonal)
        {
            k += m;
        }

        return k + 1;
    }

    /// <summary>
    /// The response to a unit initial state without data: the one-step errors the unit alone produces (the
    /// initial state's column of −C, where the errors are e = e₀ − C x in the initial states x) and the final states
    /// it leaves. The recursion of <see cref="Filter"/> with y = 0.
    /// </summary>
    /// <param name="c">Model shape and parameters.</param>
    /// <param name="state">0 the level, 1 the trend, 2 + j the seasonal state j &lt; m − 1 (paired with −1 in state
    /// m − 1, which keeps the seasonal states summing to zero).</param>
    /// <param name="season">Scratch of length m (empty without season); the final seasonal states on exit.</param>
    /// <param name="errors">Receives the errors.</param>
    /// <returns>The final level and trend.</returns>
    internal static (double Level, double Trend) Impulse(in EtsParameters c, int state, Span<double> season, Span<double> errors)
    {
        var m = season.Length;
        season.Clear();
        if (state >= 2)
        {
            season[state - 2] = 1;
            season[m - 1] = -1;
        }

        double l = state == 0 ? 1 : 0, b = state == 1 ? 1 : 0;
        var phi = c.HasTrend ? c.Phi : 0;
        var beta = c.HasTrend ? c.Beta : 0;
        var j = 0;
        for (var t = 0; t < errors.Length; t++)
        {
            var s = m > 0 ? season[j] : 0;
            var pb = phi * b;
            var e = -(l + pb + s);
            l = l + pb + (c.Alpha * e);
            b = pb + (beta * e);
            if (m > 0)
            {
                season[j] = s + (c.Gamma * e);
                j = j + 1 == m ? 0 : j + 1;
            }

            errors[t] = e;
        }

        return (l, b);
    }

    /// <summary>
    /// Variance of the point forecasts h = 1 … result.Length steps ahead that comes from estimating the initial
    /// states, per unit σ². Given the smoothing parameters the one-step errors are affine in the initial states x,
    /// e = e₀ − C x, and the states are their least-squares solution, so x̂ has covariance σ² (CᵀC)⁻¹ and the
    /// forecast, also affine in x with gradient g_h, carries g_hᵀ (CᵀC)⁻¹ g_h σ² besides the model's σ² v_h
    /// (the regression prediction formula; the future innovations are independent of the past ones that
    /// estimated x). Zero when no initial state was estimated.
    /// Depends on the data only through their number: the initial states enter the errors and the forecast linearly
    /// whatever the data.
    /// </summary>
    /// <param name="parameters">Smoothing parameters.</param>
    /// <param name="free">The initial states estimated.</param>
    /// <param name="m">Seasonal period (0 without season).</param>
    /// <param name="n">Number of observations the states were estimated from.</param>
    /// <param name="result">Receives the variances per unit σ² for h = 1 … its length.</param>
    /// <param name="trendShare">How much of the initial trend's effect reaches the forecast: 1 for the model itself; ½ for
    /// the Theta method, whose drift is half a slope (its gradient in the trend state is halved).</param>
    internal static void InitialStateVariances(in EtsParameters parameters, EtsFreeStates free, int m, int n, Span<double> result, double trendShare = 1)
    {
        result.Clear();
        var states = FreeStates(free, m);
        var k = states.Length;
        if (k == 0)
        {
            return;
        }

        // Each free state's unit impulse without data: its one-step errors are a column of −C and its final states
        // give the forecast gradient.
        var columns = new double[k * n];
        var finals = new (double Level, double Trend, double[] Season)[k];
        for (var c = 0; c < k; c++)
        {
            var season = new double[m];
            var (level, trend) = Impulse(parameters, states[c], season, columns.AsSpan(c * n, n));
            finals[c] = (level, trend, season);
        }

        var normal = new double[k * k];
        Gram(columns, k, n, normal);

        // (CᵀC)⁻¹ column by column, then the quadratic form for each horizon.
        var inverse = new double[k * k];
        var scratch = new double[k * k];
        var unit = new double[k];
        for (var a = 0; a < k; a++)
        {
            Array.Copy(normal, scratch, normal.Length);
            Array.Clear(unit);
            unit[a] = 1;
            if (!SymmetricSolver.Solve(scratch, unit, k, inverse.AsSpan(a * k, k)))
            {
                return;
            }
        }

        var gradient = new double[k];
        double damp = 0, power = 1;
        for (var h = 1; h <= result.Length; h++)
        {
            power *= parameters.HasTrend ? parameters.Phi : 0;
            damp += power;
            for (var a = 0; a < k; a++)
            {
                var f = finals[a];
                var share = states[a] == TrendState ? trendShare : 1;
                gradient[a] = share * (f.Level + (damp * f.Trend) + (m > 0 ? f.Season[(n + h - 1) % m] : 0));
            }

            double v = 0;
            for (var a = 0; a < k; a++)
            {
                for (var d = 0; d < k; d++)
                {
                    v += gradient[a] * inverse[(a * k) + d] * gradient[d];
                }
            }

            result[h - 1] = v;
        }
    }

    /// <summary>The estimated initial states in column order (level, trend, seasonal 0 … m − 2), as <see cref="Impulse"/> numbers them.</summary>
    internal static int[] FreeStates(EtsFreeStates free, int m)
    {
        var states = new List<int>();
        if (free.Level)
        {
            states.Add(0);
        }

        if (free.Trend)
        {
            states.Add(TrendState);
        }

        for (var j = 0; free.Season && j < m - 1; j++)
        {
            states.Add(2 + j);
        }

        return [.. states];
    }

    /// <summary>The k × k matrix of inner products of k columns of length n stored one after another (row-major, symmetric).</summary>
    internal static void Gram(ReadOnlySpan<double> columns, int k, int n, Span<double> result)
    {
        for (var a = 0; a < k; a++)
        {
            var ca = columns.Slice(a * n, n);
            for (var d = 0; d <= a; d++)
            {
                var sum = 0.0;
                var cd = columns.Slice(d * n, n);
                for (var t = 0; t < n; t++)
                {
                    sum += ca[t] * cd[t];
                }

                result[(a * k) + d] = sum;
                result[(d * k) + a] = sum;
            }
        }
    }

    /// <summary>
    /// The sums of the non-seasonal profile likelihood in one pass: the data's recursion and the impulse responses of
    /// two initial states (the level, or the trend when the level is fixed, and the trend) side by side. Each
    /// recursion is carried as the one-step forecast s = l + φb and the trend b: with e = y − s,
    /// s ← (1 − κ)s + κy + φ²b and b ← φb + β(y − s), κ = α + φβ — the model of <see cref="Filter"/> with a
    /// dependency chain half as long, which is what bounds an evaluation's time. The impulse errors are −s.
    /// </summary>
    /// <param name="y">Observations.</param>
    /// <param name="alpha">Level smoothing.</param>
    /// <param name="beta">Trend smoothing (0 without trend).</param>
    /// <param name="phi">Damping (0 without trend).</param>
    /// <param name="s">The data's first one-step forecast (fixed initial states, 0 for free ones).</param>
    /// <param name="b">The data's initial trend (fixed, or 0 when free or absent).</param>
    /// <param name="levelFree">True when the first impulse is the level's (else the trend's).</param>
    /// <param name="sums">Receives Σe², Σc_a², Σc_a c_b, Σc_b², Σc_a e, Σc_b e (c = impulse errors).</param>
    internal static void ProfileSums(
        ReadOnlySpan<double> y, double alpha, double beta, double phi, double s, double b, bool levelFree, Span<double> sums)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ProfileSumsVector(y, alpha, beta, phi, s, b, levelFree, sums);
        }
        else
        {
            ProfileSumsScalar(y, alpha, beta, phi, s, b, levelFree, sums);
        }
    }

    /// <summary><see cref="ProfileSums"/> one recursion at a time (for processors without 256-bit vectors).</summary>
    internal static void ProfileSumsScalar(
        ReadOnlySpan<double> y, double alpha, double beta, double phi, double s, double b, bool levelFree, Span<double> sums)
    {
        var kappa = alpha + (phi * beta);
        var keep = 1 - kappa;
        var phi2 = phi * phi;
        double ba = levelFree ? 0 : 1, sa = levelFree ? 1 : phi, bb = 1, sb = phi;
        double sse0 = 0, s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
        foreach (var value in y)
        {
            var e = value - s;
            sse0 = Math.FusedMultiplyAdd(e, e, sse0);
            r1 = Math.FusedMultiplyAdd(-sa, e, r1);
            r2 = Math.FusedMultiplyAdd(-sb, e, r2);
            s11 = Math.FusedMultiplyAdd(sa, sa, s11);
            s12 = Math.FusedMultiplyAdd(sa, sb, s12);
            s22 = Math.FusedMultiplyAdd(sb, sb, s22);

            var nextS = Math.FusedMultiplyAdd(keep, s, Math.FusedMultiplyAdd(phi2, b, kappa * value));
            b = Math.FusedMultiplyAdd(phi, b, Math.FusedMultiplyAdd(-beta, s, beta * value));
            s = nextS;

            var nextSa = Math.FusedMultiplyAdd(keep, sa, phi2 * ba);
            ba = Math.FusedMultiplyAdd(phi, ba, -beta * sa);
            sa = nextSa;

            var nextSb = Math.FusedMultiplyAdd(keep, sb, phi2 * bb);
            bb = Math.FusedMultiplyAdd(phi, bb, -beta * sb);
            sb = nextSb;
        }

        sums[0] = sse0;
        sums[1] = s11;
        sums[2] = s12;
        sums[3] = s22;
        sums[4] = r1;
        sums[5] = r2;
    }

    /// <summary>
    /// <see cref="ProfileSums"/> with the three recursions as lanes of one 256-bit vector, the data entering lane 0
    /// only: E = (e, −s_a, −s_b) holds the data's error and the impulse errors, and E·E and E·(E rotated) accumulate
    /// (Σe², Σs_a², Σs_b²) and (−Σs_a e, Σs_a s_b, −Σs_b e). Lane for lane the operations of
    /// <see cref="ProfileSumsScalar"/>, so the same numbers bit for bit.
    /// </summary>
    internal static void ProfileSumsVector(
        ReadOnlySpan<double> y, double alpha, double beta, double phi, double s, double b, bool levelFree, Span<double> sums)
    {
        var kappa = alpha + (phi * beta);
        var keep = Vector256.Create(1 - kappa);
        var phi2 = Vector256.Create(phi * phi);
        var phiV = Vector256.Create(phi);
        var minusBeta = Vector256.Create(-beta);
        var rotation = Vector256.Create(1L, 2, 0, 3);
        var state = Vector256.Create(s, levelFree ? 1 : phi, phi, 0);
        var trend = Vector256.Create(b, levelFree ? 0 : 1, 1, 0);
        Vector256<double> squares = Vector256<double>.Zero, products = Vector256<double>.Zero;
        foreach (var value in y)
        {
            var data = Vector256.CreateScalar(value);
            var e = data - state;
            squares = Vector256.FusedMultiplyAdd(e, e, squares);
            products = Vector256.FusedMultiplyAdd(e, Vector256.Shuffle(e, rotation), products);
            var next = Vector256.FusedMultiplyAdd(keep, state, Vector256.FusedMultiplyAdd(phi2, trend, data * kappa));
            trend = Vector256.FusedMultiplyAdd(phiV, trend, Vector256.FusedMultiplyAdd(minusBeta, state, data * beta));
            state = next;
        }

        sums[0] = squares[0];
        sums[1] = squares[1];
        sums[2] = products[1];
        sums[3] = squares[2];
        sums[4] = products[0];
        sums[5] = products[2];
    }

    private sealed class Workspace
    {
        private readonly double[] y;
        private readonly EtsShape shape;
        private readonly int m;
        private readonly EtsFixed fix;
        private readonly double[] columns;
        private readonly double[] e0;
        private readonly double[] normal;
        private readonly double[] rhs;
        private readonly double[] season;
        private readonly double[] scratch;
        private readonly EtsFreeStates free;
        private readonly int[] freeStates;
        private readonly int k;

        public Workspace(ReadOnlySpan<double> y, EtsShape shape, int m, in EtsFixed fix)
        {
            this.y = y.ToArray();
            this.shape = shape;
            this.m = shape.Seasonal ? m : 0;
            this.fix = fix;
            free = new EtsFreeStates(double.IsNaN(fix.InitialLevel), shape.Trend != EtsTrend.None && double.IsNaN(fix.InitialTrend), shape.Seasonal);
            freeStates = FreeStates(free, m);
            k = freeStates.Length;
            columns = this.m > 0 ? new double[k * y.Length] : [];
            e0 = this.m > 0 ? new double[y.Length] : [];
            normal = new double[k * k];
            rhs = new double[k];
            season = new double[this.m];
            scratch = new double[k];
            Objective = Evaluate;
        }

        public NelderMead.Objective Objective { get; }

        public int InitialStateCount => k;

        public int FreeSmoothingCount =>
            (double.IsNaN(fix.Alpha) ? 1 : 0)
            + (shape.Trend != EtsTrend.None && double.IsNaN(fix.Beta) ? 1 : 0)
            + (shape.Seasonal && double.IsNaN(fix.Gamma) ? 1 : 0)
            + (shape.Trend == EtsTrend.Damped && double.IsNaN(fix.Phi) ? 1 : 0);

        /// <summary>R's <c>initparam</c> starting values for the estimated smoothing parameters.</summary>
        public void StartingPoint(Span<double> u)
        {
            var alpha = double.IsNaN(fix.Alpha) ? SmoothingLower + (0.2 * (SmoothingUpper - SmoothingLower) / Math.Max(m, 1)) : fix.Alpha;
            Encode(u, alpha, SmoothingLower + (0.1 * (alpha - SmoothingLower)), PhiLower + (0.99 * (PhiUpper - PhiLower)));
        }

        /// <summary>
        /// The lowest objective over a grid of starting points spread over the feasible region (alpha 0.01, 0.3, 0.7, 0.99;
        /// beta at its lower bound and 5%, 50%, 99% of alpha, at least the bound; gamma as R's start, 5% of 1 − alpha;
        /// phi 0.82, 0.9, 0.97; the estimated ones only, up to 48 points), written to <paramref name="u"/>. The low
        /// alpha and the lower bound of beta reach the corner where both are near 1e-4, a damped line hardly updated,
        /// which a search from R's start or from alpha 0.3 up can miss.
        /// </summary>
        public double BestProbe(Span<double> u)
        {
            ReadOnlySpan<double> alphas = [0.01, 0.3, 0.7, 0.99];
            ReadOnlySpan<double> betaShares = [0, 0.05, 0.5, 0.99];
            ReadOnlySpan<double> phis = [0.82, 0.9, 0.97];
            var hasAlpha = double.IsNaN(fix.Alpha);
            var hasBeta = shape.Trend != EtsTrend.None && double.IsNaN(fix.Beta);
            var hasPhi = shape.Trend == EtsTrend.Damped && double.IsNaN(fix.Phi);
            Span<double> trial = stackalloc double[u.Length];
            var best = double.PositiveInfinity;

            // A fixed parameter takes one pass of its loop.
            foreach (var a0 in hasAlpha ? alphas : alphas[..1])
            {
                var alpha = hasAlpha ? a0 : fix.Alpha;
                foreach (var share in hasBeta ? betaShares : betaShares[..1])
                {
                    foreach (var phi in hasPhi ? phis : phis[..1])
                    {
                        Encode(trial, alpha, Math.Max(share * alpha, SmoothingLower), phi);
                        var value = Evaluate(trial);
                        if (value < best)
                        {
                            best = value;
                            trial.CopyTo(u);
                        }
                    }
                }
            }

            return best;
        }

        /// <summary>
        /// Writes the estimated smoothing parameters into the search vector, in <see cref="Decode"/>'s order (alpha, beta,
        /// gamma, phi; fixed ones left out). Gamma is R's start, 5% of 1 − alpha above its lower bound.
        /// </summary>
        private void Encode(Span<double> u, double alpha, double beta, double phi)
        {
            var i = 0;
            if (double.IsNaN(fix.Alpha))
            {
                u[i++] = alpha;
            }

            if (shape.Trend != EtsTrend.None && double.IsNaN(fix.Beta))
            {
                u[i++] = beta;
            }

            if (shape.Seasonal && double.IsNaN(fix.Gamma))
            {
                u[i++] = SmoothingLower + (0.05 * (1 - alpha - SmoothingLower));
            }

            if (shape.Trend == EtsTrend.Damped && double.IsNaN(fix.Phi))
            {
                u[i] = phi;
            }
        }

        /// <summary>Reads the estimated parameters from the search vector and fills in the fixed ones.</summary>
        public EtsParameters Decode(ReadOnlySpan<double> u)
        {
            var i = 0;
            var alpha = double.IsNaN(fix.Alpha) ? u[i++] : fix.Alpha;
            var beta = shape.Trend == EtsTrend.None ? 0.0 : double.IsNaN(fix.Beta) ? u[i++] : fix.Beta;
            var gamma = !shape.Seasonal ? 0.0 : double.IsNaN(fix.Gamma) ? u[i++] : fix.Gamma;
            var phi = shape.Trend switch
            {
                EtsTrend.Damped => double.IsNaN(fix.Phi) ? u[i] : fix.Phi,
                EtsTrend.Additive => 1.0,
                _ => 0.0,
            };

            return new EtsParameters(shape.Trend != EtsTrend.None, alpha, beta, gamma, phi);
        }

        /// <summary>R's "usual" region, checked only on estimated parameters (fixed ones are the user's choice).</summary>
        private bool Feasible(in EtsParameters p)
        {
            if (double.IsNaN(fix.Alpha) && (p.Alpha < SmoothingLower || p.Alpha > SmoothingUpper))
            {
                return false;
            }

            if (shape.Trend != EtsTrend.None && double.IsNaN(fix.Beta) && (p.Beta < SmoothingLower || p.Beta > p.Alpha))
            {
                return false;
            }

            if (shape.Seasonal && double.IsNaN(fix.Gamma) && (p.Gamma < SmoothingLower || p.Gamma > 1 - p.Alpha))
            {
                return false;
            }

            return shape.Trend != EtsTrend.Damped || !double.IsNaN(fix.Phi) || (p.Phi >= PhiLower && p.Phi <= PhiUpper);
        }

        private double Evaluate(ReadOnlySpan<double> u)
        {
            var p = Decode(u);
            if (!Feasible(p))
            {
                return double.PositiveInfinity;
            }

            var sse = ProfileSse(p, scratch);
            return double.IsFinite(sse) ? sse : double.PositiveInfinity;
        }

        /// <summary>Solves the initial states by least squares for the given smoothing parameters.</summary>
        public double ProfileSse(in EtsParameters p, Span<double> init)
        {
            if (m == 0)
            {
                return ProfileSseNonSeasonal(p, init);
            }

            var n = y.Length;

            // Errors with the free initial states at zero and the fixed ones at their values.
            double l = free.Level ? 0 : fix.InitialLevel;
            double b = shape.Trend == EtsTrend.None || free.Trend ? 0 : fix.InitialTrend;
            season.AsSpan().Clear();
            var sse0 = Filter(y, p, ref l, ref b, season, e0);

            // Effect of each free initial state (unit impulse, no data).
            for (var col = 0; col < k; col++)
            {
                Impulse(p, freeStates[col], season, columns.AsSpan(col * n, n));
            }

            if (k == 0)
            {
                return sse0;
            }

            Gram(columns, k, n, normal);
            for (var a = 0; a < k; a++)
            {
                var ca = columns.AsSpan(a * n, n);
                double r = 0;
                for (var t = 0; t < n; t++)
                {
                    r += ca[t] * e0[t];
                }

                rhs[a] = -r;
            }

            if (!SymmetricSolver.Solve(normal, rhs, k, init))
            {
                return double.PositiveInfinity;
            }

            double reduction = 0;
            for (var a = 0; a < k; a++)
            {
                reduction += init[a] * rhs[a];
            }

            return Math.Max(sse0 - reduction, 0);
        }

        /// <summary>
        /// <see cref="ProfileSse"/> without season in one pass (<see cref="ProfileSums"/>) and without the column
        /// arrays; the at most 2 × 2 normal equations are solved in closed form.
        /// </summary>
        private double ProfileSseNonSeasonal(in EtsParameters p, Span<double> init)
        {
            var phi = p.HasTrend ? p.Phi : 0;
            var beta = p.HasTrend ? p.Beta : 0;
            var b = shape.Trend == EtsTrend.None || free.Trend ? 0 : fix.InitialTrend;
            var s = (free.Level ? 0 : fix.InitialLevel) + (phi * b);

            Span<double> sums = stackalloc double[6];
            ProfileSums(y, p.Alpha, beta, phi, s, b, free.Level, sums);
            double sse0 = sums[0], s11 = sums[1], s12 = sums[2], s22 = sums[3], r1 = sums[4], r2 = sums[5];
            if (k == 0)
            {
                return sse0;
            }

            // The k × k normal equations (k ≤ 2) by Cholesky with SymmetricSolver's tiny ridge, written out:
            // the reduction of the SSE is rhsᵀ A⁻¹ rhs = |L⁻¹ rhs|², with rhs = (−r1, −r2).
            var trace = s11 + (k == 2 ? s22 : 0);
            if (!(trace > 0) || !double.IsFinite(trace))
            {
                return double.PositiveInfinity;
            }

            var ridge = 1e-12 * trace / k;
            var l11 = Math.Sqrt(s11 + ridge);
            var z1 = -r1 / l11;
            if (k == 1)
            {
                init[0] = z1 / l11;
                return Math.Max(sse0 - (z1 * z1), 0);
            }

            var l21 = s12 / l11;
            var d = s22 + ridge - (l21 * l21);
            if (!(d > 0))
            {
                return double.PositiveInfinity;
            }

            var l22 = Math.Sqrt(d);
            var z2 = (-r2 - (l21 * z1)) / l22;
            init[1] = z2 / l22;
            init[0] = (z1 - (l21 * init[1])) / l11;
            return Math.Max(sse0 - ((z1 * z1) + (z2 * z2)), 0);
        }

        public EtsFit Finish(in EtsParameters p, double[] init)
        {
            var n = y.Length;
            var i = 0;
            var l0 = free.Level ? init[i++] : fix.InitialLevel;
            var b0 = shape.Trend == EtsTrend.None ? 0 : free.Trend ? init[i++] : fix.InitialTrend;
            var s0 = new double[m];
            if (shape.Seasonal)
            {
                double sum = 0;
                for (var j = 0; j < m - 1; j++)
                {
                    s0[j] = init[i++];
                    sum += s0[j];
                }

                s0[m - 1] = -sum;
            }

            var residuals = new double[n];
            double l = l0, b = b0;
            var season = (double[])s0.Clone();
            var sse = Filter(y, p, ref l, ref b, season, residuals);

            // Parameters counted as R's ets counts them: estimated smoothing parameters and initial states.
            var estimated = FreeSmoothingCount + k;
            return new EtsFit(p, m, l0, b0, s0, l, b, season, residuals, sse, estimated, n, free);
        }
    }
}
