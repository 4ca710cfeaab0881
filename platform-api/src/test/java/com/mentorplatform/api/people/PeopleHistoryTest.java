package com.mentorplatform.api.people;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating and editing a person keeps their history of tracked fields, readable by HR only. */
class PeopleHistoryTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("History Co");
        admin = tenant.admin().token();
    }

    @Test
    void creating_a_person_records_their_arrival_and_each_edit_every_tracked_change_dated_today() {
        UUID boss = tenant.person("Hilda Boss", "Board");
        UUID id = tenant.person("Hans History", "Sales");
        java.util.HashMap<String, Object> patch = new java.util.HashMap<>(Map.of("level", 5, "department", "Marketing",
                "managerId", boss.toString(), "displayName", "Hans Renamed"));
        patch.put("location", null);
        Http.patch("/api/people/" + id, admin, patch);
        Http.patch("/api/people/" + id, admin, Map.of("leftOn", LocalDate.now(ZoneOffset.UTC).toString()));

        List<String> history = history(id);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(history).containsExactly(
                today + " CREATE status null->ACTIVE",
                today + " EDIT level 3->5", today + " EDIT department Sales->Marketing",
                today + " EDIT manager null->" + boss,
                today + " EDIT status ACTIVE->LEFT");
    }

    @Test
    void an_edit_of_untracked_fields_adds_no_history() {
        UUID id = tenant.person("Quiet Person", "Sales");

        Http.patch("/api/people/" + id, admin, Map.of("displayName", "Quiet Renamed"));

        assertThat(history(id)).hasSize(1);
    }

    @Test
    void only_hr_reads_history_and_a_foreign_id_is_the_same_404_as_a_missing_one() {
        UUID id = tenant.person("Private History", "Sales");
        TestTenant other = TestTenant.create("History Other");
        UUID foreign = other.person("Foreign Person", "Sales");

        for (Role role : List.of(Role.MENTOR, Role.MENTEE, Role.LEADER)) {
            assertThat(Http.get("/api/people/" + id + "/history", tenant.user(role).token()).status())
                    .as(role.name()).isEqualTo(403);
        }
        Http.Response missing = Http.get("/api/people/" + UUID.randomUUID() + "/history", admin);
        Http.Response foreignRead = Http.get("/api/people/" + foreign + "/history", admin);
        assertThat(foreignRead.status()).isEqualTo(404);
        assertThat(foreignRead.text()).isEqualTo(missing.text());
    }

    private static List<String> history(UUID id) {
        List<String> lines = new ArrayList<>();
        Http.get("/api/people/" + id + "/history", admin).json().values().forEach(e -> lines.add(
                e.get("effectiveOn").getStringValue() + " " + e.get("source").getStringValue() + " "
                        + e.get("field").getStringValue() + " " + text(e.get("oldValue")) + "->" + text(e.get("newValue"))));
        return lines;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.getStringValue();
    }
}
