package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.problem.Problem;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** How roadmap requests are tidied and checked beyond Bean Validation, the same way everywhere. */
public final class Inputs {

    /** Dates outside this range are typing mistakes, not plans. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Inputs() {
    }

    /** Adds a violation of {@code field} when the date is outside 2000–2199. */
    public static void plausible(String field, @Nullable LocalDate date, List<Problem.Violation> violations) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            violations.add(new Problem.Violation(field, "must be between " + EARLIEST + " and " + LATEST));
        }
    }
}
