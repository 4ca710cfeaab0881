package com.mentorplatform.api.snapshot;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Which participations a figure covers: all, one programme, one cohort, or the cohorts starting in one year.
 * The caller has checked that a programme or cohort belongs to the tenant.
 */
public record SnapshotFilter(@Nullable UUID programmeId, @Nullable UUID cohortId, @Nullable Integer year) {

    public static final SnapshotFilter ALL = new SnapshotFilter(null, null, null);

    public static SnapshotFilter programme(UUID programmeId) {
        return new SnapshotFilter(programmeId, null, null);
    }

    public static SnapshotFilter cohort(UUID cohortId) {
        return new SnapshotFilter(null, cohortId, null);
    }

    public static SnapshotFilter year(int year) {
        return new SnapshotFilter(null, null, year);
    }
}
