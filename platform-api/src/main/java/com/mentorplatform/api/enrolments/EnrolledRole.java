package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A person already enrolled in a cohort, and as what. */
@Introspected
record EnrolledRole(UUID personId, ParticipantRole role) {
}
