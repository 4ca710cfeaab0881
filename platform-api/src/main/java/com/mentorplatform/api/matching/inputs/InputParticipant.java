package com.mentorplatform.api.matching.inputs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One enrolled participant with the fields of their mentor or mentee profile (empty when they have none). */
@MappedEntity("cohort_participants")
record InputParticipant(@Id UUID personId, String role, @Nullable Integer mentorCapacity, String displayName,
                        @Nullable String department, int level, String[] languages, @Nullable String timeZone,
                        String[] interests, int hoursPerMonth, String[] declinedTopics, String[] topics) {
}
