package com.mentorplatform.analytics.retention;

import java.util.Optional;

/** The difference of two survival curves at one time, with a Wald interval. */
public final class SurvivalDifference {

    /**
     * S_a(t) − S_b(t) and its 95 % interval difference ± z·√(Var_a + Var_b) from the Greenwood
     * variances (the curves are independent samples), clipped to [−1, 1].
     */
    public record Difference(int time, double difference, double lower, double upper) {
    }

    private SurvivalDifference() {
    }

    /** Empty when either curve has nobody followed as long as {@code time}. */
    public static Optional<Difference> at(SurvivalCurve a, SurvivalCurve b, int time) {
        Estimate ea = a.at(time);
        Estimate eb = b.at(time);
        if (!ea.observed() || !eb.observed()) {
            return Optional.empty();
        }
        double difference = ea.survival() - eb.survival();
        double halfWidth = LogLogBand.Z * Math.sqrt(ea.greenwoodVariance() + eb.greenwoodVariance());
        return Optional.of(new Difference(time, difference, Math.max(-1.0, difference - halfWidth),
                Math.min(1.0, difference + halfWidth)));
    }
}
