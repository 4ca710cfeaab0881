package com.mentorplatform.api.checkins;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;


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
        return ProblemType.CHECK_INS_READ_ONLY.exception(
                "Only the mentor and mentee of an active or paused pair add to its check-ins");
    }

    static ProblemException cancelled() {
        return ProblemType.CHECK_IN_CANCELLED.exception("A cancelled check-in cannot be changed");
    }

    static ProblemException refused(CheckInStatus from, CheckInStatus to) {
        return ProblemType.CHECK_IN_TRANSITION_REFUSED.exception("A " + from + " check-in cannot become " + to);
    }
}
