package org.homecoming.kinship.lineage;

/**
 * The regularized incomplete beta function I<sub>x</sub>(a, b) and its inverse, to about 1e-14
 * relative accuracy, without any library.
 *
 * <p>{@code IncompleteBeta.inverse(0.95, 1, 100)} is 1 − 0.05<sup>1/100</sup> = 0.029513…
 *
 * <p>I<sub>x</sub>(a, b) is the beta(a, b) distribution function, so {@link #inverse} is the beta
 * quantile: the Clopper–Pearson bounds of {@link ClopperPearson} are beta quantiles. The function
 * is evaluated by the continued fraction of Numerical Recipes §6.4 (modified Lentz), on whichever
 * side of the mean converges fast; log B(a, b) is assembled from Stirling's series so that large
 * reference databases (b of 10<sup>5</sup> and more) lose no digits to cancellation.
 */
public final class IncompleteBeta {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double STIRLING_FROM = 15;
    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;

    private IncompleteBeta() {
    }

    /** I<sub>x</sub>(a, b) for x in [0, 1] and positive a, b. */
    public static double regularized(double x, double a, double b) {
        checkShape(a, b);
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("x must be in [0, 1]: " + x);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - lowerSide(1 - x, b, a);
        }
        return lowerSide(x, a, b);
    }

    /** The x in [0, 1] with I<sub>x</sub>(a, b) = p; p in [0, 1], a and b positive. */
    public static double inverse(double p, double a, double b) {
        checkShape(a, b);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        if (p == 0 || p == 1) {
            return p;
        }
        // Solving on the side of the smaller tail keeps the target's relative precision.
        if (p > 0.5) {
            return 1 - solve(1 - p, b, a);
        }
        return solve(p, a, b);
    }

    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), without cancellation for large arguments. */
    public static double logBeta(double a, double b) {
        checkShape(a, b);
        double small = Math.min(a, b);
        double large = Math.max(a, b);
        if (large < STIRLING_FROM) {
            return logGamma(small) + logGamma(large) - logGamma(small + large);
        }
        if (small < STIRLING_FROM) {
            return logGamma(small) + logGammaRatio(large, small);
        }
        double sum = small + large;
        return LOG_SQRT_2PI + (small - 0.5) * Math.log(small / sum) - (large - 0.5) * Math.log1p(small / large)
                - 0.5 * Math.log(sum) + stirlingCorrection(small) + stirlingCorrection(large)
                - stirlingCorrection(sum);
    }

    /** ln Γ(x) for positive x. */
    public static double logGamma(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("x must be positive and finite: " + x);
        }
        if (x >= STIRLING_FROM) {
            return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
        }
        // Γ(x) = Γ(x + n) / (x (x+1) … (x+n−1)): shift into the range where Stirling is exact enough.
        double product = 1;
        double shifted = x;
        while (shifted < STIRLING_FROM) {
            product *= shifted;
            shifted += 1;
        }
        return logGamma(shifted) - Math.log(product);
    }

    /** ln Γ(large) − ln Γ(large + small), for large ≥ 15. */
    private static double logGammaRatio(double large, double small) {
        double sum = large + small;
        return -(large - 0.5) * Math.log1p(small / large) - small * Math.log(sum) + small
                + stirlingCorrection(large) - stirlingCorrection(sum);
    }

    /** ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], by Stirling's series; below 1e-17 error for x ≥ 15. */
    private static double stirlingCorrection(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360))))));
    }

    private static double lowerSide(double x, double a, double b) {
        double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
        return Math.exp(logFront) * continuedFraction(x, a, b) / a;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / nonZero(d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new IllegalStateException("incomplete beta continued fraction did not converge for x = "
                + x + ", a = " + a + ", b = " + b);
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** Newton's method on I_x(a, b) − p, kept inside a shrinking bisection bracket. */
    private static double solve(double p, double a, double b) {
        double lo = 0;
        double hi = 1;
        double x = initialGuess(p, a, b);
        double logB = logBeta(a, b);
        for (int i = 0; i < 200; i++) {
            double f = regularized(x, a, b) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
            double next = x - f / density;
            if (!(next > lo && next < hi) || Double.isNaN(next)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo <= 1e-16 * hi) {
                return next;
            }
            x = next;
        }
        throw new IllegalStateException("incomplete beta inverse did not converge for p = " + p
                + ", a = " + a + ", b = " + b);
    }

    /** A start near the root: the exact inverse of the a = 1 or b = 1 cases, else the mean. */
    private static double initialGuess(double p, double a, double b) {
        double guess;
        if (a == 1) {
            guess = -Math.expm1(Math.log1p(-p) / b);
        } else if (b == 1) {
            guess = Math.exp(Math.log(p) / a);
        } else {
            guess = a / (a + b);
        }
        return Math.min(Math.max(guess, 1e-300), 1 - 1e-16);
    }

    private static void checkShape(double a, double b) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("shape a must be positive and finite: " + a);
        }
        if (!(b > 0) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("shape b must be positive and finite: " + b);
        }
    }
}
