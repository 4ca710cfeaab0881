package com.mentorplatform.api.demo;

import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;

import java.util.UUID;

/**
 * A demo tenant seeded into the test database, for tests outside this package that want objects of
 * every kind and the demo logins ({@code admin}, {@code mentor}, {@code mentee}, {@code leader},
 * {@code new-mentor}, {@code new-mentee}).
 */
public record SeededDemo(String slug, String name, UUID tenantId, UUID adminId) {

    /** The password of every demo login. */
    public static final String PASSWORD = DemoWorld.PASSWORD;

    public static SeededDemo seed(String slug, String name) {
        DemoTenant.Seeded seeded = RunningApi.get().bean(DemoTenant.class).seed(slug, name);
        return new SeededDemo(slug, name, seeded.tenantId(), seeded.adminId());
    }

    /** The demo login called {@code who}, e.g. {@code mentor}. */
    public TestUser login(String who) {
        return new TestUser(slug, who + "@" + slug + ".example", PASSWORD, null);
    }

    /** The e-mail domain every person of this tenant has. */
    public String emailDomain() {
        return "@" + slug + ".example";
    }
}
