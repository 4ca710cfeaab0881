package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.RoadmapChanges.Change;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The sustainable pace of a roadmap: either side proposes it, and each side agrees to it. Changing it
 * clears both agreements, so what is agreed is always what it now says.
 */
@Singleton
class PaceService {

    private final RoadmapRepository roadmaps;
    private final RoadmapViews views;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final TenantScope tenantScope;
    private final Clock clock;

    PaceService(RoadmapRepository roadmaps, RoadmapViews views, RoadmapAccess access, RoadmapChanges changes,
                TenantScope tenantScope, Clock clock) {
        this.roadmaps = roadmaps;
        this.views = views;
        this.access = access;
        this.changes = changes;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    public RoadmapResponse set(Caller caller, UUID id, PaceRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            OpenRoadmap roadmap = access.forEither(caller, id, "Roadmap");
            RoadmapRow row = views.row(caller.tenantId(), id);
            PaceRequest before = row.paceMeasure() == null ? null : new PaceRequest(row.paceStatement(),
                    row.paceMeasure(), row.paceMinimum(), row.pacePeriodDays());
            PaceRequest after = new PaceRequest(request.statement().strip(), request.measure(), request.minimum(),
                    request.periodDays());
            if (!after.equals(before)) {
                roadmaps.updatePace(caller.tenantId(), id, after.statement(), after.measure().name(), after.minimum(),
                        after.periodDays());
                changes.record(caller, id, Change.of(Subject.PACE, null, "SET", before, after));
            }
            return views.of(roadmap);
        });
    }

    /** Records the caller's side's agreement to the pace as it stands; agreeing again changes nothing. */
    public RoadmapResponse agree(Caller caller, UUID id) {
        return tenantScope.write(caller.tenantId(), () -> {
            OpenRoadmap roadmap = access.forEither(caller, id, "Roadmap");
            RoadmapRow row = views.row(caller.tenantId(), id);
            if (row.paceMeasure() == null) {
                throw ProblemType.NO_PACE.exception("Set the pace first");
            }
            boolean mentee = roadmap.relation() == Relation.SELF;
            if ((mentee ? row.paceAgreedByMenteeAt() : row.paceAgreedByMentorAt()) == null) {
                if (mentee) {
                    roadmaps.agreeAsMentee(caller.tenantId(), id, clock.instant());
                } else {
                    roadmaps.agreeAsMentor(caller.tenantId(), id, clock.instant());
                }
                changes.record(caller, id, Change.of(Subject.PACE, null, "AGREED", null,
                        Map.of("side", mentee ? "MENTEE" : "MENTOR")));
            }
            return views.of(roadmap);
        });
    }
}
