package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class BulkEnrolmentTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;

    @BeforeAll
    static void createOrganisation() {
        tenant = TestTenant.create("Bulk Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Bulk home");
        for (int i = 0; i < 6; i++) {
            person("Rust Dev " + i, "Rust", i % 2 == 0 ? "Berlin" : "Lisbon", 2 + i % 3, null);
        }
        person("Rust Leaver", "Rust", "Berlin", 3, LocalDate.now().minusDays(10));
        for (int i = 0; i < 4; i++) {
            person("Go Senior " + i, "Go", "Berlin", 5 + i % 2, null);
        }
    }

    @Test
    void the_preview_lists_exactly_who_the_apply_then_enrols() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 50);
        Map<String, Object> filter = filter("MENTEE", List.of("Rust"), null);

        JsonNode preview = Http.post(bulk(cohort) + "-preview", admin, filter).json();
        Set<String> previewed = ids(preview.get("people"), "personId");
        JsonNode applied = Http.post(bulk(cohort), admin, filter).json();
        Set<String> enrolled = ids(Http.get("/api/cohorts/" + cohort + "/participants?limit=200", admin).json()
                .get("items"), "personId");

        assertThat(preview.get("matched").getIntValue()).isEqualTo(7);
        assertThat(preview.get("toAdd").getIntValue()).isEqualTo(6);
        assertThat(preview.get("skipped").get(0).get("reason").getStringValue()).isEqualTo("LEAVER");
        assertThat(applied.get("added").getIntValue()).isEqualTo(6);
        assertThat(enrolled).isEqualTo(previewed).hasSize(6);
    }

    @Test
    void the_preview_says_who_is_skipped_and_why() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 50);
        Http.post(bulk(cohort), admin, filter("MENTOR", List.of("Go"), Map.of("minLevel", 6)));
        Map<String, Object> both = filter("MENTEE", List.of("Rust", "Go"), null);
        Http.post(bulk(cohort), admin, filter("MENTEE", List.of("Rust"), Map.of("locations", List.of("Lisbon"))));

        JsonNode preview = Http.post(bulk(cohort) + "-preview", admin, both).json();
        Map<String, Integer> skipped = new HashMap<>();
        preview.get("skipped").values().forEach(s -> skipped.put(s.get("reason").getStringValue(), s.get("count").getIntValue()));

        assertThat(preview.get("matched").getIntValue()).isEqualTo(11);
        assertThat(skipped).containsEntry("ENROLLED_IN_OTHER_ROLE", 2).containsEntry("ALREADY_ENROLLED", 3)
                .containsEntry("LEAVER", 1);
        assertThat(preview.get("toAdd").getIntValue()).isEqualTo(5);
        assertThat(preview.get("fitsCapacity").getBooleanValue()).isTrue();
    }

    @Test
    void a_bulk_enrolment_over_capacity_is_refused_whole_and_enrols_nobody() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 4);
        Map<String, Object> filter = filter("MENTEE", List.of("Rust"), null);

        JsonNode preview = Http.post(bulk(cohort) + "-preview", admin, filter).json();
        Http.Response applied = Http.post(bulk(cohort), admin, filter);

        assertThat(preview.get("fitsCapacity").getBooleanValue()).isFalse();
        assertThat(preview.get("toAdd").getIntValue()).isEqualTo(4);
        assertThat(preview.get("menteePlacesLeft").getIntValue()).isEqualTo(4);
        assertThat(preview.get("skipped").values()).anySatisfy(s -> {
            assertThat(s.get("reason").getStringValue()).isEqualTo("OVER_CAPACITY");
            assertThat(s.get("count").getIntValue()).isEqualTo(2);
        });
        assertThat(applied.status()).isEqualTo(409);
        assertThat(applied.text()).contains("cohort-full");
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("menteesEnrolled").getIntValue()).isZero();
    }

    @Test
    void mentors_are_enrolled_in_bulk_with_the_capacity_asked_for_and_a_history_entry_each() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);

        JsonNode applied = Http.post(bulk(cohort), admin, filter("MENTOR", List.of("Go"),
                Map.of("levels", List.of(5, 6), "mentorCapacity", 3))).json();

        JsonNode shown = Http.get("/api/cohorts/" + cohort, admin).json();
        assertThat(applied.get("added").getIntValue()).isEqualTo(4);
        assertThat(shown.get("mentorsEnrolled").getIntValue()).isEqualTo(4);
        assertThat(shown.get("mentorCapacityTotal").getIntValue()).isEqualTo(12);
        String participant = applied.get("participantIds").get(0).getStringValue();
        JsonNode history = Http.get("/api/cohorts/" + cohort + "/participants/" + participant + "/history", admin).json();
        assertThat(history.get(0).get("kind").getStringValue()).isEqualTo("ENROLLED");
        assertThat(history.get(0).get("mentorCapacity").getIntValue()).isEqualTo(3);
        JsonNode audit = Http.get("/api/audit?entityType=cohort&entityId=" + cohort, admin).json();
        assertThat(audit.values()).extracting(r -> r.get("action").getStringValue()).contains("enrolment.bulk-enrolled");
    }

    @Test
    void an_apply_whose_selection_changed_since_the_preview_is_refused() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 50);
        Map<String, Object> filter = filter("MENTEE", List.of("Rust"), Map.of("expectedCount", 5));

        Http.Response applied = Http.post(bulk(cohort), admin, filter);

        assertThat(applied.status()).isEqualTo(409);
        assertThat(applied.text()).contains("selection-changed");
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("menteesEnrolled").getIntValue()).isZero();
    }

    @Test
    void a_filter_that_selects_nobody_adds_nobody() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        Map<String, Object> filter = filter("MENTEE", List.of("No Such Department"), null);

        assertThat(Http.post(bulk(cohort) + "-preview", admin, filter).json().get("toAdd").getIntValue()).isZero();
        assertThat(Http.post(bulk(cohort), admin, filter).json().get("added").getIntValue()).isZero();
    }

    private static Map<String, Object> filter(String role, List<String> departments, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        body.put("departments", departments);
        if (more != null) {
            body.putAll(more);
        }
        return body;
    }

    private static Set<String> ids(JsonNode items, String field) {
        return StreamSupport.stream(items.values().spliterator(), false).map(i -> i.get(field).getStringValue())
                .collect(Collectors.toSet());
    }

    private static void person(String name, String department, String location, int level, LocalDate leftOn) {
        TestProgrammes.person(admin, tenant.slug(), name, department, location, level, leftOn);
    }

    private static String bulk(UUID cohort) {
        return "/api/cohorts/" + cohort + "/participants/bulk";
    }
}
