package com.mentorplatform.api.people;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleApiTest {

    static TestTenant tenant;
    static String adminToken;

    @BeforeAll
    static void createDirectory() {
        tenant = TestTenant.create("Directory Co");
        adminToken = tenant.admin().token();
        for (int i = 0; i < 23; i++) {
            tenant.person("Walker Number " + (char) ('A' + i), i % 2 == 0 ? "Walk Even" : "Walk Odd");
        }
    }

    @Test
    void paging_with_the_next_cursor_visits_everyone_once_in_name_order() {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = Http.get("/api/people?q=walker&limit=5" + (after == null ? "" : "&after=" + after), adminToken).json();
            page.get("items").values().forEach(item -> names.add(item.get("displayName").getStringValue()));
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (after != null);

        assertThat(names).hasSize(23).doesNotHaveDuplicates()
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void search_matches_part_of_a_name_or_email_case_insensitively() {
        JsonNode items = Http.get("/api/people?q=NUMBER%20c", adminToken).json().get("items");

        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("displayName").getStringValue()).isEqualTo("Walker Number C");
    }

    @Test
    void search_treats_like_wildcards_as_plain_text() {
        assertThat(Http.get("/api/people?q=%25", adminToken).json().get("items").size()).isZero();
    }

    @Test
    void the_department_filter_narrows_the_list() {
        JsonNode items = Http.get("/api/people?department=Walk%20Odd&limit=200", adminToken).json().get("items");

        assertThat(items.size()).isEqualTo(11);
        items.values().forEach(item -> assertThat(item.get("department").getStringValue()).isEqualTo("Walk Odd"));
    }

    @Test
    void departments_lists_each_department_once() {
        JsonNode departments = Http.get("/api/people/departments", adminToken).json();

        assertThat(departments.values()).extracting(JsonNode::getStringValue)
                .contains("Walk Even", "Walk Odd").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void locations_lists_each_location_once() {
        for (String location : List.of("Porto", "Ghent", "Porto")) {
            Http.post("/api/people", adminToken, Map.of("email", "loc." + UUID.randomUUID() + "@directory.test",
                    "displayName", "Located In " + location, "location", location));
        }

        JsonNode locations = Http.get("/api/people/locations", adminToken).json();

        assertThat(locations.values()).extracting(JsonNode::getStringValue)
                .contains("Ghent", "Porto").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void an_admin_creates_a_person_and_reads_every_field_back() {
        UUID manager = tenant.person("Maria Manager", "Sales");
        Map<String, Object> body = new HashMap<>(Map.of("email", "New.Person@directory.test", "displayName", "New Person",
                "department", "Sales", "location", "Lisbon", "jobTitle", "Analyst", "level", 2,
                "managerId", manager.toString(), "hiredOn", "2024-02-01"));

        Http.Response created = Http.post("/api/people", adminToken, body);

        assertThat(created.status()).isEqualTo(201);
        JsonNode person = Http.get("/api/people/" + created.string("id"), adminToken).json();
        assertThat(person.get("managerName").getStringValue()).isEqualTo("Maria Manager");
        assertThat(person.get("level").getIntValue()).isEqualTo(2);
        assertThat(person.get("hiredOn").getStringValue()).isEqualTo("2024-02-01");
        assertThat(person.get("status").getStringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void the_same_email_in_another_case_is_a_409_naming_email() {
        UUID existing = tenant.person("Casey Case", "Sales");
        String email = Http.get("/api/people/" + existing, adminToken).string("email");

        Http.Response duplicate = Http.post("/api/people", adminToken,
                Map.of("email", email.toUpperCase(), "displayName", "Someone Else"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text()).contains("\"field\":\"email\"");
    }

    @Test
    void patch_changes_only_the_fields_sent_and_null_clears_a_field() {
        UUID id = tenant.person("Pat Patch", "Sales");

        Http.Response moved = Http.patch("/api/people/" + id, adminToken, Map.of("department", "Finance"));
        Map<String, Object> leave = new HashMap<>();
        leave.put("leftOn", "2026-01-31");
        leave.put("hiredOn", "2020-01-01");
        Http.Response left = Http.patch("/api/people/" + id, adminToken, leave);
        Map<String, Object> clear = new HashMap<>();
        clear.put("location", null);

        assertThat(moved.string("department")).isEqualTo("Finance");
        assertThat(moved.string("displayName")).isEqualTo("Pat Patch");
        assertThat(left.string("status")).isEqualTo("LEFT");
        assertThat(Http.patch("/api/people/" + id, adminToken, clear).json().get("location")).isNull();
    }

    @Test
    void racing_creates_of_one_email_give_one_201_and_409s_never_a_500() throws Exception {
        Map<String, Object> body = Map.of("email", "racer@directory.test", "displayName", "Racer");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(pool.submit(() -> Http.post("/api/people", adminToken, body).status()));
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();

        assertThat(results).containsOnly(201, 409);
        assertThat(results).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void a_manager_cycle_is_refused_naming_managerId() {
        UUID boss = tenant.person("Boss Person", "Sales");
        UUID report = tenant.person("Report Person", "Sales");
        Http.patch("/api/people/" + report, adminToken, Map.of("managerId", boss.toString()));

        Http.Response cycle = Http.patch("/api/people/" + boss, adminToken, Map.of("managerId", report.toString()));

        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.text()).contains("\"field\":\"managerId\"");
    }

    @Test
    void left_on_before_hired_on_is_refused_naming_leftOn() {
        Http.Response response = Http.post("/api/people", adminToken, Map.of("email", "early@directory.test",
                "displayName", "Early Leaver", "hiredOn", "2024-05-01", "leftOn", "2024-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"leftOn\"");
    }

    @Test
    void mentors_and_mentees_see_directory_fields_but_not_hr_fields() {
        TestUser mentor = tenant.user(Role.MENTOR);
        UUID id = tenant.person("Hidden Level", "Sales");

        JsonNode seenByMentor = Http.get("/api/people/" + id, mentor.token()).json();
        JsonNode seenByAdmin = Http.get("/api/people/" + id, adminToken).json();

        assertThat(seenByMentor.get("displayName").getStringValue()).isEqualTo("Hidden Level");
        assertThat(seenByMentor.get("level")).isNull();
        assertThat(seenByMentor.get("hiredOn")).isNull();
        assertThat(seenByAdmin.get("level").getIntValue()).isEqualTo(3);
    }
}
