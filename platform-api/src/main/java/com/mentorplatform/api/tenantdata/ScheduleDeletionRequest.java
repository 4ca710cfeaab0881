package com.mentorplatform.api.tenantdata;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Deleting a tenant is confirmed by typing its slug again. */
@Serdeable
record ScheduleDeletionRequest(@NotBlank @Size(max = 63) String confirmation) {
}
