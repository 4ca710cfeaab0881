package com.mentorplatform.api.auth;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The few answers authentication gives; deliberately the same whatever part was wrong. */
final class AuthProblems {

    private AuthProblems() {
    }

    static ProblemException badCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials",
                "Wrong tenant, e-mail or password", null, List.of());
    }

    static ProblemException passwordLoginOff() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "password-login-off",
                "This organisation signs in with its company account",
                "Use \"Sign in with your company account\" on the login page", List.of());
    }

    static ProblemException badRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "bad-refresh-token",
                "The refresh token is not valid; log in again", null, List.of());
    }

    static ProblemException tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + 1);
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                "Too many failed logins", "Try again in " + seconds + " seconds", List.of()) {
            @Override
            public Map<String, String> responseHeaders() {
                return Map.of("Retry-After", Long.toString(seconds));
            }
        };
    }
}
