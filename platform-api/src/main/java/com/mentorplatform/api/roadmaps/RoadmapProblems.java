package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;


/** The problems roadmap changes report, so each reads the same wherever it arises. */
public final class RoadmapProblems {

    private RoadmapProblems() {
    }

    /** A 409: archived roadmaps are kept as they were. */
    public static ProblemException archived() {
        return ProblemType.ROADMAP_ARCHIVED.exception("An archived roadmap is kept as it was; change the active one");
    }

    /** A 403 for a mentor doing the mentee's part or the other way round. */
    public static ProblemException otherSide(String who) {
        return ProblemType.FORBIDDEN.exception("Only the " + who + " does this");
    }

    /** A 409 for a move the thing's current state does not allow. */
    public static ProblemException refused(String what, Enum<?> from, Enum<?> to) {
        return ProblemType.TRANSITION_REFUSED.exception("A " + from + " " + what + " cannot become " + to);
    }
}
