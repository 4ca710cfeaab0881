package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Leavers and people still employed of one breakdown group, {@code time} days after their start; times past
 * the last reporting horizon are cut to one day after it, as censored, since no figure looks further.
 */
@MappedEntity
public record GroupTimeCount(@Id String key, String dimension, int time, int events, int censored) {
}
