package com.mentorplatform.api.roadmaps.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A roadmap's agreed pace and how the current period (the last {@code periodDays} days) measures up.
 *
 * @param achieved how much of the measure the last {@code periodDays} days hold
 * @param met      whether that is at least the minimum
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record Pace(String statement, PaceMeasure measure, int minimum, int periodDays,
                   @Nullable Instant agreedByMenteeAt, @Nullable Instant agreedByMentorAt, int achieved, boolean met) {
}
