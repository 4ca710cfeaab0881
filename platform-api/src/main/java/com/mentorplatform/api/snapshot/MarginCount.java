package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * Participations of one cohort with one value of one attribute (department, location or level band): the
 * finest cells a leader's one-attribute breakdowns are sums of.
 */
@MappedEntity
public record MarginCount(@Id UUID cohortId, UUID programmeId, int startYear, String dimension, String value,
                          int participants) {
}
