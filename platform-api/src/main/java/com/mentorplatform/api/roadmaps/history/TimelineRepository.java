package com.mentorplatform.api.roadmaps.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads a roadmap's history newest first, a keyset page at a time; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TimelineRepository extends GenericRepository<ChangeRow, UUID> {

    @Query("""
            SELECT x.id, x.occurred_at, x.actor_id, p.display_name AS actor_name, x.subject, x.subject_id, x.action,
                   CAST(x.before AS text) AS before, CAST(x.after AS text) AS after
            FROM roadmap_changes x
            LEFT JOIN people p ON p.tenant_id = x.tenant_id AND p.id = x.actor_id
            WHERE x.tenant_id = :tenantId AND x.roadmap_id = :roadmapId
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (x.occurred_at, x.id) < (:afterAt, :afterId))
            ORDER BY x.occurred_at DESC, x.id DESC
            LIMIT :limit""")
    List<ChangeRow> page(UUID tenantId, UUID roadmapId, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);
}
