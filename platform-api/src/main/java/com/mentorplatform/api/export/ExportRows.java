package com.mentorplatform.api.export;

import java.util.Collection;
import java.util.UUID;

/**
 * The statements every kind of export's table answers, each scoped to the tenant: a feature's export repository
 * extends this, and {@link ExportRowsStore} turns it into the {@link ExportStore} the export jobs use.
 */
public interface ExportRows {

    /** QUEUED to RUNNING; 1 when taken. */
    int start(UUID tenantId, UUID id);

    void store(UUID tenantId, UUID exportId, byte[] content);

    /** RUNNING to DONE with the ZIP's size; 1 when still running. */
    int finish(UUID tenantId, UUID id, long sizeBytes);

    int fail(UUID tenantId, UUID id, String failure);

    void renew(UUID tenantId, Collection<UUID> ids);

    int failExpired(UUID tenantId, long staleSeconds, String failure);
}
