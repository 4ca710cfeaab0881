package com.mentorplatform.api.auth.company;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The single-use code a company sign-in handed to the console, to exchange for tokens. */
@Serdeable
record HandoffRequest(@NotBlank @Size(max = 200) String code) {

    @Override
    public String toString() {
        return "HandoffRequest[code=(hidden)]";
    }
}
