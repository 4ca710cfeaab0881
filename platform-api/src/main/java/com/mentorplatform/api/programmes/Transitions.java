package com.mentorplatform.api.programmes;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** The one way a refused status change is reported, for programmes and cohorts alike. */
final class Transitions {

    private Transitions() {
    }

    static ProblemException refused(String what, Enum<?> from, Enum<?> to) {
        return new ProblemException(HttpStatus.CONFLICT, "invalid-status-transition",
                "This status change is not allowed", "A " + what + " cannot move from " + from + " to " + to,
                List.of(new Problem.Violation("status", "cannot move from " + from + " to " + to)));
    }
}
