package com.mentorplatform.api.matching.inputs;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/**
 * A competency level of a participant: {@code HAS} for their own level, {@code TARGET} for what a
 * mentee's target role asks.
 */
@Introspected
record InputLevel(UUID personId, String kind, String competency, int level) {
}
