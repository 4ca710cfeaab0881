package com.mentorplatform.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a mentee's evidence, newest first, and the cursor for the next one (null on the last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EvidencePage(List<EvidenceResponse> items, @Nullable String next) {
}
