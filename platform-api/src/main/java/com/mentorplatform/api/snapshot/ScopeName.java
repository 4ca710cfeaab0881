package com.mentorplatform.api.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A programme or cohort that has participations in the snapshot, with its name (a cohort: its programme and start year). */
@MappedEntity
public record ScopeName(@Id UUID id, String kind, String name, @Nullable UUID programmeId, @Nullable Integer startYear) {
}
