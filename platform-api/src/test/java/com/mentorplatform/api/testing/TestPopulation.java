package com.mentorplatform.api.testing;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture builders for analytics: people with a hire date (and a leaving date) in a given department, location
 * and level, cohorts that started some days ago, and a refreshed analytics snapshot.
 */
public final class TestPopulation {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestPopulation() {
    }

    /** A person added through the API; {@code leftOn} may be null. */
    public static UUID person(TestTenant tenant, String name, String department, String location, int level,
                              LocalDate hiredOn, LocalDate leftOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "pop" + SERIAL.incrementAndGet() + "@" + tenant.slug() + ".test");
        body.put("displayName", name);
        body.put("department", department);
        body.put("location", location);
        body.put("level", level);
        body.put("hiredOn", hiredOn.toString());
        if (leftOn != null) {
            body.put("leftOn", leftOn.toString());
        }
        Http.Response created = Http.post("/api/people", tenant.admin().token(), body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not add a person: " + created.text());
        }
        return UUID.fromString(created.string("id"));
    }

    /** Moves a cohort's dates so it started {@code daysAgo} days ago and runs 180 days. */
    public static void startedDaysAgo(TestTenant tenant, UUID cohortId, int daysAgo) {
        LocalDate start = LocalDate.now().minusDays(daysAgo);
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cohorts SET starts_on = ?, ends_on = ? WHERE tenant_id = ? AND id = ?")) {
                update.setObject(1, start);
                update.setObject(2, start.plusDays(180));
                update.setObject(3, tenant.id());
                update.setObject(4, cohortId);
                update.executeUpdate();
            }
        });
    }

    /** Records that a person left on a date, as an HR edit would. */
    public static void left(TestTenant tenant, UUID personId, LocalDate leftOn) {
        Http.Response patched = Http.patch("/api/people/" + personId, tenant.admin().token(),
                Map.of("leftOn", leftOn.toString()));
        if (patched.status() != 200) {
            throw new IllegalStateException("Could not record a leaver: " + patched.text());
        }
    }

    /** Rebuilds the tenant's analytics snapshot now. */
    public static void refresh(TestTenant tenant) {
        Http.Response refreshed = Http.post("/api/analytics/refresh", tenant.admin().token(), Map.of());
        if (refreshed.status() != 200) {
            throw new IllegalStateException("Could not refresh the snapshot: " + refreshed.text());
        }
    }
}
