package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * The header of a tenant's snapshot: when it was made and what the comparison matching kept and dropped.
 *
 * @param strata              participant strata (cohort × department × level × tenure band)
 * @param strataDropped       strata that found no comparison people
 * @param participantsDropped participations in those strata, left out of the comparison
 * @param threshold           the anonymity threshold the leader plan was made with
 */
@MappedEntity
public record SnapshotInfo(@Id UUID tenantId, Instant refreshedAt, int tookMs, int participations, int comparisonPeople,
                           int strata, int strataDropped, int participantsDropped, int threshold) {
}
