package com.mentorplatform.api.sweep;

import com.mentorplatform.api.demo.SeededDemo;
import com.mentorplatform.api.security.AccessTokens;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestExports;
import com.mentorplatform.api.testing.TestUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Two demo tenants seeded once per test JVM for the sweeps, and tenant A's callers in every role. */
final class SweepTenants {

    private static SweepTenants instance;

    final SeededDemo a;
    final SeededDemo b;
    /** Each tenant has a SCIM token, so the token routes have an object to name; A's is a caller too. */
    private final String scimTokenOfA;

    private SweepTenants(SeededDemo a, SeededDemo b) {
        this.a = a;
        this.b = b;
        this.scimTokenOfA = scimToken(a);
        scimToken(b);
    }

    static synchronized SweepTenants get() {
        if (instance == null) {
            instance = new SweepTenants(withExport(withImport(SeededDemo.seed("sweep-a", "Sweep Alpha Ltd"))),
                    withExport(withImport(SeededDemo.seed("sweep-b", "Sweep Bravo Industries"))));
        }
        return instance;
    }

    /**
     * Tenant A as every role: no token at all, each role alone (tokens issued as the platform issues them,
     * for the admin's person), the demo admin's real pair of roles and the demo logins, and the operator.
     */
    List<Sweep.Caller> callersOfA() {
        UUID admin = a.adminId();
        return List.of(
                new Sweep.Caller("anonymous", () -> null),
                new Sweep.Caller("TENANT_ADMIN", issued(admin, Role.TENANT_ADMIN)),
                new Sweep.Caller("PROGRAMME_MANAGER", issued(admin, Role.PROGRAMME_MANAGER)),
                new Sweep.Caller("admin (TENANT_ADMIN, PROGRAMME_MANAGER)", login(a.login("admin"))),
                new Sweep.Caller("MENTOR", login(a.login("mentor"))),
                new Sweep.Caller("MENTEE", login(a.login("mentee"))),
                new Sweep.Caller("LEADER", login(a.login("leader"))),
                new Sweep.Caller("PLATFORM_OPERATOR", login(TestUser.operator())),
                new Sweep.Caller("SCIM token", () -> scimTokenOfA, true));
    }

    /** The demo has no people import; one dry run with a problem row gives the import routes an object to name. */
    private static SeededDemo withImport(SeededDemo tenant) {
        Http.Response imported = Http.send("POST", "/api/people/imports?dryRun=true", tenant.login("admin").token(),
                "email,display_name\nnot-an-email,Someone\n", "text/csv");
        if (imported.status() >= 300) {
            throw new IllegalStateException("Could not import into " + tenant.slug() + ": " + imported.text());
        }
        return tenant;
    }

    /** A SCIM token of the tenant, created by its admin for an identity provider; it does not expire. */
    private static String scimToken(SeededDemo tenant) {
        Http.Response created = Http.post("/api/scim-tokens", tenant.login("admin").token(), java.util.Map.of("name", "Sweep IdP"));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a SCIM token for " + tenant.slug() + ": " + created.text());
        }
        return created.string("token");
    }

    /**
     * The demo has no data export; the mentee's own, waited for until it is done, gives the export routes an
     * object to name (and leaves no background write to be mistaken for a change the sweep made).
     */
    private static SeededDemo withExport(SeededDemo tenant) {
        TestExports.own(tenant.login("mentee").token());
        return tenant;
    }

    /** The person behind a demo login. */
    static UUID person(SeededDemo tenant, String who) {
        AtomicReference<UUID> id = new AtomicReference<>();
        TenantRows.asApp(tenant.tenantId(), connection -> id.set(TenantRows.first(connection,
                "SELECT id FROM people WHERE email = ?", who + tenant.emailDomain())));
        return id.get();
    }

    private Supplier<String> issued(UUID person, Role role) {
        return renewed(() -> RunningApi.get().bean(AccessTokens.class).issue(person, a.tenantId(), Set.of(role)).token());
    }

    static Supplier<String> login(TestUser user) {
        return renewed(user::token);
    }

    /** A token taken again every five minutes, well inside its fifteen, so a long sweep never runs on an expired one. */
    private static Supplier<String> renewed(Supplier<String> fresh) {
        AtomicReference<String> token = new AtomicReference<>();
        AtomicReference<Instant> taken = new AtomicReference<>(Instant.MIN);
        return () -> {
            if (Duration.between(taken.get(), Instant.now()).toMinutes() >= 5) {
                token.set(fresh.get());
                taken.set(Instant.now());
            }
            return token.get();
        };
    }
}
