package com.mentorplatform.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials for {@code POST /api/auth/login}; {@code tenant} is the organisation's slug. */
@Serdeable
record LoginRequest(@NotBlank @Size(max = 63) String tenant,
                           @NotBlank @Size(max = 254) String email,
                           @NotBlank @Size(max = 200) String password) {

    /** Leaves the password out, so a request that ends up in a log or an error message never carries it. */
    @Override
    public String toString() {
        return "LoginRequest[tenant=" + tenant + ", email=" + email + ", password=(hidden)]";
    }
}
