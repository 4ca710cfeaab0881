package com.mentorplatform.api.roadmaps.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of a roadmap's timeline, newest first; {@code next} is the cursor of the following page, or null. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelinePage(List<TimelineItem> items, @Nullable String next) {
}
