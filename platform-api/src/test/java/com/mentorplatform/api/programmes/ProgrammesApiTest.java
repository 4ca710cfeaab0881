package com.mentorplatform.api.programmes;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammesApiTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Programmes Co");
        admin = tenant.admin().token();
    }

    @Test
    void a_new_programme_is_a_draft_owned_by_its_creator_unless_an_owner_is_named() {
        UUID owner = tenant.person("Olga Owner", "People");

        JsonNode mine = Http.post("/api/programmes", admin, Map.of("name", "Mine", "type", "GROUP",
                "goals", "Grow leaders")).json();
        JsonNode theirs = Http.post("/api/programmes", admin, Map.of("name", "Theirs", "type", "ONE_TO_ONE",
                "ownerId", owner.toString())).json();

        assertThat(mine.get("status").getStringValue()).isEqualTo("DRAFT");
        assertThat(mine.get("ownerId").getStringValue()).isEqualTo(tenant.admin().personId().toString());
        assertThat(mine.get("goals").getStringValue()).isEqualTo("Grow leaders");
        assertThat(theirs.get("ownerName").getStringValue()).isEqualTo("Olga Owner");
        assertThat(Http.get("/api/programmes/" + theirs.get("id").getStringValue(), admin).string("type"))
                .isEqualTo("ONE_TO_ONE");
    }

    @Test
    void a_programme_moves_from_draft_to_active_to_closed_and_never_back() {
        String id = Http.post("/api/programmes", admin, Map.of("name", "Lifecycle", "type", "GROUP")).string("id");

        assertThat(Http.patch("/api/programmes/" + id, admin, Map.of("status", "ACTIVE")).string("status"))
                .isEqualTo("ACTIVE");
        Http.Response backToDraft = Http.patch("/api/programmes/" + id, admin, Map.of("status", "DRAFT"));
        assertThat(backToDraft.status()).isEqualTo(409);
        assertThat(backToDraft.text()).contains("\"field\":\"status\"").contains("invalid-status-transition");
        assertThat(Http.patch("/api/programmes/" + id, admin, Map.of("status", "CLOSED")).string("status"))
                .isEqualTo("CLOSED");
        assertThat(Http.patch("/api/programmes/" + id, admin, Map.of("status", "ACTIVE")).status()).isEqualTo(409);
        assertThat(Http.get("/api/programmes/" + id, admin).string("status")).isEqualTo("CLOSED");
    }

    @Test
    void each_programme_says_which_statuses_it_may_be_given_next_and_a_closed_one_none() {
        String path = "/api/programmes/" + Http.post("/api/programmes", admin,
                Map.of("name", "Moves", "type", "GROUP")).string("id");

        List<String> draft = Http.get(path, admin).strings("allowedTransitions");
        List<String> active = Http.patch(path, admin, Map.of("status", "ACTIVE")).strings("allowedTransitions");
        List<String> closed = Http.patch(path, admin, Map.of("status", "CLOSED")).strings("allowedTransitions");

        assertThat(draft).containsExactly("ACTIVE", "CLOSED");
        assertThat(active).containsExactly("CLOSED");
        assertThat(closed).isEmpty();
    }

    @Test
    void a_programme_with_a_running_cohort_cannot_close_and_a_closed_one_takes_no_cohorts() {
        UUID programme = TestProgrammes.programme(admin, "Busy");
        TestProgrammes.cohort(admin, programme, 5);

        Http.Response close = Http.patch("/api/programmes/" + programme, admin, Map.of("status", "CLOSED"));
        UUID quiet = TestProgrammes.programme(admin, "Quiet");
        Http.patch("/api/programmes/" + quiet, admin, Map.of("status", "CLOSED"));
        Http.Response cohort = Http.post("/api/programmes/" + quiet + "/cohorts", admin,
                TestProgrammes.cohortBody("Too late", 5, null));

        assertThat(close.status()).isEqualTo(409);
        assertThat(close.text()).contains("programme-has-live-cohorts");
        assertThat(cohort.status()).isEqualTo(409);
        assertThat(cohort.text()).contains("programme-closed");
    }

    @Test
    void patch_changes_only_the_fields_sent() {
        String id = Http.post("/api/programmes", admin, Map.of("name", "Patchable", "type", "GROUP",
                "goals", "Old goals")).string("id");

        JsonNode patched = Http.patch("/api/programmes/" + id, admin, Map.of("name", "Patched")).json();

        assertThat(patched.get("name").getStringValue()).isEqualTo("Patched");
        assertThat(patched.get("goals").getStringValue()).isEqualTo("Old goals");
        assertThat(patched.get("type").getStringValue()).isEqualTo("GROUP");
    }

    @Test
    void a_second_programme_of_the_same_name_is_a_409_naming_name() {
        Http.post("/api/programmes", admin, Map.of("name", "Twin", "type", "GROUP"));

        Http.Response twin = Http.post("/api/programmes", admin, Map.of("name", "TWIN", "type", "GROUP"));

        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.text()).contains("\"field\":\"name\"");
    }

    @Test
    void an_owner_who_left_or_does_not_exist_is_refused_naming_ownerId() {
        UUID leaver = TestProgrammes.person(admin, tenant.slug(), "Gone Owner", "People", "Lisbon", 4,
                LocalDate.now().minusDays(3));

        Http.Response left = Http.post("/api/programmes", admin, Map.of("name", "Orphan", "type", "GROUP",
                "ownerId", leaver.toString()));
        Http.Response missing = Http.post("/api/programmes", admin, Map.of("name", "Orphan", "type", "GROUP",
                "ownerId", UUID.randomUUID().toString()));

        assertThat(left.status()).isEqualTo(400);
        assertThat(left.text()).contains("\"field\":\"ownerId\"");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("\"field\":\"ownerId\"");
    }

    @Test
    void paging_with_the_next_cursor_visits_every_programme_once_in_name_order() {
        for (int i = 0; i < 7; i++) {
            Http.post("/api/programmes", admin, Map.of("name", "Paged " + (char) ('G' - i), "type", "GROUP"));
        }
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = Http.get("/api/programmes?q=paged&limit=3" + (after == null ? "" : "&after=" + after), admin).json();
            page.get("items").values().forEach(item -> names.add(item.get("name").getStringValue()));
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (after != null);

        assertThat(names).hasSize(7).doesNotHaveDuplicates().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void the_status_filter_narrows_the_list() {
        UUID active = TestProgrammes.programme(admin, "Filter Active");

        JsonNode items = Http.get("/api/programmes?status=ACTIVE&limit=200", admin).json().get("items");

        assertThat(items.values()).extracting(i -> i.get("status").getStringValue()).containsOnly("ACTIVE");
        assertThat(items.values()).extracting(i -> i.get("id").getStringValue()).contains(active.toString());
    }

    @Test
    void every_programme_change_is_audited() {
        String id = Http.post("/api/programmes", admin, Map.of("name", "Audited", "type", "GROUP")).string("id");
        Http.patch("/api/programmes/" + id, admin, Map.of("status", "ACTIVE"));
        Http.patch("/api/programmes/" + id, admin, Map.of("goals", "Now with goals"));

        JsonNode trail = Http.get("/api/audit?entityType=programme&entityId=" + id, admin).json();

        assertThat(trail.values()).extracting(r -> r.get("action").getStringValue())
                .containsExactly("programme.created", "programme.active", "programme.updated");
    }
}
