package com.mentorplatform.api.personaldata;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's current e-mail address typed again, so that nobody is erased by a slip of the id. */
@Serdeable
record ErasureRequest(@NotBlank @Size(max = 254) String confirmation) {
}
