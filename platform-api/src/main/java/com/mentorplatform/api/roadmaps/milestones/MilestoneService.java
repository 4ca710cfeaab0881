package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.RoadmapChanges.Change;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds, edits and moves milestones: the mentee plans and progresses them, the mentor endorses or
 * sends back. Each change locks the roadmap and appends its history in the same transaction.
 */
@Singleton
public class MilestoneService {

    /** Enough for any real plan; keeps positions within what the table allows. */
    static final int MAX_PER_ROADMAP = 100;
    private static final String WHAT = "Milestone";
    private static final Map<MilestoneStatus, String> MOVES = Map.of(MilestoneStatus.IN_PROGRESS, "STARTED",
            MilestoneStatus.PLANNED, "REPLANNED", MilestoneStatus.REACHED, "REACHED", MilestoneStatus.DROPPED, "DROPPED");

    private final MilestoneRepository milestones;
    private final MilestoneChecks checks;
    private final MilestoneNotices notices;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final TenantScope tenantScope;
    private final MergePatch mergePatch;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, MilestoneChecks checks, MilestoneNotices notices,
                     RoadmapAccess access, RoadmapChanges changes, TenantScope tenantScope, MergePatch mergePatch,
                     Clock clock) {
        this.milestones = milestones;
        this.checks = checks;
        this.notices = notices;
        this.access = access;
        this.changes = changes;
        this.tenantScope = tenantScope;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    /** The roadmap's milestones in order as its caller sees them, inside the caller's open transaction. */
    public List<MilestoneResponse> listInOpenTransaction(OpenRoadmap roadmap) {
        LocalDate today = LocalDate.now(clock);
        return milestones.ofRoadmap(roadmap.tenantId(), roadmap.id()).stream()
                .map(m -> MilestoneResponse.of(m, today, roadmap)).toList();
    }

    /** The milestone's title when it is on this roadmap, inside the caller's open transaction. */
    public Optional<String> titleInOpenTransaction(UUID tenantId, UUID roadmapId, UUID milestoneId) {
        return milestones.titleOn(tenantId, roadmapId, milestoneId);
    }

    public MilestoneResponse create(Caller caller, UUID roadmapId, MilestoneRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            OpenRoadmap roadmap = access.forMentee(caller, roadmapId, "Roadmap");
            MilestoneRequest r = checks.checked(tenantId, request);
            if (milestones.countOn(tenantId, roadmapId) >= MAX_PER_ROADMAP) {
                throw ProblemType.TOO_MANY_MILESTONES.exception(
                        "A roadmap holds at most " + MAX_PER_ROADMAP + " milestones; drop or reach some first");
            }
            UUID id = TimeOrderedIds.next();
            milestones.insert(tenantId, id, roadmapId, r.title(), r.minimumExperience(), r.expectedOutcomes(),
                    r.criteria(), r.dueOn(), r.calendarEventId(), r.alternativeRoutes());
            addCompetencies(tenantId, id, r.competencyIds());
            changes.record(caller, roadmapId, Change.of(Subject.MILESTONE, id, "CREATED", null, r));
            return response(roadmap, id);
        });
    }

    /** A merge patch of an open milestone's plan; a closed one is kept as it was reached or dropped. */
    public MilestoneResponse patch(Caller caller, UUID id, JsonNode patch) {
        return change(caller, id, access::forMentee, (roadmap, current) -> {
            if (!current.status().open()) {
                throw ProblemType.MILESTONE_CLOSED.exception("The milestone is " + current.status()
                        + "; a reached or dropped milestone is kept as it was");
            }
            MilestoneRequest before = MilestoneRequest.of(current);
            MilestoneRequest r = checks.checked(roadmap.tenantId(), mergePatch.apply(before, patch, MilestoneRequest.class));
            if (r.equals(before)) {
                return;
            }
            milestones.update(roadmap.tenantId(), id, r.title(), r.minimumExperience(), r.expectedOutcomes(),
                    r.criteria(), r.dueOn(), r.calendarEventId(), r.alternativeRoutes());
            if (!r.competencyIds().equals(before.competencyIds())) {
                replaceCompetencies(roadmap.tenantId(), id, r.competencyIds());
            }
            changes.record(caller, roadmap.id(), Change.of(Subject.MILESTONE, id, "UPDATED", before, r));
        });
    }

    /** The mentee's move of the milestone to another status; reaching it tells their mentor. */
    public MilestoneResponse move(Caller caller, UUID id, MilestoneStatusRequest request) {
        return change(caller, id, access::forMentee, (roadmap, current) -> {
            Progress next = current.progress().moveTo(request.status(), request.note(), clock.instant());
            save(roadmap.tenantId(), id, next);
            changes.record(caller, roadmap.id(), Change.of(Subject.MILESTONE, id, MOVES.get(request.status()),
                    MilestoneState.before(current), MilestoneState.after(current, next, FreeText.optional(request.note()))));
            if (next.status() == MilestoneStatus.REACHED) {
                notices.reached(roadmap, current.title());
            }
        });
    }

    /** The mentor's endorsement of a reached milestone, or sending it back to in progress; the mentee is told. */
    public MilestoneResponse answer(Caller caller, UUID id, EndorsementRequest request) {
        return change(caller, id, access::forMentor, (roadmap, current) -> {
            Progress next = current.progress().answer(request.decision(), request.comment(), caller.personId(),
                    clock.instant());
            save(roadmap.tenantId(), id, next);
            changes.record(caller, roadmap.id(), Change.of(Subject.MILESTONE, id, request.decision().name(),
                    MilestoneState.before(current), MilestoneState.after(current, next, null)));
            notices.answered(caller, roadmap, current.title(), next);
        });
    }

    /** Opens the milestone's roadmap for this side (a 404 naming the milestone), applies the work, answers the milestone. */
    private MilestoneResponse change(Caller caller, UUID id, Side side, Work work) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID roadmapId = milestones.roadmapOf(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound(WHAT));
            OpenRoadmap roadmap = side.open(caller, roadmapId, WHAT);
            work.apply(roadmap, load(caller.tenantId(), id));
            return response(roadmap, id);
        });
    }

    private void save(UUID tenantId, UUID id, Progress p) {
        milestones.updateProgress(tenantId, id, p.status().name(), p.startedAt(), p.reachedAt(), p.droppedAt(),
                p.reachedNote(), p.endorsement() == null ? null : p.endorsement().name(), p.endorsedBy(), p.endorsedAt(),
                p.endorsementComment());
    }

    private void replaceCompetencies(UUID tenantId, UUID id, List<UUID> competencyIds) {
        milestones.deleteCompetencies(tenantId, id);
        addCompetencies(tenantId, id, competencyIds);
    }

    private void addCompetencies(UUID tenantId, UUID id, List<UUID> competencyIds) {
        if (!competencyIds.isEmpty()) {
            milestones.insertCompetencies(tenantId, id, competencyIds.stream().map(UUID::toString).toArray(String[]::new));
        }
    }

    private MilestoneRow load(UUID tenantId, UUID id) {
        return milestones.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(WHAT));
    }

    private MilestoneResponse response(OpenRoadmap roadmap, UUID id) {
        return MilestoneResponse.of(load(roadmap.tenantId(), id), LocalDate.now(clock), roadmap);
    }

    /** How a change opens the milestone's roadmap: as its mentee or as its mentor. */
    @FunctionalInterface
    private interface Side {
        OpenRoadmap open(Caller caller, UUID roadmapId, String what);
    }

    /** One change to a loaded milestone. */
    @FunctionalInterface
    private interface Work {
        void apply(OpenRoadmap roadmap, MilestoneRow current);
    }
}
