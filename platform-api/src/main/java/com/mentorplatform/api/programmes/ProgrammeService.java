package com.mentorplatform.api.programmes;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.Like;
import com.mentorplatform.api.paging.NameCursor;
import com.mentorplatform.api.people.PeopleSelection;
import com.mentorplatform.api.people.SelectedPerson;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, lists and changes programmes; every change is audited in the same transaction. */
@Singleton
class ProgrammeService {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String ENTITY = "programme";

    private final ProgrammeRepository programmes;
    private final PeopleSelection people;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;

    ProgrammeService(ProgrammeRepository programmes, PeopleSelection people, TenantScope tenantScope,
                     AuditLog auditLog, MergePatch mergePatch) {
        this.programmes = programmes;
        this.people = people;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
    }

    ProgrammePage page(Caller caller, @Nullable ProgrammeStatus status, @Nullable String query, int limit,
                       @Nullable String after) {
        HrOnly.require(caller);
        NameCursor cursor = NameCursor.decode(after);
        String pattern = Like.containsPattern(query);
        List<Programme> rows = tenantScope.read(caller.tenantId(), () -> programmes.page(caller.tenantId(),
                status == null ? null : status.name(), pattern, NameCursor.name(cursor), NameCursor.id(cursor),
                Keyset.rowsFor(limit)));
        Keyset<ProgrammeResponse> page = Keyset.of(rows, limit, last -> new NameCursor(last.name(), last.id()).encode())
                .map(ProgrammeResponse::of);
        return new ProgrammePage(page.items(), page.next());
    }

    ProgrammeResponse get(Caller caller, UUID id) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> ProgrammeResponse.of(load(caller.tenantId(), id)));
    }

    public ProgrammeResponse create(Caller caller, ProgrammeRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID id = UUID.randomUUID();
            UUID owner = request.ownerId() == null ? caller.personId() : request.ownerId();
            ProgrammeStatus status = request.status() == null ? ProgrammeStatus.DRAFT : request.status();
            checkTransition(caller.tenantId(), id, ProgrammeStatus.DRAFT, status);
            checkOwner(caller.tenantId(), owner);
            checkName(caller.tenantId(), id, request.name());
            programmes.insert(caller.tenantId(), id, request.name().trim(), request.goals(), request.type().name(),
                    owner, status.name());
            ProgrammeResponse created = ProgrammeResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, "programme.created", ENTITY, id, null, created);
            return created;
        });
    }

    ProgrammeResponse patch(Caller caller, UUID id, JsonNode patch) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            Programme current = programmes.lock(caller.tenantId(), id).orElseThrow(ProgrammeService::notFound);
            ProgrammeRequest changed = mergePatch.apply(ProgrammeRequest.of(current), patch, ProgrammeRequest.class);
            if (changed.ownerId() == null || changed.status() == null) {
                throw ProblemException.invalidField(changed.ownerId() == null ? "ownerId" : "status", "must not be null");
            }
            checkTransition(caller.tenantId(), id, current.status(), changed.status());
            if (!changed.ownerId().equals(current.ownerId())) {
                checkOwner(caller.tenantId(), changed.ownerId());
            }
            checkName(caller.tenantId(), id, changed.name());
            programmes.update(caller.tenantId(), id, changed.name().trim(), changed.goals(), changed.type().name(),
                    changed.ownerId(), changed.status().name());
            ProgrammeResponse after = ProgrammeResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, AuditLog.statusAction(ENTITY, current.status(), changed.status()), ENTITY, id,
                    ProgrammeResponse.of(current), after);
            return after;
        });
    }

    private void checkTransition(UUID tenantId, UUID id, ProgrammeStatus from, ProgrammeStatus to) {
        if (!from.canMoveTo(to)) {
            throw Transitions.refused("programme", from, to);
        }
        if (to == ProgrammeStatus.CLOSED && from != to && programmes.hasLiveCohorts(tenantId, id)) {
            throw ProblemType.PROGRAMME_HAS_LIVE_COHORTS.exception("Finish them before closing the programme",
                    List.of(new Problem.Violation("status", "cohorts are still enrolling or running")));
        }
    }

    private void checkOwner(UUID tenantId, UUID ownerId) {
        Optional<SelectedPerson> owner = people.find(tenantId, ownerId);
        if (owner.isEmpty()) {
            throw ProblemException.invalidField("ownerId", "no such person");
        }
        if (owner.get().leaver()) {
            throw ProblemException.invalidField("ownerId", "has left the organisation");
        }
    }

    private void checkName(UUID tenantId, UUID id, String name) {
        if (programmes.nameTaken(tenantId, name.trim(), id)) {
            throw ProblemType.NAME_TAKEN.exception("A programme with this name already exists",
                    List.of(new Problem.Violation("name", "is already used by another programme")));
        }
    }

    private Programme load(UUID tenantId, UUID id) {
        return programmes.find(tenantId, id).orElseThrow(ProgrammeService::notFound);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Programme");
    }
}
