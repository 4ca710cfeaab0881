package com.mentorplatform.api.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified token is remembered, but never past the moment a full check would refuse it. */
class AccessTokensTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(
            new TokenSettings("a-secret-for-this-test-only-0123456789", "issuer", "audience", LIFETIME), clock);

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        String token = tokens.issue(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.MENTEE)).token();
        assertThat(tokens.verify(token)).isPresent();

        clock.move(LIFETIME.plus(CLOCK_SKEW).minusSeconds(1));
        assertThat(tokens.verify(token)).as("within the verifier's clock skew").isPresent();

        clock.move(Duration.ofSeconds(2));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void a_token_from_another_issuer_is_refused_every_time_it_is_shown() {
        AccessTokens elsewhere = new AccessTokens(
                new TokenSettings("a-secret-for-this-test-only-0123456789", "elsewhere", "audience", LIFETIME), clock);
        String foreign = elsewhere.issue(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.TENANT_ADMIN)).token();

        assertThat(tokens.verify(foreign)).isEmpty();
        assertThat(tokens.verify(foreign)).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
