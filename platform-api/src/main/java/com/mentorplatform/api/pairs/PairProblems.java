package com.mentorplatform.api.pairs;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;

import java.util.List;

/** The problems pair changes report, in one place so each reads the same wherever it arises. */
final class PairProblems {

    private PairProblems() {
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Pair");
    }

    static ProblemException refused(PairStatus from, PairStatus to) {
        return ProblemType.TRANSITION_REFUSED.exception("A " + from + " pair cannot become " + to,
                List.of(new Problem.Violation("status",
                "cannot move from " + from + " to " + to)));
    }

    static ProblemException reasonNeeded() {
        return ProblemException.invalidField("reason", "is required to end a pair early");
    }

    static ProblemException reasonOnlyWhenEnding() {
        return ProblemException.invalidField("reason", "is only given when ending a pair early");
    }

    static ProblemException noteNeeded() {
        return ProblemException.invalidField("note", "must say what happened when the reason is OTHER");
    }
}
