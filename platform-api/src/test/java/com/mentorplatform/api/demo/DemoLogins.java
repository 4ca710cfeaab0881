package com.mentorplatform.api.demo;

import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;

import java.util.UUID;

/**
 * A demo tenant seeded into the test database for tests outside this package, and its logins
 * ({@code admin}, {@code mentor}, {@code mentee}, {@code leader}, {@code new-mentor}, {@code new-mentee}).
 */
public record DemoLogins(String slug, UUID tenantId) {

    /** Seeds a demo tenant (about 10 s) exactly as start-up seeds acme and globex. */
    public static DemoLogins seed(String slug, String name) {
        return new DemoLogins(slug, RunningApi.get().bean(DemoTenant.class).seed(slug, name).tenantId());
    }

    /** The demo login {@code who@slug.example}. */
    public TestUser login(String who) {
        return new TestUser(slug, who + "@" + slug + ".example", DemoData.PASSWORD, null);
    }
}
