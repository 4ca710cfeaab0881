package com.mentorplatform.api.pairs;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates pairs (for matching decisions), moves them through their lifecycle and lists them: HR sees
 * a cohort's pairs, a participant only their own. Each transition is kept as an event, audited, and
 * tells both people when the pair becomes active or ends, all in the same transaction.
 */
@Published
@Singleton
public class PairService {

    static final String ENTITY = "pair";

    private final PairRepository pairs;
    private final Cohorts cohorts;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final JsonMapper json;
    private final ApplicationEventPublisher<PairEnded> endings;

    PairService(PairRepository pairs, Cohorts cohorts, TenantScope tenantScope, AuditLog auditLog,
                Notifications notifications, JsonMapper json, ApplicationEventPublisher<PairEnded> endings) {
        this.pairs = pairs;
        this.cohorts = cohorts;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.json = json;
        this.endings = endings;
    }

    /** Creates a PROPOSED pair inside the caller's open tenant transaction and returns its id. */
    public UUID create(UUID tenantId, UUID actorId, NewPair pair) {
        return createAll(tenantId, actorId, List.of(pair)).get(0);
    }

    /**
     * Creates PROPOSED pairs (each with its first event) inside the caller's open tenant transaction,
     * two statements however many; returns their ids in the order given.
     */
    public List<UUID> createAll(UUID tenantId, UUID actorId, List<NewPair> newPairs) {
        List<UUID> ids = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewPair pair : newPairs) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id.toString());
            row.put("event_id", UUID.randomUUID().toString());
            row.put("cohort_id", pair.cohortId().toString());
            row.put("mentor_id", pair.mentorId().toString());
            row.put("mentee_id", pair.menteeId().toString());
            row.put("run_id", pair.runId() == null ? null : pair.runId().toString());
            row.put("proposal_id", pair.proposalId() == null ? null : pair.proposalId().toString());
            row.put("source", pair.source());
            row.put("score", pair.score());
            row.put("reasons", pair.reasons());
            rows.add(row);
        }
        String json = toJson(rows);
        pairs.insertAll(tenantId, json);
        pairs.insertCreatedEvents(tenantId, actorId, json);
        return ids;
    }

    /** The cohort's pairs that still hold a mentee (proposed, active or paused), inside an open transaction. */
    public List<OpenPair> openPairs(UUID tenantId, UUID cohortId) {
        return pairs.openOfCohort(tenantId, cohortId).stream().map(p -> new OpenPair(p.id(), p.menteeId(), p.mentorId()))
                .toList();
    }

    /** One pair, inside an open transaction; a 404 problem when the tenant has none of this id. */
    public PairResponse find(UUID tenantId, UUID pairId) {
        return response(pairs.find(tenantId, pairId).orElseThrow(PairProblems::notFound));
    }

    /** An open pair's id and people. */
    public record OpenPair(UUID pairId, UUID menteeId, UUID mentorId) {
    }

    List<PairResponse> ofCohort(Caller caller, UUID cohortId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            cohorts.seats(caller.tenantId(), cohortId);
            return pairs.ofCohort(caller.tenantId(), cohortId).stream().map(this::response).toList();
        });
    }

    PairResponse get(Caller caller, UUID pairId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> find(caller.tenantId(), pairId));
    }

    List<PairEvent> events(Caller caller, UUID pairId) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            pairs.find(caller.tenantId(), pairId).orElseThrow(PairProblems::notFound);
            return pairs.events(caller.tenantId(), pairId);
        });
    }

    /** The caller's own pairs as mentor or mentee, newest first. */
    List<PairResponse> mine(Caller caller) {
        return tenantScope.read(caller.tenantId(),
                () -> pairs.ofPerson(caller.tenantId(), caller.personId()).stream().map(this::response).toList());
    }

    /** Moves the pair to the requested status (HR only), keeping the event, audit record and notifications. */
    public PairResponse transition(Caller caller, UUID pairId, TransitionRequest request) {
        HrOnly.require(caller);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            Pair current = pairs.lock(tenantId, pairId).orElseThrow(PairProblems::notFound);
            PairTransition.check(current.status(), request);
            String reason = request.reason() == null ? null : request.reason().name();
            String note = FreeText.optional(request.note());
            pairs.changeStatus(tenantId, pairId, request.status().name(), reason, note);
            pairs.insertEvent(tenantId, UUID.randomUUID(), pairId, caller.personId(), current.status().name(),
                    request.status().name(), reason, note);
            if (current.status().isOpen() && !request.status().isOpen()) {
                // listeners run now, on this thread, inside this transaction; before the pair's own notices, so
                // what they send (an end-of-pair survey) lists below the news of the ending
                endings.publishEvent(new PairEnded(tenantId, pairId, caller.personId()));
            }
            PairTransition.message(current, request.status()).ifPresent(message -> {
                notifications.send(tenantId, current.mentorId(), message.kind(), pairId, message.text());
                notifications.send(tenantId, current.menteeId(), message.kind(), pairId, message.text());
            });
            PairResponse after = find(tenantId, pairId);
            auditLog.record(caller, AuditLog.statusAction(ENTITY, current.status(), request.status()), ENTITY, pairId,
                    response(current), after);
            return after;
        });
    }

    private PairResponse response(Pair pair) {
        try {
            return PairResponse.of(pair, json.readValue(pair.reasons(), Argument.listOf(String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("A pair holds invalid reasons", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
