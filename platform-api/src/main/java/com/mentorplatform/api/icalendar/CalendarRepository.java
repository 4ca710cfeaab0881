package com.mentorplatform.api.icalendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Check-in events, invitation sequences and feed tokens of one tenant; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarRepository extends GenericRepository<CalendarFeed, UUID> {

    String SELECT_EVENT = """
            SELECT c.id AS check_in_id, c.status, c.occurs_at, c.duration_minutes,
                   o.display_name AS organizer_name, o.email AS organizer_email,
                   x.mentor_id, r.display_name AS mentor_name, r.email AS mentor_email,
                   x.mentee_id, e.display_name AS mentee_name, e.email AS mentee_email,
                   t.name AS tenant_name, coalesce(i.sequence, 0) AS sequence
            FROM check_ins c
            JOIN pairs x ON x.tenant_id = c.tenant_id AND x.id = c.pair_id
            JOIN people o ON o.tenant_id = c.tenant_id AND o.id = c.created_by
            JOIN people r ON r.tenant_id = x.tenant_id AND r.id = x.mentor_id
            JOIN people e ON e.tenant_id = x.tenant_id AND e.id = x.mentee_id
            JOIN tenants t ON t.id = c.tenant_id
            LEFT JOIN check_in_invitations i ON i.tenant_id = c.tenant_id AND i.check_in_id = c.id
            """;

    @Query(SELECT_EVENT + "WHERE c.tenant_id = :tenantId AND c.id = :checkInId")
    Optional<EventFacts> event(UUID tenantId, UUID checkInId);

    /** The person's check-ins, as mentor or mentee, from {@code since} on, cancelled ones left out; oldest first. */
    @Query(SELECT_EVENT + """
            WHERE c.tenant_id = :tenantId AND (x.mentor_id = :personId OR x.mentee_id = :personId)
              AND c.status <> 'CANCELLED' AND c.occurs_at >= :since
            ORDER BY c.occurs_at, c.id
            LIMIT :limit""")
    List<EventFacts> events(UUID tenantId, UUID personId, Instant since, int limit);

    /** The first invitation of a check-in is sequence 0; each later one raises it. */
    @Query("""
            INSERT INTO check_in_invitations (tenant_id, check_in_id) VALUES (:tenantId, :checkInId)
            ON CONFLICT (tenant_id, check_in_id)
            DO UPDATE SET sequence = check_in_invitations.sequence + 1, updated_at = now()""")
    void raiseSequence(UUID tenantId, UUID checkInId);

    /** Creates the person's feed or replaces its token, which ends the old link at once. */
    @Query("""
            INSERT INTO calendar_feeds (tenant_id, person_id, token_hash) VALUES (:tenantId, :personId, :tokenHash)
            ON CONFLICT (tenant_id, person_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()""")
    void saveToken(UUID tenantId, UUID personId, byte[] tokenHash);

    @Query("DELETE FROM calendar_feeds WHERE tenant_id = :tenantId AND person_id = :personId")
    void deleteFeed(UUID tenantId, UUID personId);

    /** The feed of this token hash, while its person still works here and the tenant is not suspended. */
    @Query("""
            SELECT f.tenant_id, f.person_id, f.created_at
            FROM calendar_feeds f
            JOIN people p ON p.tenant_id = f.tenant_id AND p.id = f.person_id
            JOIN tenants t ON t.id = f.tenant_id
            WHERE f.tenant_id = :tenantId AND f.token_hash = :tokenHash AND p.left_on IS NULL
              AND t.status = 'ACTIVE'""")
    Optional<CalendarFeed> feedByHash(UUID tenantId, byte[] tokenHash);
}
