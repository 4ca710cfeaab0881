package com.mentorplatform.api.auth;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;

import java.time.Duration;
import java.util.Map;

/** The few answers authentication gives; deliberately the same whatever part was wrong. */
final class AuthProblems {

    private AuthProblems() {
    }

    static ProblemException badCredentials() {
        return ProblemType.BAD_CREDENTIALS.exception();
    }

    static ProblemException passwordLoginOff() {
        return ProblemType.PASSWORD_LOGIN_OFF.exception("Use \"Sign in with your company account\" on the login page");
    }

    static ProblemException badRefreshToken() {
        return ProblemType.BAD_REFRESH_TOKEN.exception();
    }

    static ProblemException tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + 1);
        return ProblemType.TOO_MANY_LOGIN_ATTEMPTS.exception("Try again in " + seconds + " seconds")
                .withHeaders(Map.of("Retry-After", Long.toString(seconds)));
    }
}
