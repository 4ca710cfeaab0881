package com.mentorplatform.api.checkins;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** The problems check-in requests report, in one place so each reads the same wherever it arises. */
final class CheckInProblems {

    static final String CHECK_IN = "Check-in";
    static final String ACTION = "Check-in action";

    private CheckInProblems() {
    }

    /**
     * Someone who may read the pair's check-ins but not add to them: a former mentor, the mentee of a
     * finished pair, or programme staff. They already see the check-ins, so a 404 would hide nothing.
     */
    static ProblemException readOnly() {
        return new ProblemException(HttpStatus.FORBIDDEN, "check-ins-read-only", "These check-ins are read-only for you",
                "Only the mentor and mentee of an active or paused pair add to its check-ins", List.of());
    }

    static ProblemException cancelled() {
        return ProblemException.conflict("check-in-cancelled", "The check-in was cancelled",
                "A cancelled check-in cannot be changed");
    }

    static ProblemException refused(CheckInStatus from, CheckInStatus to) {
        return ProblemException.conflict("check-in-transition-refused", "The check-in cannot become " + to,
                "A " + from + " check-in cannot become " + to);
    }
}
