package com.mentorplatform.api.checkins;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * Private notes, each readable by its author alone: every query here is keyed by the author, and no
 * other query in the platform reads {@code check_in_private_notes}. Only {@link PrivateNoteService} uses it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PrivateNoteRepository extends GenericRepository<PrivateNote, UUID> {

    @Query("""
            SELECT check_in_id, note, updated_at FROM check_in_private_notes
            WHERE tenant_id = :tenantId AND check_in_id = :checkInId AND author_id = :authorId""")
    Optional<PrivateNote> ofAuthor(UUID tenantId, UUID checkInId, UUID authorId);

    @Query("""
            INSERT INTO check_in_private_notes (tenant_id, check_in_id, author_id, note)
            VALUES (:tenantId, :checkInId, :authorId, :note)
            ON CONFLICT (tenant_id, check_in_id, author_id) DO UPDATE SET note = EXCLUDED.note, updated_at = now()""")
    void save(UUID tenantId, UUID checkInId, UUID authorId, String note);

    @Query("DELETE FROM check_in_private_notes WHERE tenant_id = :tenantId AND check_in_id = :checkInId AND author_id = :authorId")
    int delete(UUID tenantId, UUID checkInId, UUID authorId);
}
