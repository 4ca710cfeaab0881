package com.mentorplatform.api.leadership;

import com.mentorplatform.api.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The one attribute a leader table breaks its participants down by; never two at once, on purpose. */
enum Breakdown {
    PROGRAMME("programme"), COHORT("cohort"), DEPARTMENT("department"), LOCATION("location"), LEVEL("level"),
    START_YEAR("startYear");

    /** How the API names it, in {@code ?by=} and in cell keys (the snapshot's grouping names). */
    final String key;

    Breakdown(String key) {
        this.key = key;
    }

    static Breakdown parse(String by) {
        return Arrays.stream(values()).filter(b -> b.key.equals(by)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("by", "must be one of " + Arrays.stream(values())
                        .map(b -> b.key).collect(Collectors.joining(", "))));
    }
}
