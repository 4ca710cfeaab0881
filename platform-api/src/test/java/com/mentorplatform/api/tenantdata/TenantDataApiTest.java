package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.sweep.TenantRows;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestExports;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An operator exports a whole tenant and deletes one after its grace period: only operators reach either; the
 * export has a file per tenant table with that tenant's rows only; a tenant scheduled for deletion is shut at once
 * (logins, access, refresh, SCIM and calendar tokens) and opens again when the deletion is cancelled; the deletion
 * takes nothing before the due date and every row of the tenant after it, and nothing of anyone else.
 */
class TenantDataApiTest {

    private static final String UPLOADED = "Board deck, as presented";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static String operator;
    static TestTenant bystander;

    @BeforeAll
    static void anotherTenantWithData() {
        operator = TestUser.operator().token();
        bystander = TestTenant.create("Bystander Co");
        fill(bystander);
    }

    @Test
    void only_platform_operators_reach_a_tenants_export_and_deletion() {
        TestTenant tenant = TestTenant.create("Guarded Co");
        List<String> tokens = List.of(tenant.admin().token(), tenant.user(Role.MENTEE).token(),
                tenant.user(Role.LEADER).token());
        String base = "/api/operator/tenants/" + tenant.id();
        UUID someExport = UUID.randomUUID();

        for (String token : tokens) {
            assertThat(Http.post(base + "/exports", token, null).status()).isEqualTo(403);
            assertThat(Http.get(base + "/exports/" + someExport, token).status()).isEqualTo(403);
            assertThat(Http.download(base + "/exports/" + someExport + "/file", token).statusCode()).isEqualTo(403);
            assertThat(Http.post(base + "/deletion", token, Map.of("confirmation", tenant.slug())).status())
                    .isEqualTo(403);
            assertThat(Http.delete(base + "/deletion", token).status()).isEqualTo(403);
        }
        assertThat(Http.post(base + "/exports", null, null).status()).isEqualTo(401);
        assertThat(Http.get("/api/me", tenant.admin().token()).status()).as("the tenant is untouched").isEqualTo(200);
    }

    @Test
    void an_operator_exports_a_file_per_tenant_table_with_only_that_tenants_rows_and_its_uploads() {
        TestTenant tenant = TestTenant.create("Exported Co");
        Filled filled = fill(tenant);

        String location = TestExports.ofTenant(tenant.id());
        assertThat(location).startsWith("/api/operator/tenants/" + tenant.id() + "/exports/");
        HttpResponse<byte[]> file = Http.download(URI.create(Http.get(location, operator).string("file")).getPath(),
                operator);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-type").orElse("")).startsWith("application/zip");
        Map<String, String> zip = TestExports.unzip(file.body());
        Map<String, Long> counts = rowCounts(tenant.id());
        counts.merge("tenant_export_files", -1L, Long::sum); // this export's own ZIP, stored once it was written
        assertThat(zip.keySet().stream().filter(name -> name.startsWith("tables/")))
                .containsExactlyInAnyOrderElementsOf(counts.keySet().stream().map(t -> "tables/" + t + ".json").toList());
        counts.forEach((table, rows) -> assertThat(new Http.Response(200, null, zip.get("tables/" + table + ".json"))
                .json().size()).as(table).isEqualTo(rows.intValue()));
        assertThat(counts.get("people")).isPositive();
        assertThat(counts.get("evidence_files")).isPositive();
        assertThat(zip.get("files/" + filled.evidenceId() + "/" + filled.fileName())).isEqualTo(UPLOADED);
        assertThat(zip.get("export.json")).contains("\"table\" : \"accounts\"").contains("password_hash");
        String all = String.join("\n", zip.values());
        assertThat(all).contains(filled.pairing().mentee().email())
                .doesNotContain(bystander.id().toString()).doesNotContain(bystander.slug())
                .doesNotContain("\"password_hash\" :").doesNotContain("\"token_hash\" :")
                .doesNotContain("\"tenant_id\" :");
    }

    @Test
    void scheduling_a_deletion_shuts_the_tenant_at_once_and_cancelling_it_opens_it_again() {
        TestTenant tenant = TestTenant.create("Paused Co");
        String admin = tenant.admin().token();
        String refresh = tenant.admin().tokens().string("refreshToken");
        String scim = Http.post("/api/scim-tokens", admin, Map.of("name", "Paused IdP")).string("token");
        String feed = URI.create(Http.post("/api/me/calendar-feed", admin, Map.of()).string("url")).getRawPath();
        String deletion = "/api/operator/tenants/" + tenant.id() + "/deletion";
        assertThat(Http.get("/scim/v2/Users", scim).status()).isEqualTo(200);

        Http.Response wrong = Http.post(deletion, operator, Map.of("confirmation", "not-" + tenant.slug()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("\"field\":\"confirmation\"");
        Http.Response scheduled = Http.post(deletion, operator, Map.of("confirmation", tenant.slug()));

        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
        assertThat(scheduled.string("status")).isEqualTo("DELETION_SCHEDULED");
        assertThat(Instant.parse(scheduled.string("deletionDueAt")))
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(Duration.ofMinutes(5)));
        assertThat(Http.get("/api/me", admin).status()).as("an access token already issued").isEqualTo(401);
        assertThat(tenant.admin().login().status()).as("a login").isEqualTo(401);
        assertThat(Http.post("/api/auth/refresh", null, Map.of("refreshToken", refresh)).status()).isEqualTo(401);
        assertThat(Http.get("/scim/v2/Users", scim).status()).isEqualTo(401);
        assertThat(Http.get(feed, null).status()).isEqualTo(404);
        assertThat(Http.post(deletion, operator, Map.of("confirmation", tenant.slug())).status()).isEqualTo(409);

        Http.Response cancelled = Http.delete(deletion, operator);

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.string("status")).isEqualTo("ACTIVE");
        assertThat(cancelled.json().get("deletionDueAt")).isNull();
        assertThat(Http.get("/api/me", admin).status()).isEqualTo(200);
        assertThat(tenant.admin().login().status()).isEqualTo(200);
        assertThat(Http.post("/api/auth/refresh", null, Map.of("refreshToken", refresh)).status()).isEqualTo(200);
        assertThat(Http.get("/scim/v2/Users", scim).status()).isEqualTo(200);
        assertThat(Http.delete(deletion, operator).status()).as("nothing left to cancel").isEqualTo(409);
    }

    @Test
    void the_operators_own_tenant_and_unknown_tenants_cannot_be_scheduled() {
        UUID platform = UUID.fromString(Http.get("/api/me", operator).string("tenantId"));
        String platformSlug = TestUser.operator().tenant();

        assertThat(Http.post("/api/operator/tenants/" + platform + "/deletion", operator,
                Map.of("confirmation", platformSlug)).status()).isEqualTo(409);
        assertThat(Http.post("/api/operator/tenants/" + UUID.randomUUID() + "/deletion", operator,
                Map.of("confirmation", "anything")).status()).isEqualTo(404);
        assertThat(Http.post("/api/operator/tenants/" + UUID.randomUUID() + "/exports", operator, null).status())
                .isEqualTo(404);
    }

    @Test
    void the_deletion_takes_nothing_before_it_is_due_and_every_row_of_the_tenant_and_nothing_else_after() {
        TestTenant tenant = TestTenant.create("Doomed Co");
        fill(tenant);
        TenantDeletions deletions = RunningApi.get().bean(TenantDeletions.class);
        assertThat(Http.post("/api/operator/tenants/" + tenant.id() + "/deletion", operator,
                Map.of("confirmation", tenant.slug())).status()).isEqualTo(200);
        Map<String, Long> rows = rowCounts(tenant.id());
        Map<String, String> bystanders = TenantRows.checksums(bystander.id());

        deletions.deleteDue();

        assertThat(rowCounts(tenant.id())).as("before the due date").isEqualTo(rows);
        assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(50);

        moveDueDateToThePast(tenant.id());
        deletions.deleteDue();

        assertThat(rowCounts(tenant.id())).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(TenantRows.checksums(bystander.id())).isEqualTo(bystanders);
        Http.Response listed = Http.get("/api/operator/tenants", operator);
        assertThat(listed.text()).contains(tenant.slug());
        assertThat(record(tenant.id())).startsWith("DELETED, by an operator, audited: tenant.deleted");
        assertThat(Http.post("/api/operator/tenants/" + tenant.id() + "/exports", operator, null).status())
                .isEqualTo(409);
        assertThat(Http.delete("/api/operator/tenants/" + tenant.id() + "/deletion", operator).status())
                .isEqualTo(409);
    }

    record Filled(Pairing pairing, UUID evidenceId, String fileName) {
    }

    /** An active pair with a journal entry, an uploaded file, an export, a SCIM token and a calendar feed. */
    private static Filled fill(TestTenant tenant) {
        Pairing pairing = TestWorkspace.activePair(tenant);
        String mentee = pairing.mentee().token();
        String admin = tenant.admin().token();
        expect(Http.post("/api/journal", mentee, Map.of("entryOn", LocalDate.now().minusDays(1).toString(),
                "title", "Led the migration", "body", "Hard weeks, good outcome", "shared", true)), 201);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("kind", "FILE");
        evidence.put("title", "Board deck");
        evidence.put("impact", "Got the budget");
        UUID evidenceId = UUID.fromString(expect(Http.post("/api/evidence", mentee, evidence), 201).string("id"));
        upload(mentee, evidenceId);
        TestExports.own(mentee);
        expect(Http.post("/api/scim-tokens", admin, Map.of("name", "IdP of " + tenant.slug())), 201);
        expect(Http.post("/api/me/calendar-feed", mentee, Map.of()), 201);
        return new Filled(pairing, evidenceId, "deck.txt");
    }

    private static void upload(String token, UUID evidenceId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + "/api/evidence/"
                        + evidenceId + "/file")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename=\"deck.txt\"")
                .POST(HttpRequest.BodyPublishers.ofString(UPLOADED)).build();
        try {
            assertThat(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response expect(Http.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }

    /** Rows of the tenant in every table of the catalogue with a tenant_id, read as the owner. */
    private static Map<String, Long> rowCounts(UUID tenantId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet tables = connection.createStatement().executeQuery("""
                     SELECT table_name FROM information_schema.columns
                     WHERE table_schema = 'public' AND column_name = 'tenant_id'
                       AND table_name IN (SELECT table_name FROM information_schema.tables
                                          WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
                     ORDER BY 1""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                // the name comes from the catalogue, never from input
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " WHERE tenant_id = ?")) {
                    count.setObject(1, tenantId);
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        counts.put(table, row.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static void moveDueDateToThePast(UUID tenantId) {
        try (Connection connection = RunningApi.get().ownerConnection();
             PreparedStatement move = connection.prepareStatement(
                     "UPDATE tenants SET deletion_due_at = now() - interval '1 minute' WHERE id = ?")) {
            move.setObject(1, tenantId);
            assertThat(move.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is left of a deleted tenant: its row's status, who deleted it, and the operators' audit record. */
    private static String record(UUID tenantId) {
        try (Connection connection = RunningApi.get().ownerConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT t.status || ', by an ' || CASE WHEN a.actor_id = t.deletion_requested_by
                            THEN 'operator' ELSE 'unknown' END || ', audited: ' || a.action || ' ' || a.after::text
                     FROM tenants t JOIN audit_log a ON a.tenant_id = t.deletion_requested_by_tenant
                          AND a.entity_id = t.id AND a.action = 'tenant.deleted'
                     WHERE t.id = ? AND t.deleted_at IS NOT NULL""")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "no record";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
