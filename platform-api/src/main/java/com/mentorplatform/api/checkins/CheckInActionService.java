package com.mentorplatform.api.checkins;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.checkins.CheckInAccess.Reached;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Agrees further actions on a check-in and ticks them done or undone, each change audited. */
@Singleton
class CheckInActionService {

    static final String ENTITY = "check_in_action";

    private final CheckInActionRepository actions;
    private final CheckInAccess access;
    private final CheckInRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;
    private final Clock clock;

    CheckInActionService(CheckInActionRepository actions, CheckInAccess access, CheckInRules rules,
                         TenantScope tenantScope, AuditLog auditLog, MergePatch mergePatch, Clock clock) {
        this.actions = actions;
        this.access = access;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    ActionResponse add(Caller caller, UUID checkInId, ActionRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            Reached reached = access.changeable(caller, checkInId, CheckInProblems.CHECK_IN);
            ActionRequest r = rules.forAction(request, reached.pair(), reached.checkIn().occursAt());
            UUID id = TimeOrderedIds.next();
            actions.insert(caller.tenantId(), id, checkInId, r.description(), r.ownerId(), r.dueOn());
            ActionResponse after = ActionResponse.of(load(caller, id));
            auditLog.record(caller, "check_in_action.created", ENTITY, id,
                    null, after);
            return after;
        });
    }

    /** JSON Merge Patch: {@code {"done": true}} ticks the action done, {@code false} reopens it. */
    public ActionResponse change(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            CheckInAction current = load(caller, id);
            Reached reached = access.changeable(caller, current.checkInId(), CheckInProblems.ACTION);
            ActionChange merged = mergePatch.apply(ActionChange.of(current), patch, ActionChange.class);
            ActionRequest r = rules.forAction(merged.asRequest(), reached.pair(), reached.checkIn().occursAt());
            boolean wasDone = current.doneAt() != null;
            actions.update(caller.tenantId(), id, r.description(), r.ownerId(), r.dueOn(),
                    merged.done() == wasDone ? current.doneAt() : merged.done() ? clock.instant() : null);
            ActionResponse after = ActionResponse.of(load(caller, id));
            auditLog.record(caller, "check_in_action.updated", ENTITY, id,
                    ActionResponse.of(current), after);
            return after;
        });
    }

    private CheckInAction load(Caller caller, UUID id) {
        return actions.find(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound(CheckInProblems.ACTION));
    }
}
