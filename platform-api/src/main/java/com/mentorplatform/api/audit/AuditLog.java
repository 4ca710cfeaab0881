package com.mentorplatform.api.audit;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import com.mentorplatform.api.database.BulkCopy;
import com.mentorplatform.api.database.TimeOrderedIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records changes to sensitive data. Call it inside the same tenant transaction as the change, so
 * the change and its record commit or fail together.
 */
@Singleton
public class AuditLog {

    private final AuditRepository repository;
    private final JsonMapper json;
    private final TenantScope tenantScope;
    private final BulkCopy bulkCopy;

    AuditLog(AuditRepository repository, JsonMapper json, TenantScope tenantScope, BulkCopy bulkCopy) {
        this.repository = repository;
        this.json = json;
        this.tenantScope = tenantScope;
        this.bulkCopy = bulkCopy;
    }

    /**
     * @param tenantId the tenant whose data changed
     * @param actor    who changed it (null for the platform itself, e.g. demo seeding)
     * @param action   what happened, as {@code entity.verb}, e.g. {@code person.updated}
     * @param before   the state before (null on create), any serialisable record
     * @param after    the state after (null on delete)
     */
    public void record(UUID tenantId, @Nullable Actor actor, String action, String entityType, UUID entityId,
                       @Nullable Object before, @Nullable Object after) {
        repository.insert(UUID.randomUUID(), tenantId, actor == null ? null : actor.tenantId(),
                actor == null ? null : actor.personId(), action, entityType, entityId, toJson(before), toJson(after));
    }

    /** Records a change the caller made in their own tenant, as {@link #record(UUID, Actor, String, String, UUID,
     * Object, Object)} does. */
    public void record(Caller caller, String action, String entityType, UUID entityId, @Nullable Object before,
                       @Nullable Object after) {
        record(caller.tenantId(), Actor.of(caller), action, entityType, entityId, before, after);
    }

    /**
     * The action of a change to something with a status: {@code entityType.updated} when the status stayed, else
     * the status it moved to, such as {@code cohort.active} or {@code check_in.held}.
     */
    public static String statusAction(String entityType, Enum<?> from, Enum<?> to) {
        return entityType + "." + (from == to ? "updated" : to.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Records many changes by one actor at once (bulk imports), streamed with COPY: one statement
     * instead of one per record. Same transaction rule as {@link #record}.
     */
    public void recordAll(UUID tenantId, @Nullable Actor actor, String entityType, List<Change> changes) {
        try (Statement statement = bulkCopy.connection().createStatement()) {
            statement.execute("CREATE TEMP TABLE audit_batch (id uuid, action text, entity_id uuid, before text, "
                    + "after text) ON COMMIT DROP");
            bulkCopy.copy("COPY audit_batch (id, action, entity_id, before, after) FROM STDIN", rows -> {
                for (Change change : changes) {
                    rows.value(TimeOrderedIds.next()).value(change.action()).value(change.entityId())
                            .value(toJson(change.before())).value(toJson(change.after())).endRow();
                }
            });
            repository.insertBatch(tenantId, actor == null ? null : actor.tenantId(),
                    actor == null ? null : actor.personId(), entityType);
            statement.execute("DROP TABLE audit_batch");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the audit batch", e);
        }
    }

    /** One change of a bulk record: {@code action} as {@code entity.verb}, before and after as in {@link #record}. */
    public record Change(String action, UUID entityId, @Nullable Object before, @Nullable Object after) {
    }

    /** The records of one entity of the caller's tenant, oldest first. */
    public List<AuditRecord> trailOf(Caller caller, String entityType, UUID entityId) {
        return tenantScope.read(caller.tenantId(), () -> repository.findForEntity(caller.tenantId(), entityType, entityId)
                .stream().map(this::toRecord).toList());
    }

    private AuditRecord toRecord(AuditEntry entry) {
        return new AuditRecord(entry.id(), entry.occurredAt(), entry.actorId(), entry.action(), entry.entityType(),
                entry.entityId(), parse(entry.before()), parse(entry.after()));
    }

    private JsonNode parse(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("An audit record holds invalid JSON", e);
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise an audit record", e);
        }
    }

    /** Who made a change: a person in a tenant (an operator's tenant differs from the one changed). */
    public record Actor(UUID tenantId, UUID personId) {

        /** The authenticated caller as the actor of a change. */
        public static Actor of(Caller caller) {
            return new Actor(caller.tenantId(), caller.personId());
        }
    }
}
