package com.mentorplatform.api.analytics;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report answers JSON to a client that accepts anything, and CSV only to one that asks for it first. */
class AnswerFormatTest {

    static final List<String> HR_REPORTS = List.of("/api/analytics/completion", "/api/analytics/engagement",
            "/api/analytics/participation", "/api/analytics/pairs", "/api/analytics/retention");
    static final List<String> LEADER_REPORTS = List.of("/api/leader/participation?by=department",
            "/api/leader/retention?by=level");

    @Test
    void a_client_that_accepts_anything_gets_json_and_one_asking_for_csv_gets_csv() {
        TestTenant tenant = TestTenant.create("Answer Format Co");
        String admin = tenant.admin().token();
        String leader = tenant.user(Role.LEADER).token();
        for (String path : HR_REPORTS) {
            assertFormats(path, admin);
        }
        for (String path : LEADER_REPORTS) {
            assertFormats(path, leader);
        }
    }

    private static void assertFormats(String path, String token) {
        for (String anything : List.of("*/*", "application/json", "application/json, text/csv;q=0.5")) {
            Http.Response json = Http.getAccepting(path, token, anything);
            assertThat(json.status()).as(path + " with " + anything).isEqualTo(200);
            assertThat(json.contentType()).as(path + " with " + anything).startsWith("application/json");
        }
        Http.Response csv = Http.getAccepting(path, token, "text/csv");
        assertThat(csv.status()).as(path).isEqualTo(200);
        assertThat(csv.contentType()).as(path).startsWith("text/csv");
    }
}
