package com.mentorplatform.api.programmes;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;

import java.util.List;

/** The one way a refused status change is reported, for programmes and cohorts alike. */
final class Transitions {

    private Transitions() {
    }

    static ProblemException refused(String what, Enum<?> from, Enum<?> to) {
        return ProblemType.INVALID_STATUS_TRANSITION.exception("A " + what + " cannot move from " + from + " to " + to,
                List.of(new Problem.Violation("status", "cannot move from " + from + " to " + to)));
    }
}
