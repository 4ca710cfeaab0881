package com.mentorplatform.analytics.retention;

/**
 * The upper tail of the chi-square distribution with one degree of freedom,
 * P(X ≥ x) = erfc(√(x/2)), with erfc written out (absolute error below 1e-13) so that the
 * module needs no statistics library.
 */
final class ChiSquare {

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private ChiSquare() {
    }

    static double upperTailOneDegree(double x) {
        if (!(x > 0)) {
            return 1.0;
        }
        return erfc(Math.sqrt(x / 2));
    }

    /** The complementary error function for x ≥ 0. */
    static double erfc(double x) {
        if (x < 0) {
            throw new IllegalArgumentException("erfc is only needed for x >= 0, got " + x);
        }
        // the Maclaurin series of erf converges fast near 0; the continued fraction of erfc needs
        // few terms far from 0 and, unlike 1 − erf, keeps its relative accuracy in the far tail
        return x < 2.0 ? 1.0 - erfSeries(x) : erfcContinuedFraction(x);
    }

    /** erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)). */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double next = term / (2 * n + 1);
            sum += next;
            if (Math.abs(next) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /**
     * erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated with the
     * modified Lentz method.
     */
    private static double erfcContinuedFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0.0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = x + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
    }
}
