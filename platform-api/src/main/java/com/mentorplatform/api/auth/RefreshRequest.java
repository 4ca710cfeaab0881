package com.mentorplatform.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token to rotate ({@code /api/auth/refresh}) or revoke ({@code /api/auth/logout}). */
@Serdeable
record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {

    /** Leaves the token out, so a request that ends up in a log or an error message never carries it. */
    @Override
    public String toString() {
        return "RefreshRequest[refreshToken=(hidden)]";
    }
}
