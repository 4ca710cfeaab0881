package com.mentorplatform.analytics.matching;

/**
 * Scores one pair from the compact cohort. Scores are ints in [0, {@link #SCALE}] so the solver
 * works on exact integers; a negative value encodes the hard rule that blocks the pair.
 * Nothing here allocates: it runs for every pair of the cohort.
 */
final class PairScorer {

    static final int SCALE = 10_000;
    private static final int DAY = 24 * 60;
    private static final double[] PREFERENCE_BY_RANK = {1.0, 0.85, 0.7};

    private final CompactCohort cohort;
    private final MatchingOptions options;
    private final boolean sameDepartmentPreferred;
    /** Normalised weights in {@link ScoreComponent} order. */
    final double[] weights = new double[ScoreComponent.values().length];

    PairScorer(CompactCohort cohort, MatchingWeights matchingWeights, MatchingOptions options) {
        this.cohort = cohort;
        this.options = options;
        this.sameDepartmentPreferred =
                matchingWeights.departmentPreference() == MatchingWeights.DepartmentPreference.SAME_DEPARTMENT;
        double sum = 0;
        for (ScoreComponent component : ScoreComponent.values()) {
            sum += matchingWeights.weightOf(component);
        }
        for (ScoreComponent component : ScoreComponent.values()) {
            weights[component.ordinal()] = matchingWeights.weightOf(component) / sum;
        }
    }

    static int blockedCode(HardRule rule) {
        return -1 - rule.ordinal();
    }

    static HardRule ruleOfCode(int code) {
        return HardRule.values()[-1 - code];
    }

    /**
     * The pair's score, or a negative code for a rule that depends on both sides' attributes.
     * Person-specific rules ({@link BlockedPairs}) must be checked by the caller.
     */
    int score(int mentee, int mentor) {
        if (cohort.menteeTopics.intersects(mentee, cohort.mentorDeclinedTopics, mentor)) {
            return blockedCode(HardRule.DECLINED_TOPIC);
        }
        if (options.requireSharedLanguage()
                && !cohort.menteeLanguages.intersects(mentee, cohort.mentorLanguages, mentor)) {
            return blockedCode(HardRule.NO_SHARED_LANGUAGE);
        }
        double total = weights[0] * gapCoverage(mentee, mentor)
                + weights[1] * seniority(mentee, mentor)
                + weights[2] * department(mentee, mentor)
                + weights[3] * language(mentee, mentor)
                + weights[4] * timeZoneOverlap(mentee, mentor)
                + weights[5] * interests(mentee, mentor)
                + weights[6] * preference(mentee, mentor)
                + weights[7] * availability(mentor);
        return (int) Math.round(total * SCALE);
    }

    /** The first hard rule blocking the pair, or null; for explanations, not for the hot loop. */
    HardRule blockingRule(int mentee, int mentor) {
        HardRule personal = cohort.blockedPairs.ruleFor(mentee, mentor);
        if (personal != null) {
            return personal;
        }
        int score = score(mentee, mentor);
        return score < 0 ? ruleOfCode(score) : null;
    }

    /** Every part's value, in {@link ScoreComponent} order, into {@code out}. */
    void parts(int mentee, int mentor, double[] out) {
        out[0] = gapCoverage(mentee, mentor);
        out[1] = seniority(mentee, mentor);
        out[2] = department(mentee, mentor);
        out[3] = language(mentee, mentor);
        out[4] = timeZoneOverlap(mentee, mentor);
        out[5] = interests(mentee, mentor);
        out[6] = preference(mentee, mentor);
        out[7] = availability(mentor);
    }

    /** Share of the mentee's largest gaps (weighted by size) the mentor's levels close. */
    double gapCoverage(int mentee, int mentor) {
        MenteeGaps gaps = cohort.gaps;
        if (gaps.total[mentee] == 0) {
            return 0;
        }
        int covered = 0;
        int base = mentee * gaps.width;
        for (int slot = 0; slot < gaps.count[mentee]; slot++) {
            int mentorLevel = cohort.mentorCompetencyLevel(mentor, gaps.competency[base + slot]);
            int lift = Math.min(mentorLevel, gaps.required[base + slot]) - gaps.current[base + slot];
            covered += Math.max(0, lift);
        }
        return (double) covered / gaps.total[mentee];
    }

    /** Best at the ideal number of levels above; lower when closer or further; 0 when not above. */
    double seniority(int mentee, int mentor) {
        int levelsAbove = cohort.mentorLevel[mentor] - cohort.menteeLevel[mentee];
        if (levelsAbove <= 0) {
            return 0;
        }
        return Math.max(0.1, 1.0 - 0.3 * Math.abs(levelsAbove - options.idealSeniorityGap()));
    }

    double department(int mentee, int mentor) {
        boolean same = cohort.mentorDepartment[mentor] == cohort.menteeDepartment[mentee];
        return same == sameDepartmentPreferred ? 1 : 0;
    }

    double language(int mentee, int mentor) {
        return cohort.menteeLanguages.intersects(mentee, cohort.mentorLanguages, mentor) ? 1 : 0;
    }

    /** Share of the mentee's working day that overlaps the mentor's. */
    double timeZoneOverlap(int mentee, int mentor) {
        return (double) overlapMinutes(mentee, mentor) / cohort.menteeWorkMinutes[mentee];
    }

    int overlapMinutes(int mentee, int mentor) {
        int aStart = cohort.menteeUtcStart[mentee];
        int aEnd = aStart + cohort.menteeWorkMinutes[mentee];
        int overlap = 0;
        // Working days are intervals on a 24-hour circle: compare with the mentor's day shifted by ±1 day.
        for (int shift = -DAY; shift <= DAY; shift += DAY) {
            int bStart = cohort.mentorUtcStart[mentor] + shift;
            int bEnd = bStart + cohort.mentorWorkMinutes[mentor];
            overlap += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
        }
        return Math.min(overlap, cohort.menteeWorkMinutes[mentee]);
    }

    /** Shared interests over the smaller interest list. */
    double interests(int mentee, int mentor) {
        int smaller = Math.min(cohort.menteeInterestCount[mentee], cohort.mentorInterestCount[mentor]);
        if (smaller == 0) {
            return 0;
        }
        return (double) cohort.menteeInterests.sharedCount(mentee, cohort.mentorInterests, mentor) / smaller;
    }

    double preference(int mentee, int mentor) {
        int rank = preferenceRank(mentee, mentor);
        return rank < 0 ? 0 : PREFERENCE_BY_RANK[rank];
    }

    int preferenceRank(int mentee, int mentor) {
        int base = mentee * MenteeProfile.MAX_PREFERENCES;
        for (int rank = 0; rank < MenteeProfile.MAX_PREFERENCES; rank++) {
            if (cohort.preferredMentor[base + rank] == mentor) {
                return rank;
            }
        }
        return -1;
    }

    /** Whether the mentor's monthly hours cover what all their places need. */
    double availability(int mentor) {
        double needed = cohort.mentorCapacity[mentor] * options.hoursPerMenteePerMonth();
        return Math.min(1.0, cohort.mentorHoursPerMonth[mentor] / needed);
    }
}
