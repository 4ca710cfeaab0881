package com.mentorplatform.api.testing;

import java.util.Map;
import java.util.UUID;

/** Someone who can log in; {@link #token()} logs in over HTTP and returns a fresh access token. */
public record TestUser(String tenant, String email, String password, UUID personId) {

    public static TestUser operator() {
        return new TestUser("platform", RunningApi.OPERATOR_EMAIL, RunningApi.PASSWORD, null);
    }

    public Http.Response login() {
        return Http.post("/api/auth/login", null, Map.of("tenant", tenant, "email", email, "password", password));
    }

    public String token() {
        return tokens().string("accessToken");
    }

    /** The whole login response: access token, refresh token and lifetime. */
    public Http.Response tokens() {
        Http.Response response = login();
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + response.text());
        }
        return response;
    }
}
