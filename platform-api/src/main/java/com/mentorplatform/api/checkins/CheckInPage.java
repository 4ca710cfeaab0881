package com.mentorplatform.api.checkins;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a pair's check-ins, newest first, and the cursor for the next one (null on the last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CheckInPage(List<CheckInResponse> items, @Nullable String next) {
}
