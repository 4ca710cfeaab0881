package com.mentorplatform.api.programmes;

import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Creates, lists and changes the cohorts of a programme. Changes lock the programme and then the
 * cohort (always in that order), so a programme cannot close while a cohort opens, and a capacity
 * cut cannot race an enrolment. Every change is audited in the same transaction.
 */
@Singleton
class CohortService {

    private static final String ENTITY = "cohort";

    private final CohortRepository cohorts;
    private final ProgrammeRepository programmes;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;

    CohortService(CohortRepository cohorts, ProgrammeRepository programmes, TenantScope tenantScope,
                  AuditLog auditLog, MergePatch mergePatch) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
    }

    List<CohortResponse> ofProgramme(Caller caller, UUID programmeId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            programmes.find(caller.tenantId(), programmeId).orElseThrow(ProgrammeService::notFound);
            return cohorts.ofProgramme(caller.tenantId(), programmeId).stream().map(CohortResponse::of).toList();
        });
    }

    CohortResponse get(Caller caller, UUID id) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> CohortResponse.of(load(caller.tenantId(), id)));
    }

    public CohortResponse create(Caller caller, UUID programmeId, CohortRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            Programme programme = programmes.lock(tenantId, programmeId).orElseThrow(ProgrammeService::notFound);
            UUID id = UUID.randomUUID();
            CohortRequest complete = complete(request, CohortStatus.PLANNED);
            checkFields(complete);
            if (programme.status() == ProgrammeStatus.CLOSED) {
                throw ProblemType.PROGRAMME_CLOSED.exception("A closed programme takes no new cohorts");
            }
            checkTransition(CohortStatus.PLANNED, complete.status(), programme.status());
            checkName(tenantId, programmeId, id, complete.name());
            cohorts.insert(tenantId, id, programmeId, complete.name().trim(), complete.startsOn(), complete.endsOn(),
                    complete.checkInCadenceDays(), complete.capacity(), complete.status().name(),
                    w(complete).gapCoverage(), w(complete).seniority(), w(complete).department(),
                    w(complete).language(), w(complete).timeZone(), w(complete).interests(),
                    w(complete).preference(), w(complete).availability(), w(complete).favourSameDepartment(),
                    w(complete).requireSharedLanguage());
            CohortResponse created = CohortResponse.of(load(tenantId, id));
            auditLog.record(caller, "cohort.created", ENTITY, id, null, created);
            return created;
        });
    }

    public CohortResponse patch(Caller caller, UUID id, JsonNode patch) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            UUID programmeId = load(tenantId, id).programmeId();
            Programme programme = programmes.lock(tenantId, programmeId).orElseThrow(CohortService::notFound);
            Cohort current = cohorts.lock(tenantId, id).orElseThrow(CohortService::notFound);
            CohortRequest before = CohortRequest.of(current);
            CohortRequest changed = complete(mergePatch.apply(before, patch, CohortRequest.class), current.status());
            checkFields(changed);
            checkTransition(current.status(), changed.status(), programme.status());
            if (current.status() == CohortStatus.FINISHED && !changed.equals(before)) {
                throw ProblemType.COHORT_FINISHED.exception("A finished cohort is kept as it was");
            }
            checkCapacity(current, changed.capacity());
            checkName(tenantId, programmeId, id, changed.name());
            cohorts.update(tenantId, id, changed.name().trim(), changed.startsOn(), changed.endsOn(),
                    changed.checkInCadenceDays(), changed.capacity(), changed.status().name(),
                    w(changed).gapCoverage(), w(changed).seniority(), w(changed).department(), w(changed).language(),
                    w(changed).timeZone(), w(changed).interests(), w(changed).preference(), w(changed).availability(),
                    w(changed).favourSameDepartment(), w(changed).requireSharedLanguage());
            CohortResponse after = CohortResponse.of(load(tenantId, id));
            auditLog.record(caller, AuditLog.statusAction(ENTITY, current.status(), changed.status()), ENTITY, id,
                    CohortResponse.of(current), after);
            return after;
        });
    }

    /** The request with its status and every weight filled in. */
    private static CohortRequest complete(CohortRequest r, CohortStatus defaultStatus) {
        return new CohortRequest(r.name(), r.startsOn(), r.endsOn(), r.checkInCadenceDays(), r.capacity(),
                r.status() == null ? defaultStatus : r.status(), r.weightsOrDefaults());
    }

    private static CohortMatchingWeights w(CohortRequest complete) {
        return complete.matchingWeights();
    }

    private static void checkFields(CohortRequest r) {
        if (!r.endsOn().isAfter(r.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must be after startsOn");
        }
        if (!r.matchingWeights().anyPositive()) {
            throw ProblemException.invalidField("matchingWeights", "at least one weight must be above zero");
        }
    }

    private static void checkTransition(CohortStatus from, CohortStatus to, ProgrammeStatus programme) {
        if (!from.canMoveTo(to)) {
            throw Transitions.refused("cohort", from, to);
        }
        if (to != from && to.isLive() && programme != ProgrammeStatus.ACTIVE) {
            throw ProblemType.PROGRAMME_NOT_ACTIVE.exception("Activate the programme before a cohort enrols or runs",
                    List.of(new Problem.Violation("status", "needs an active programme")));
        }
    }

    private static void checkCapacity(Cohort current, int capacity) {
        if (capacity < current.menteesEnrolled()) {
            throw ProblemType.CAPACITY_BELOW_ENROLLED.exception(
                    current.menteesEnrolled() + " mentees are enrolled; withdraw some first",
                    List.of(new Problem.Violation("capacity", "must be at least " + current.menteesEnrolled())));
        }
    }

    private void checkName(UUID tenantId, UUID programmeId, UUID id, String name) {
        if (cohorts.nameTaken(tenantId, programmeId, name.trim(), id)) {
            throw ProblemType.NAME_TAKEN.exception("This programme already has a cohort of this name",
                    List.of(new Problem.Violation("name", "is already used by another cohort of the programme")));
        }
    }

    private Cohort load(UUID tenantId, UUID id) {
        return cohorts.find(tenantId, id).orElseThrow(CohortService::notFound);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Cohort");
    }
}
