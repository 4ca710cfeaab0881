package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Promotions and moves within a horizon: among the people of an arm whose horizon has passed
 * ({@code eligible}; leavers included), how many rose a level and how many changed department or job title.
 */
@MappedEntity
public record HorizonOutcome(@Id String arm, int months, int eligible, int promoted, int moved) {
}
