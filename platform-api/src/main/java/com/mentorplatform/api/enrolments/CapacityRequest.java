package com.mentorplatform.api.enrolments;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The number of mentees a mentor takes in this cohort. */
@Serdeable
record CapacityRequest(@NotNull @Min(1) @Max(5) Integer mentorCapacity) {
}
