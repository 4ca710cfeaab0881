package com.mentorplatform.api.leadership;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestPopulation;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The anonymity threshold: 5 by default, raised by a tenant admin only, never below 3, applied at once. */
class AnonymitySettingsApiTest {

    static TestTenant tenant;
    static String admin;
    static String leader;

    @BeforeAll
    static void cohortWithSixEngineers() {
        tenant = TestTenant.create("Threshold Co");
        admin = tenant.admin().token();
        leader = tenant.user(Role.LEADER).token();
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Threshold programme"), 30);
        for (int i = 0; i < 6; i++) {
            TestProgrammes.enrol(admin, cohort, TestPopulation.person(tenant, "Engineer " + i, "Engineering", "Oslo",
                    3, LocalDate.now().minusYears(2), null), "MENTEE");
        }
        for (int i = 0; i < 9; i++) {
            TestProgrammes.enrol(admin, cohort, TestPopulation.person(tenant, "Seller " + i, "Sales", "Oslo",
                    3, LocalDate.now().minusYears(2), null), "MENTEE");
        }
        TestPopulation.refresh(tenant);
    }

    @Test
    void a_threshold_below_three_or_not_a_number_is_a_400_naming_the_field() {
        for (Object bad : List.of(2, 0, -5, 101, "seven")) {
            Http.Response refused = Http.patch("/api/analytics/settings", admin, Map.of("anonymityThreshold", bad));
            assertThat(refused.status()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).contains("anonymityThreshold");
        }
        assertThat(Http.patch("/api/analytics/settings", admin, Map.of()).status()).isEqualTo(400);
        assertThat(Http.get("/api/analytics/settings", admin).json().get("anonymityThreshold").getIntValue())
                .isEqualTo(5);
    }

    @Test
    void only_a_tenant_admin_changes_it_and_leaders_do_not_read_it() {
        String manager = tenant.user(Role.PROGRAMME_MANAGER).token();
        assertThat(Http.get("/api/analytics/settings", manager).status()).isEqualTo(200);
        assertThat(Http.patch("/api/analytics/settings", manager, Map.of("anonymityThreshold", 9)).status())
                .isEqualTo(403);
        for (Role role : List.of(Role.LEADER, Role.MENTOR, Role.MENTEE)) {
            String token = tenant.user(role).token();
            assertThat(Http.get("/api/analytics/settings", token).status()).isEqualTo(403);
            assertThat(Http.patch("/api/analytics/settings", token, Map.of("anonymityThreshold", 9)).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void raising_the_threshold_hides_groups_under_it_at_once_and_only_in_this_tenant() {
        TestTenant other = TestTenant.create("Untouched threshold Co");
        assertThat(department("Engineering").get("suppressed").getBooleanValue()).isFalse();

        Http.Response raised = Http.patch("/api/analytics/settings", admin, Map.of("anonymityThreshold", 7));

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().get("anonymityThreshold").getIntValue()).isEqualTo(7);
        assertThat(department("Engineering").get("suppressed").getBooleanValue()).isTrue();
        assertThat(department("Sales").get("suppressed").getBooleanValue()).isTrue();
        assertThat(Http.get("/api/leader/options", leader).json().get("threshold").getIntValue()).isEqualTo(7);
        assertThat(Http.get("/api/analytics/settings", other.admin().token()).json().get("anonymityThreshold")
                .getIntValue()).isEqualTo(5);
        Http.patch("/api/analytics/settings", admin, Map.of("anonymityThreshold", 5));
    }

    private static JsonNode department(String name) {
        for (JsonNode row : Http.get("/api/leader/participation?by=department", leader).json().get("rows").values()) {
            if (row.get("label").getStringValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
