package com.mentorplatform.api.programmes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of programmes and the cursor for the next one (null on the last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProgrammePage(List<ProgrammeResponse> items, @Nullable String next) {
}
