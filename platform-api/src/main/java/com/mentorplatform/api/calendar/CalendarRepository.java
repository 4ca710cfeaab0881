package com.mentorplatform.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Calendar events of one tenant; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarRepository extends GenericRepository<CalendarEvent, UUID> {

    String SELECT = "SELECT tenant_id, id, kind, name, starts_on, ends_on FROM calendar_events ";

    @Query(SELECT + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<CalendarEvent> find(UUID tenantId, UUID id);

    /** Events overlapping [from, to] (either end open when null), in date order. */
    @Query(SELECT + """
            WHERE tenant_id = :tenantId
              AND (CAST(:from AS date) IS NULL OR ends_on >= :from)
              AND (CAST(:to AS date) IS NULL OR starts_on <= :to)
            ORDER BY starts_on, ends_on, id
            LIMIT :limit""")
    List<CalendarEvent> between(UUID tenantId, @Nullable LocalDate from, @Nullable LocalDate to, int limit);

    @Query("""
            INSERT INTO calendar_events (tenant_id, id, kind, name, starts_on, ends_on)
            VALUES (:tenantId, :id, :kind, :name, :startsOn, :endsOn)""")
    void insert(UUID tenantId, UUID id, String kind, String name, LocalDate startsOn, LocalDate endsOn);

    @Query("""
            UPDATE calendar_events SET kind = :kind, name = :name, starts_on = :startsOn, ends_on = :endsOn,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String kind, String name, LocalDate startsOn, LocalDate endsOn);

    @Query("DELETE FROM calendar_events WHERE tenant_id = :tenantId AND id = :id")
    void delete(UUID tenantId, UUID id);
}
