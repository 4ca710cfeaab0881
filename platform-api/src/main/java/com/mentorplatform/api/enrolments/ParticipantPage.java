package com.mentorplatform.api.enrolments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a cohort's participants and the cursor for the next one (null on the last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ParticipantPage(List<ParticipantResponse> items, @Nullable String next) {
}
