package com.mentorplatform.ui.programmes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The weights a cohort's matching will use, each in [0, 1], and its two rules. */
public record MatchingWeights(BigDecimal gapCoverage, BigDecimal seniority, BigDecimal department,
        BigDecimal language, BigDecimal timeZone, BigDecimal interests, BigDecimal preference,
        BigDecimal availability, Boolean favourSameDepartment, Boolean requireSharedLanguage) {

    /** Each weight under the name a person reads, in the order the matching workbench shows them. */
    public Map<String, BigDecimal> labelled() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("Competency gap coverage", gapCoverage);
        weights.put("Seniority gap", seniority);
        weights.put("Department", department);
        weights.put("Shared language", language);
        weights.put("Time-zone overlap", timeZone);
        weights.put("Shared interests", interests);
        weights.put("Stated preferences", preference);
        weights.put("Availability", availability);
        return weights;
    }
}
