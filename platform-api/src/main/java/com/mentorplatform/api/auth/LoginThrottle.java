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
 * not reveal which accounts exist. Twenty failed logins to a tenant from one client address within
 * fifteen minutes lock that address out of the tenant the same way, whatever e-mails they tried: a
 * password tried against many accounts is stopped too. Runs inside the login's tenant transaction.
 */
@Singleton
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginFailureRepository failures;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this e-mail, or this client address (null when unknown), must still wait; empty when it may try. */
    Optional<Duration> lockedFor(UUID tenantId, String email, String address) {
        return lockedFor(tenantId, key(email), MAX_FAILURES)
                .or(() -> address == null ? Optional.empty() : lockedFor(tenantId, addressKey(address), MAX_FAILURES_PER_ADDRESS));
    }

    void recordFailure(UUID tenantId, String email, String address) {
        record(tenantId, key(email));
        if (address != null) {
            record(tenantId, addressKey(address));
        }
    }

    /** Clears the e-mail's failures only: one good password must not reset the count of a client spraying others. */
    void recordSuccess(UUID tenantId, String email) {
        failures.clear(tenantId, key(email));
    }

    private Optional<Duration> lockedFor(UUID tenantId, String key, int maxFailures) {
        Instant now = clock.instant();
        List<Instant> recent = failures.failuresSince(tenantId, key, now.minus(WINDOW));
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        Instant unlocksAt = recent.get(recent.size() - maxFailures).plus(WINDOW);
        return Optional.of(Duration.between(now, unlocksAt));
    }

    private void record(UUID tenantId, String key) {
        Instant now = clock.instant();
        failures.pruneBefore(tenantId, key, now.minus(WINDOW));
        failures.insert(tenantId, UUID.randomUUID(), key, now);
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Shares the e-mail column: the capital letter keeps it apart from every e-mail key, which is lower
     * case, so no one can fill an address's count by logging in with a made-up e-mail.
     */
    private static String addressKey(String address) {
        return "Address " + address;
    }
}
