package com.mentorplatform.api.export;

import com.mentorplatform.api.background.LeasedWork;

import java.util.UUID;

/**
 * Where one kind of export keeps its rows and its ZIP; each feature implements it over its own tables. Every
 * method runs inside a transaction scoped to {@code tenantId}.
 */
public interface ExportStore extends LeasedWork {

    /** Takes a QUEUED export (RUNNING); false when it was failed meanwhile (its lease expired). */
    boolean start(UUID tenantId, UUID id);

    /** Stores the ZIP and marks the export DONE; false when it was failed meanwhile. */
    boolean finish(UUID tenantId, UUID id, byte[] zip);

    /** Marks an unfinished export FAILED with a reason a person can act on. */
    void fail(UUID tenantId, UUID id, String failure);
}
