package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who may read or change one roadmap, decided by {@link WorkspaceAccess} from its mentee: the mentee
 * writes the plan, the mentor of an active or paused pair does the mentor's parts, both may do the
 * shared parts (pace, reviews); former mentors and programme staff only read. Callers who may not
 * reach the roadmap, or only read it, get the 404 of {@code what}; a writer doing the other side's
 * part gets a 403. Changes lock the roadmap and are refused on an archived one.
 *
 * <p>Every method runs inside an open tenant transaction.
 */
@Published
@Singleton
public class RoadmapAccess {

    private final RoadmapHeaderRepository roadmaps;
    private final WorkspaceAccess workspaces;

    RoadmapAccess(RoadmapHeaderRepository roadmaps, WorkspaceAccess workspaces) {
        this.roadmaps = roadmaps;
        this.workspaces = workspaces;
    }

    /** The roadmap for reading, by anyone with a relation to its mentee. */
    public OpenRoadmap reading(Caller caller, UUID roadmapId, String what) {
        RoadmapHeader header = roadmaps.find(caller.tenantId(), roadmapId).orElseThrow(() -> ProblemException.notFound(what));
        return open(caller, header, workspaces.relationTo(caller, header.menteeId(), what));
    }

    /** The roadmap locked for a change only its mentee makes. */
    public OpenRoadmap forMentee(Caller caller, UUID roadmapId, String what) {
        return writing(caller, roadmapId, what, Relation.SELF);
    }

    /** The roadmap locked for a change only the mentor of an active or paused pair makes. */
    public OpenRoadmap forMentor(Caller caller, UUID roadmapId, String what) {
        return writing(caller, roadmapId, what, Relation.MENTOR);
    }

    /** The roadmap locked for a change either the mentee or their mentor makes. */
    public OpenRoadmap forEither(Caller caller, UUID roadmapId, String what) {
        return writing(caller, roadmapId, what, null);
    }

    private OpenRoadmap writing(Caller caller, UUID roadmapId, String what, Relation only) {
        RoadmapHeader header = roadmaps.lock(caller.tenantId(), roadmapId).orElseThrow(() -> ProblemException.notFound(what));
        OpenRoadmap roadmap = open(caller, header, workspaces.writerTo(caller, header.menteeId(), what));
        if (only != null && roadmap.relation() != only) {
            throw RoadmapProblems.otherSide(only == Relation.SELF ? "mentee" : "mentor");
        }
        if (roadmap.archived()) {
            throw RoadmapProblems.archived();
        }
        return roadmap;
    }

    private static OpenRoadmap open(Caller caller, RoadmapHeader header, Relation relation) {
        return new OpenRoadmap(caller.tenantId(), header.id(), header.menteeId(), header.cohortId(),
                header.status() != RoadmapStatus.ACTIVE, relation);
    }
}
