package com.mentorplatform.api.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of journal entries and the cursor for the next one (null on the last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record JournalPage(List<JournalEntryResponse> items, @Nullable String next) {
}
