package com.mentorplatform.api.leadership;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The smallest group a leader figure may describe. An admin may raise it above the default of 5, never set it
 * below 3: smaller groups would let a leader recognise the people in them.
 */
@Serdeable
@Introspected
record AnonymitySettings(@NotNull @Min(3) @Max(100) Integer anonymityThreshold) {
}
