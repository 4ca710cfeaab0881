package com.mentorplatform.api.auth;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Five failed logins for one e-mail in a tenant within fifteen minutes lock that e-mail out until
 * the oldest of them is fifteen minutes old. Unknown e-mails are counted too, so the lockout does
 * not reveal which accounts exist. Runs inside the login's tenant transaction.
 */
@Singleton
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginFailureRepository failures;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this e-mail must still wait, or empty when it may try. */
    Optional<Duration> lockedFor(UUID tenantId, String email) {
        Instant now = clock.instant();
        List<Instant> recent = failures.failuresSince(tenantId, key(email), now.minus(WINDOW));
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant unlocksAt = recent.get(recent.size() - MAX_FAILURES).plus(WINDOW);
        return Optional.of(Duration.between(now, unlocksAt));
    }

    void recordFailure(UUID tenantId, String email) {
        Instant now = clock.instant();
        failures.pruneBefore(tenantId, key(email), now.minus(WINDOW));
        failures.insert(tenantId, UUID.randomUUID(), key(email), now);
    }

    void recordSuccess(UUID tenantId, String email) {
        failures.clear(tenantId, key(email));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
