package com.mentorplatform.api.sponsorship;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of flags, newest first, and the cursor of the next page (null on the last). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FlagPage(List<SponsorshipFlag> items, @Nullable String next) {
}
