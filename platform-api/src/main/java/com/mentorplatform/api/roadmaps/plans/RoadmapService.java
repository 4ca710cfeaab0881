package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.framework.RoleProfileService;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.RoadmapChanges.Change;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.roadmaps.gaps.GapService;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates, lists and reads roadmaps and changes their vision. A mentee has one active roadmap per
 * cohort: a new one archives the earlier one, which stays readable as it was.
 */
@Published
@Singleton
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final RoadmapViews views;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final WorkspaceAccess workspaces;
    private final PeopleService people;
    private final RoleProfileService roleProfiles;
    private final GapService gaps;
    private final TenantScope tenantScope;
    private final MergePatch mergePatch;

    RoadmapService(RoadmapRepository roadmaps, RoadmapViews views, RoadmapAccess access, RoadmapChanges changes,
                   WorkspaceAccess workspaces, PeopleService people, RoleProfileService roleProfiles, GapService gaps,
                   TenantScope tenantScope, MergePatch mergePatch) {
        this.roadmaps = roadmaps;
        this.views = views;
        this.access = access;
        this.changes = changes;
        this.workspaces = workspaces;
        this.people = people;
        this.roleProfiles = roleProfiles;
        this.gaps = gaps;
        this.tenantScope = tenantScope;
        this.mergePatch = mergePatch;
    }

    /** The mentee's roadmaps (the caller's own when no mentee is given), newest first. */
    List<RoadmapSummary> list(Caller caller, @Nullable UUID menteeId) {
        UUID mentee = menteeId == null ? caller.personId() : menteeId;
        return tenantScope.read(caller.tenantId(), () -> {
            if (!people.allExist(caller.tenantId(), List.of(mentee))) {
                throw ProblemException.notFound("Mentee");
            }
            workspaces.relationTo(caller, mentee, "Mentee");
            return roadmaps.ofMentee(caller.tenantId(), mentee);
        });
    }

    public RoadmapResponse get(Caller caller, UUID id) {
        return tenantScope.readReusingPlans(caller.tenantId(), () -> views.of(access.reading(caller, id, "Roadmap")));
    }

    /** A new active roadmap of the caller for the cohort, starting from their self-rated levels. */
    public RoadmapResponse create(Caller caller, CreateRoadmapRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            if (!roadmaps.isMenteeOf(tenantId, request.cohortId(), caller.personId())) {
                throw ProblemException.invalidField("cohortId", "is not a cohort you are a mentee in");
            }
            VisionRequest v = tidy(tenantId, request.vision());
            UUID id = TimeOrderedIds.next();
            roadmaps.lockActive(tenantId, caller.personId(), request.cohortId()).ifPresent(earlier -> {
                roadmaps.archive(tenantId, earlier);
                changes.record(caller, earlier, Change.of(Subject.ROADMAP, null, "ARCHIVED",
                        Map.of("status", "ACTIVE"), Map.of("status", "ARCHIVED", "replacedBy", id)));
            });
            roadmaps.insert(tenantId, id, caller.personId(), request.cohortId(), v.aspiration(), v.whyItMatters(),
                    v.successLooksLike(), v.horizonMonths(), v.targetRoleId());
            gaps.snapshotBaselineInOpenTransaction(tenantId, id, caller.personId());
            RoadmapResponse created = views.of(new OpenRoadmap(tenantId, id, caller.personId(), request.cohortId(),
                    false, Relation.SELF));
            changes.record(caller, id, Change.of(Subject.ROADMAP, null, "CREATED", null, created.vision()));
            return created;
        });
    }

    /** A JSON merge patch of the vision, by the mentee. */
    RoadmapResponse patchVision(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            OpenRoadmap roadmap = access.forMentee(caller, id, "Roadmap");
            Vision before = Vision.of(views.row(caller.tenantId(), id));
            VisionRequest current = VisionRequest.of(before);
            VisionRequest v = tidy(caller.tenantId(), mergePatch.apply(current, patch, VisionRequest.class));
            if (!v.equals(current)) {
                roadmaps.updateVision(caller.tenantId(), id, v.aspiration(), v.whyItMatters(), v.successLooksLike(),
                        v.horizonMonths(), v.targetRoleId());
                changes.record(caller, id, Change.of(Subject.VISION, null, "UPDATED", before,
                        Vision.of(views.row(caller.tenantId(), id))));
            }
            return views.of(roadmap);
        });
    }

    private VisionRequest tidy(UUID tenantId, VisionRequest v) {
        if (v.targetRoleId() != null && roleProfiles.nameInOpenTransaction(tenantId, v.targetRoleId()).isEmpty()) {
            throw ProblemException.invalidField("targetRoleId", "no such role profile");
        }
        return new VisionRequest(v.aspiration().strip(), FreeText.optional(v.whyItMatters()),
                FreeText.optional(v.successLooksLike()), v.horizonMonths(), v.targetRoleId());
    }
}
