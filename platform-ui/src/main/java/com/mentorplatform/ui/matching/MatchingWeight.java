package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.CohortMatchingWeights;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The weights a matching run balances, in the order the screens list them: each one's key in the API's weights and
 * the name a person reads, the same on the cohort's page and in the matching workbench.
 */
public enum MatchingWeight {
    GAP_COVERAGE("gapCoverage", "Competency gap coverage", CohortMatchingWeights::getGapCoverage),
    SENIORITY("seniority", "Seniority gap", CohortMatchingWeights::getSeniority),
    DEPARTMENT("department", "Department", CohortMatchingWeights::getDepartment),
    LANGUAGE("language", "Shared language", CohortMatchingWeights::getLanguage),
    TIME_ZONE("timeZone", "Time-zone overlap", CohortMatchingWeights::getTimeZone),
    INTERESTS("interests", "Shared interests", CohortMatchingWeights::getInterests),
    PREFERENCE("preference", "Stated preferences", CohortMatchingWeights::getPreference),
    AVAILABILITY("availability", "Availability", CohortMatchingWeights::getAvailability);

    private final String key;
    private final String label;
    private final Function<CohortMatchingWeights, BigDecimal> value;

    MatchingWeight(String key, String label, Function<CohortMatchingWeights, BigDecimal> value) {
        this.key = key;
        this.label = label;
        this.value = value;
    }

    /** The weight's name in the API's weights and problems, e.g. {@code gapCoverage}. */
    public String key() {
        return key;
    }

    /** The weight's name on screen, e.g. "Competency gap coverage". */
    public String label() {
        return label;
    }

    /** This weight's value in a cohort's weights. */
    public BigDecimal of(CohortMatchingWeights weights) {
        return value.apply(weights);
    }
}
