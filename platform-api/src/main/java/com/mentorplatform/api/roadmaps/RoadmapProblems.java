package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** The problems roadmap changes report, so each reads the same wherever it arises. */
public final class RoadmapProblems {

    private RoadmapProblems() {
    }

    /** A 409: archived roadmaps are kept as they were. */
    public static ProblemException archived() {
        return ProblemException.conflict("roadmap-archived", "The roadmap is archived",
                "An archived roadmap is kept as it was; change the active one");
    }

    /** A 403 for a mentor doing the mentee's part or the other way round. */
    public static ProblemException otherSide(String who) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                "Only the " + who + " does this", List.of());
    }

    /** A 409 for a move the thing's current state does not allow. */
    public static ProblemException refused(String what, Enum<?> from, Enum<?> to) {
        return ProblemException.conflict("transition-refused", "The " + what + " cannot move to " + to,
                "A " + from + " " + what + " cannot become " + to);
    }
}
