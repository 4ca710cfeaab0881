package com.mentorplatform.api.testing;

import com.mentorplatform.api.security.PasswordHasher;
import com.mentorplatform.api.security.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A fresh tenant for one test class, created through the operator API, with an admin and helpers
 * to add people (through the API) and logins with other roles.
 */
public final class TestTenant {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String slug;
    private final UUID id;
    private final TestUser admin;

    private TestTenant(String slug, UUID id, TestUser admin) {
        this.slug = slug;
        this.id = id;
        this.admin = admin;
    }

    /** A new tenant whose first admin also holds PROGRAMME_MANAGER, as HR admins usually do. */
    public static TestTenant create(String name) {
        String slug = "t" + SERIAL.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + slug + ".test";
        Http.Response created = Http.post("/api/operator/tenants", TestUser.operator().token(), Map.of(
                "slug", slug, "name", name, "adminEmail", adminEmail, "adminDisplayName", "Admin of " + name,
                "adminPassword", RunningApi.PASSWORD));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a test tenant: " + created.text());
        }
        UUID tenantId = UUID.fromString(created.string("id"));
        TestUser admin = new TestUser(slug, adminEmail, RunningApi.PASSWORD, null);
        UUID adminId = UUID.fromString(Http.get("/api/me", admin.token()).string("id"));
        setRoles(tenantId, adminId, Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER);
        return new TestTenant(slug, tenantId, new TestUser(slug, adminEmail, RunningApi.PASSWORD, adminId));
    }

    public String slug() {
        return slug;
    }

    public UUID id() {
        return id;
    }

    public TestUser admin() {
        return admin;
    }

    /** Adds a person through the API and returns their id. */
    public UUID person(String displayName, String department) {
        return person(displayName.toLowerCase().replace(' ', '.') + "." + SERIAL.incrementAndGet() + "@" + slug + ".test",
                displayName, department);
    }

    private UUID person(String email, String displayName, String department) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("displayName", displayName);
        body.put("department", department);
        body.put("level", 3);
        Http.Response response = Http.post("/api/people", admin.token(), body);
        if (response.status() != 201) {
            throw new IllegalStateException("Could not add a person: " + response.text());
        }
        return UUID.fromString(response.string("id"));
    }

    /** Adds a person with a login holding these roles. */
    public TestUser user(Role... roles) {
        String name = Arrays.stream(roles).map(r -> r.name().toLowerCase()).collect(Collectors.joining(" ")) + " person";
        UUID personId = person(name, "Engineering");
        String email = Http.get("/api/people/" + personId, admin.token()).string("email");
        insertAccount(id, personId, roles);
        return new TestUser(slug, email, RunningApi.PASSWORD, personId);
    }

    /** Adds a person with this e-mail and a login holding these roles. */
    public TestUser user(String email, Role... roles) {
        UUID personId = person(email, "Person " + SERIAL.incrementAndGet(), "Engineering");
        insertAccount(id, personId, roles);
        return new TestUser(slug, email, RunningApi.PASSWORD, personId);
    }

    private static void insertAccount(UUID tenantId, UUID personId, Role... roles) {
        String hash = RunningApi.get().bean(PasswordHasher.class).hash(RunningApi.PASSWORD);
        inTenant(tenantId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO accounts (tenant_id, person_id, password_hash, roles) VALUES (?, ?, ?, ?)")) {
                insert.setObject(1, tenantId);
                insert.setObject(2, personId);
                insert.setString(3, hash);
                insert.setArray(4, connection.createArrayOf("text", Arrays.stream(roles).map(Role::name).toArray()));
                insert.executeUpdate();
            }
        });
    }

    private static void setRoles(UUID tenantId, UUID personId, Role... roles) {
        inTenant(tenantId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE accounts SET roles = ? WHERE tenant_id = ? AND person_id = ?")) {
                update.setArray(1, connection.createArrayOf("text", Arrays.stream(roles).map(Role::name).toArray()));
                update.setObject(2, tenantId);
                update.setObject(3, personId);
                update.executeUpdate();
            }
        });
    }

    /** Runs fixture SQL in one transaction bound to the tenant, as the API's own transactions are. */
    public static void inTenant(UUID tenantId, SqlWork work) {
        try (Connection connection = RunningApi.get().ownerConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenantId.toString());
                bind.execute();
            }
            work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SQL run by a fixture. */
    @FunctionalInterface
    public interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
