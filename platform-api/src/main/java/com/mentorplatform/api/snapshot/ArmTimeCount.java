package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** How many of one arm left ({@code events}) or were last seen still employed ({@code censored}) {@code time} days after their start. */
@MappedEntity
public record ArmTimeCount(@Id String arm, int time, int events, int censored) {
}
