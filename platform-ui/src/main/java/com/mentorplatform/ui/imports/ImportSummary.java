package com.mentorplatform.ui.imports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import in the tenant's log. {@code status} is RUNNING, DONE, FAILED or REJECTED; while RUNNING,
 * {@code phase} says what it does and {@code processedRows} of {@code totalRows} its progress. For a dry run
 * the counts say what a real run would do.
 */
record ImportSummary(String id, String status, String phase, boolean dryRun, String fileName, LocalDate asOf,
        String startedBy, Instant startedAt, Instant finishedAt, int totalRows, int processedRows, int created,
        int updated, int unchanged, int problemCount) {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";

    boolean isRunning() {
        return RUNNING.equals(status);
    }

    /** A finished dry run without problems: the file may be applied as it is. */
    boolean isCleanDryRun() {
        return dryRun && DONE.equals(status) && problemCount == 0;
    }

    /** How far a running import is, from 0 to 1. */
    double progress() {
        return totalRows == 0 ? 0 : Math.min(1.0, (double) processedRows / totalRows);
    }
}
