package com.mentorplatform.api.roadmaps.experiments;

import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.roadmaps.Inputs;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.RoadmapChanges.Change;
import com.mentorplatform.api.roadmaps.RoadmapProblems;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.roadmaps.milestones.MilestoneService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import static com.mentorplatform.api.roadmaps.experiments.ExperimentStatus.ABANDONED;
import static com.mentorplatform.api.roadmaps.experiments.ExperimentStatus.ACTIVE;
import static com.mentorplatform.api.roadmaps.experiments.ExperimentStatus.DONE;
import static com.mentorplatform.api.roadmaps.experiments.ExperimentStatus.PLANNED;

/**
 * The mentee's experiments: planned, started, closed with a result and what was learned. Running more
 * than the tenant's limit at once is allowed, with a warning. Each change locks the roadmap and appends
 * its history in the same transaction.
 */
@Singleton
public class ExperimentService {

    private static final String WHAT = "Experiment";
    private static final Map<ExperimentStatus, String> ACTIONS = Map.of(ACTIVE, "STARTED", PLANNED, "POSTPONED",
            DONE, "DONE", ABANDONED, "ABANDONED");

    private final ExperimentRepository experiments;
    private final MilestoneService milestones;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final TenantScope tenantScope;
    private final MergePatch mergePatch;
    private final Clock clock;

    ExperimentService(ExperimentRepository experiments, MilestoneService milestones, RoadmapAccess access,
                      RoadmapChanges changes, TenantScope tenantScope, MergePatch mergePatch, Clock clock) {
        this.experiments = experiments;
        this.milestones = milestones;
        this.access = access;
        this.changes = changes;
        this.tenantScope = tenantScope;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    /** The roadmap's experiments as its caller sees them, and its workload, inside the caller's open transaction. */
    public Workload workloadInOpenTransaction(OpenRoadmap roadmap) {
        List<ExperimentResponse> all = experiments.ofRoadmap(roadmap.tenantId(), roadmap.id()).stream()
                .map(x -> ExperimentResponse.of(x, roadmap)).toList();
        return Workload.of(all, experiments.limitOf(roadmap.tenantId()), LocalDate.now(clock));
    }

    public ExperimentResult create(Caller caller, UUID roadmapId, ExperimentRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            OpenRoadmap roadmap = access.forMentee(caller, roadmapId, "Roadmap");
            ExperimentStatus status = request.status() == null ? PLANNED : request.status();
            if (!status.equals(PLANNED) && !status.equals(ACTIVE)) {
                throw ProblemException.invalidField("status", "must be PLANNED or ACTIVE for a new experiment");
            }
            ExperimentRequest r = checked(roadmap, request, status);
            UUID id = TimeOrderedIds.next();
            experiments.insert(roadmap.tenantId(), id, roadmapId, r.milestoneId(), r.objective(), r.kind().name(),
                    r.successMetric(), r.baseline(), r.target(), r.startsOn(), r.endsOn(), status.name());
            changes.record(caller, roadmapId, Change.of(Subject.EXPERIMENT, id, "CREATED", null, r));
            return result(roadmap, id);
        });
    }

    /** A merge patch of an open experiment's plan; its status changes through {@link #move}. */
    ExperimentResult patch(Caller caller, UUID id, JsonNode patch) {
        return change(caller, id, (roadmap, current) -> {
            if (!current.status().open()) {
                throw ProblemType.EXPERIMENT_CLOSED.exception("The experiment is " + current.status()
                        + "; a closed experiment is kept with its result");
            }
            ExperimentRequest before = ExperimentRequest.of(current);
            ExperimentRequest merged = mergePatch.apply(before, patch, ExperimentRequest.class);
            if (merged.status() != null) {
                throw ProblemException.invalidField("status", "changes through POST /api/experiments/{id}/status");
            }
            ExperimentRequest r = checked(roadmap, merged, null);
            if (r.equals(before)) {
                return;
            }
            experiments.update(roadmap.tenantId(), id, r.milestoneId(), r.objective(), r.kind().name(),
                    r.successMetric(), r.baseline(), r.target(), r.startsOn(), r.endsOn());
            changes.record(caller, roadmap.id(), Change.of(Subject.EXPERIMENT, id, "UPDATED", before, r));
        });
    }

    /** Starts, postpones or closes the experiment; closing needs the result and what was learned. */
    public ExperimentResult move(Caller caller, UUID id, ExperimentStatusRequest request) {
        return change(caller, id, (roadmap, current) -> {
            ExperimentStatus to = request.status();
            if (!current.status().allowedNext().contains(to)) {
                throw RoadmapProblems.refused("experiment", current.status(), to);
            }
            String result = FreeText.optional(request.result());
            String learned = FreeText.optional(request.learned());
            boolean closing = !to.open();
            requireClosingTexts(closing, result, learned);
            experiments.updateStatus(roadmap.tenantId(), id, to.name(), closing ? result : null,
                    closing ? learned : null, closing ? clock.instant() : null);
            changes.record(caller, roadmap.id(), Change.of(Subject.EXPERIMENT, id, ACTIONS.get(to),
                    new ExperimentState(current.objective(), current.status(), null, null),
                    new ExperimentState(current.objective(), to, closing ? result : null, closing ? learned : null)));
        });
    }

    private static void requireClosingTexts(boolean closing, String result, String learned) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (closing && result == null) {
            violations.add(new Problem.Violation("result", "must say what came of the experiment"));
        }
        if (closing && learned == null) {
            violations.add(new Problem.Violation("learned", "must say what was learned"));
        }
        ProblemException.throwIfAny(violations);
    }

    /** The request tidied, after its dates and milestone are checked against the roadmap. */
    private ExperimentRequest checked(OpenRoadmap roadmap, ExperimentRequest r, ExperimentStatus status) {
        List<Problem.Violation> violations = new ArrayList<>();
        Inputs.plausible("startsOn", r.startsOn(), violations);
        Inputs.plausible("endsOn", r.endsOn(), violations);
        if (r.endsOn().isBefore(r.startsOn())) {
            violations.add(new Problem.Violation("endsOn", "must not be before startsOn"));
        }
        if (r.milestoneId() != null
                && milestones.titleInOpenTransaction(roadmap.tenantId(), roadmap.id(), r.milestoneId()).isEmpty()) {
            violations.add(new Problem.Violation("milestoneId", "is not a milestone of this roadmap"));
        }
        ProblemException.throwIfAny(violations);
        return new ExperimentRequest(r.objective().strip(), r.kind(), r.successMetric().strip(),
                FreeText.optional(r.baseline()), FreeText.optional(r.target()), r.startsOn(), r.endsOn(),
                r.milestoneId(), status);
    }

    /** Opens the experiment's roadmap for its mentee (a 404 naming the experiment), applies the work, answers it. */
    private ExperimentResult change(Caller caller, UUID id, BiConsumer<OpenRoadmap, ExperimentRow> work) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID roadmapId = experiments.roadmapOf(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound(WHAT));
            OpenRoadmap roadmap = access.forMentee(caller, roadmapId, WHAT);
            work.accept(roadmap, experiments.find(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound(WHAT)));
            return result(roadmap, id);
        });
    }

    private ExperimentResult result(OpenRoadmap roadmap, UUID id) {
        Workload workload = workloadInOpenTransaction(roadmap);
        ExperimentResponse experiment = workload.experiments().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(WHAT));
        return new ExperimentResult(experiment, workload.warnings());
    }
}
