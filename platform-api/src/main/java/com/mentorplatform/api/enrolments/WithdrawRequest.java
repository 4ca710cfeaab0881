package com.mentorplatform.api.enrolments;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a participant leaves the cohort; kept in the history. */
@Serdeable
record WithdrawRequest(@NotBlank @Size(max = 500) String reason) {
}
