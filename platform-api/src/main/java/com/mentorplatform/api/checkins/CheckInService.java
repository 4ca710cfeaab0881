package com.mentorplatform.api.checkins;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.checkins.CheckInAccess.Reached;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.icalendar.CheckInInvitations;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.TimeCursor;
import com.mentorplatform.api.pairs.PairEnded;
import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Schedules, logs, lists and changes a pair's check-ins. Members of the pair and HR read them; the
 * mentee and mentor of an active or paused pair write them. Each write is audited in its own
 * transaction, and no audit record or list ever carries a private note. Scheduling, moving or cancelling
 * one sends both members its calendar invitation in the same transaction; logging one as held publishes
 * {@link CheckInHeld} in that transaction.
 */
@Singleton
class CheckInService {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final String ENTITY = "check_in";

    private final CheckInRepository checkIns;
    private final CheckInActionRepository actions;
    private final CheckInResponses responses;
    private final PrivateNoteService privateNotes;
    private final CheckInAccess access;
    private final CheckInRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;
    private final CheckInInvitations invitations;
    private final ApplicationEventPublisher<CheckInHeld> held;

    CheckInService(CheckInRepository checkIns, CheckInActionRepository actions, CheckInResponses responses,
                   PrivateNoteService privateNotes, CheckInAccess access, CheckInRules rules, TenantScope tenantScope,
                   AuditLog auditLog, MergePatch mergePatch, CheckInInvitations invitations,
                   ApplicationEventPublisher<CheckInHeld> held) {
        this.checkIns = checkIns;
        this.actions = actions;
        this.responses = responses;
        this.privateNotes = privateNotes;
        this.access = access;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
        this.invitations = invitations;
        this.held = held;
    }

    /** A page of the pair's check-ins, newest first, shared content only. */
    CheckInPage page(Caller caller, UUID pairId, int limit, @Nullable String after) {
        TimeCursor cursor = TimeCursor.decode(after);
        return tenantScope.read(caller.tenantId(), () -> {
            access.reader(caller, pairId);
            Keyset<CheckIn> page = Keyset.of(checkIns.page(caller.tenantId(), pairId, TimeCursor.at(cursor),
                    TimeCursor.id(cursor), Keyset.rowsFor(limit)), limit,
                    last -> new TimeCursor(last.occursAt(), last.id()).encode());
            return new CheckInPage(responses.of(caller.tenantId(), page.items()), page.next());
        });
    }

    /** One check-in with the caller's own private note, if they wrote one. */
    CheckInResponse get(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> {
            Reached reached = access.readable(caller, id, CheckInProblems.CHECK_IN);
            return responses.of(caller.tenantId(), reached.checkIn()).withMyPrivateNote(privateNotes.own(caller, id));
        });
    }

    /**
     * Schedules (SCHEDULED, in the future) or logs (HELD, now or past) a check-in of the pair, with its
     * actions and the caller's private note, as the pair's mentor or mentee.
     */
    public CheckInResponse create(Caller caller, UUID pairId, CheckInRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            PairAccess pair = access.writer(caller, pairId);
            CheckInRequest r = rules.forCreate(request, pair);
            UUID id = TimeOrderedIds.next();
            Feedback f = r.feedback() == null ? Feedback.NONE : r.feedback();
            checkIns.insert(caller.tenantId(), id, pairId, r.status().name(), r.occursAt(), r.durationMinutes(),
                    r.agenda(), r.sharedNotes(), f.observation(), f.impact(), f.suggestion(), r.progressRating(),
                    caller.personId());
            for (ActionRequest action : r.actions() == null ? List.<ActionRequest>of() : r.actions()) {
                actions.insert(caller.tenantId(), TimeOrderedIds.next(), id, action.description().trim(),
                        action.ownerId(), action.dueOn());
            }
            if (r.status() == CheckInStatus.SCHEDULED) {
                invitations.send(caller.tenantId(), id);
            } else if (r.status() == CheckInStatus.HELD) {
                held.publishEvent(new CheckInHeld(caller.tenantId(), pairId));
            }
            CheckInResponse after = responses.of(caller.tenantId(), load(caller, id));
            auditLog.record(caller, r.status() == CheckInStatus.HELD ? "check_in.logged"
                    : "check_in.scheduled", ENTITY, id, null, after);
            return after.withMyPrivateNote(r.privateNote() == null ? null : privateNotes.save(caller, id, r.privateNote()));
        });
    }

    /** JSON Merge Patch of the shared fields: edit, mark held, or cancel (a cancelled check-in is final). */
    CheckInResponse patch(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            CheckIn current = access.changeable(caller, id, CheckInProblems.CHECK_IN).checkIn();
            CheckInRequest r = rules.forChange(current,
                    mergePatch.apply(CheckInRequest.of(current), patch, CheckInRequest.class));
            Feedback f = r.feedback() == null ? Feedback.NONE : r.feedback();
            checkIns.update(caller.tenantId(), id, r.status().name(), r.occursAt(), r.durationMinutes(), r.agenda(),
                    r.sharedNotes(), f.observation(), f.impact(), f.suggestion(), r.progressRating());
            if (changesInvitation(current, r)) {
                invitations.send(caller.tenantId(), id);
            }
            if (current.status() != CheckInStatus.HELD && r.status() == CheckInStatus.HELD) {
                held.publishEvent(new CheckInHeld(caller.tenantId(), current.pairId()));
            }
            CheckInResponse after = responses.of(caller.tenantId(), load(caller, id));
            auditLog.record(caller, AuditLog.statusAction(ENTITY, current.status(), r.status()), ENTITY, id,
                    responses.of(caller.tenantId(), current), after);
            return after.withMyPrivateNote(privateNotes.own(caller, id));
        });
    }

    /**
     * Whether the participants' calendars need the change: a scheduled check-in that moved, got another length or
     * was cancelled. One marked held stays in the calendars as it was, and agenda or notes are not in the invitation.
     */
    private static boolean changesInvitation(CheckIn current, CheckInRequest changed) {
        if (current.status() != CheckInStatus.SCHEDULED) {
            return false;
        }
        return changed.status() == CheckInStatus.CANCELLED || changed.status() == CheckInStatus.SCHEDULED
                && (!changed.occursAt().equals(current.occursAt())
                    || !Objects.equals(changed.durationMinutes(), current.durationMinutes()));
    }

    /**
     * Calls off the check-ins an ended pair still had scheduled: each is cancelled, leaves both calendars with a
     * cancellation and gets an audit record by the person who ended the pair, in the ending's transaction.
     */
    @EventListener
    void onPairEnded(PairEnded ended) {
        UUID tenantId = ended.tenantId();
        AuditLog.Actor endedBy = new AuditLog.Actor(tenantId, ended.endedBy());
        for (CheckIn scheduled : checkIns.lockScheduled(tenantId, ended.pairId())) {
            checkIns.cancel(tenantId, scheduled.id());
            invitations.send(tenantId, scheduled.id());
            auditLog.record(tenantId, endedBy, "check_in.cancelled", ENTITY, scheduled.id(),
                    responses.of(tenantId, scheduled), responses.of(tenantId, checkIns.find(tenantId, scheduled.id())
                            .orElseThrow()));
        }
    }

    private CheckIn load(Caller caller, UUID id) {
        return checkIns.find(caller.tenantId(), id).orElseThrow();
    }
}
