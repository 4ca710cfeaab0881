package com.mentorplatform.api.auth;

import io.micronaut.serde.annotation.Serdeable;

/** A bearer access token (expiring after {@code expiresIn} seconds) and the refresh token that renews it. */
@Serdeable
public record TokenResponse(String accessToken, String refreshToken, long expiresIn) {
}
