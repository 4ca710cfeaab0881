package com.mentorplatform.api.export;

import java.util.Collection;
import java.util.UUID;

/**
 * The statements every kind of export's table answers, each scoped to the tenant: a feature's export repository
 * extends this, and {@link ExportRowsStore} turns it into the {@link ExportStore} the export jobs use. The
 * lifecycle's rules (which status may move to which, when a lease has expired) are written once, below, as the
 * tail of each statement: a repository puts its own table in front, {@code @Query("UPDATE data_exports" + START)}.
 */
public interface ExportRows {

    String START = " SET status = 'RUNNING' WHERE tenant_id = :tenantId AND id = :id AND status = 'QUEUED'";
    String FINISH = " SET status = 'DONE', size_bytes = :sizeBytes, finished_at = now()"
            + " WHERE tenant_id = :tenantId AND id = :id AND status = 'RUNNING'";
    String FAIL = " SET status = 'FAILED', failure = :failure, finished_at = now()"
            + " WHERE tenant_id = :tenantId AND id = :id AND status IN ('QUEUED', 'RUNNING')";
    String RENEW = " SET heartbeat_at = now()"
            + " WHERE tenant_id = :tenantId AND id IN (:ids) AND status IN ('QUEUED', 'RUNNING')";
    String FAIL_EXPIRED = " SET status = 'FAILED', failure = :failure, finished_at = now()"
            + " WHERE tenant_id = :tenantId AND status IN ('QUEUED', 'RUNNING')"
            + " AND heartbeat_at < now() - :staleSeconds * interval '1 second'";

    /** QUEUED to RUNNING; 1 when taken. */
    int start(UUID tenantId, UUID id);

    void store(UUID tenantId, UUID exportId, byte[] content);

    /** RUNNING to DONE with the ZIP's size; 1 when still running. */
    int finish(UUID tenantId, UUID id, long sizeBytes);

    int fail(UUID tenantId, UUID id, String failure);

    void renew(UUID tenantId, Collection<UUID> ids);

    int failExpired(UUID tenantId, long staleSeconds, String failure);
}
