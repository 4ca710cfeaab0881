package com.mentorplatform.analytics.matching;

/**
 * Per-cohort weights of the score parts. Weights are relative: the score is the weighted mean of
 * the parts, so it always lies in [0, 1] whatever the weights add up to.
 *
 * @param departmentPreference whether a different department (the default) or the same department
 *                             earns the department part
 */
public record MatchingWeights(
        double gapCoverage,
        double seniority,
        double department,
        double language,
        double timeZone,
        double interests,
        double preference,
        double availability,
        DepartmentPreference departmentPreference) {

    /** Which side of the department question a cohort rewards. */
    public enum DepartmentPreference { CROSS_FUNCTIONAL, SAME_DEPARTMENT }

    public MatchingWeights {
        double[] all = {gapCoverage, seniority, department, language, timeZone, interests, preference, availability};
        double sum = 0;
        for (double weight : all) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weights must be zero or positive");
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        if (departmentPreference == null) {
            departmentPreference = DepartmentPreference.CROSS_FUNCTIONAL;
        }
    }

    /** Defaults that put closing the mentee's gaps first. */
    public static MatchingWeights defaults() {
        return new MatchingWeights(0.35, 0.15, 0.10, 0.05, 0.10, 0.10, 0.10, 0.05,
                DepartmentPreference.CROSS_FUNCTIONAL);
    }

    /** A copy that rewards pairs from the same department instead of different ones. */
    public MatchingWeights favouringSameDepartment() {
        return new MatchingWeights(gapCoverage, seniority, department, language, timeZone, interests,
                preference, availability, DepartmentPreference.SAME_DEPARTMENT);
    }

    /** The weight of one part, before normalisation. */
    public double weightOf(ScoreComponent component) {
        return switch (component) {
            case GAP_COVERAGE -> gapCoverage;
            case SENIORITY -> seniority;
            case DEPARTMENT -> department;
            case LANGUAGE -> language;
            case TIME_ZONE -> timeZone;
            case INTERESTS -> interests;
            case PREFERENCE -> preference;
            case AVAILABILITY -> availability;
        };
    }
}
