package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.checkins.CheckInFixtures.checkIns;
import static com.mentorplatform.api.checkins.CheckInFixtures.create;
import static com.mentorplatform.api.checkins.CheckInFixtures.held;
import static com.mentorplatform.api.checkins.CheckInFixtures.id;
import static com.mentorplatform.api.checkins.CheckInFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

class CheckInsApiTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Check-ins Co");
        admin = tenant.admin().token();
    }

    @Test
    void the_mentor_schedules_a_check_in_and_the_mentee_marks_it_held_with_feedback_and_a_rating() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        JsonNode planned = create(pair.mentorToken(), pair.pairId(), scheduled(3));

        Http.Response heldNow = Http.patch("/api/check-ins/" + id(planned), pair.menteeToken(), Map.of(
                "status", "HELD", "occursAt", Instant.now().toString(), "progressRating", 4,
                "feedback", Map.of("observation", "You opened the design review with the customer's problem",
                        "impact", "The team agreed the scope in half the usual time",
                        "suggestion", "Do the same in Thursday's planning")));

        assertThat(planned.get("status").getStringValue()).isEqualTo("SCHEDULED");
        assertThat(planned.get("agenda").getStringValue()).isEqualTo("Review the stretch project");
        assertThat(planned.get("createdByName").getStringValue()).isNotBlank();
        assertThat(heldNow.status()).isEqualTo(200);
        assertThat(heldNow.string("status")).isEqualTo("HELD");
        assertThat(heldNow.json().get("progressRating").getIntValue()).isEqualTo(4);
        assertThat(heldNow.json().get("feedback").get("impact").getStringValue()).startsWith("The team agreed");
        assertThat(heldNow.json().get("durationMinutes").getIntValue()).isEqualTo(30);
        assertThat(auditActions(id(planned))).containsExactly("check_in.scheduled", "check_in.held");
    }

    @Test
    void a_logged_check_in_keeps_its_notes_feedback_actions_and_rating_for_both_members() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        Map<String, Object> body = held(2);
        body.put("feedback", Map.of("observation", "Clear written updates", "suggestion", "Share them with the wider team"));
        body.put("actions", List.of(
                Map.of("description", "Draft the proposal", "ownerId", pair.mentee().personId().toString(),
                        "dueOn", LocalDate.now().plusDays(7).toString()),
                Map.of("description", "Introduce to the platform lead", "ownerId", pair.mentor().personId().toString())));

        JsonNode logged = create(pair.mentorToken(), pair.pairId(), body);
        JsonNode seenByMentee = Http.get("/api/check-ins/" + id(logged), pair.menteeToken()).json();

        assertThat(logged.get("status").getStringValue()).isEqualTo("HELD");
        assertThat(seenByMentee.get("sharedNotes").getStringValue()).isEqualTo("Talked through the quarter");
        assertThat(seenByMentee.get("durationMinutes").getIntValue()).isEqualTo(45);
        assertThat(seenByMentee.get("progressRating").getIntValue()).isEqualTo(3);
        assertThat(seenByMentee.get("feedback").get("observation").getStringValue()).isEqualTo("Clear written updates");
        assertThat(seenByMentee.get("feedback").get("impact")).isNull();
        assertThat(seenByMentee.get("actions").size()).isEqualTo(2);
        assertThat(seenByMentee.get("actions").get(0).get("ownerName").getStringValue()).isNotBlank();
        assertThat(seenByMentee.get("actions").get(0).get("done").getBooleanValue()).isFalse();
        assertThat(auditActions(id(logged))).containsExactly("check_in.logged");
    }

    @Test
    void the_list_is_newest_first_including_upcoming_ones_and_pages_by_cursor() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        create(pair.mentorToken(), pair.pairId(), held(30));
        create(pair.menteeToken(), pair.pairId(), held(10));
        create(pair.mentorToken(), pair.pairId(), scheduled(5));

        JsonNode first = Http.get(checkIns(pair.pairId()) + "?limit=2", pair.menteeToken()).json();
        JsonNode second = Http.get(checkIns(pair.pairId()) + "?limit=2&after=" + first.get("next").getStringValue(),
                pair.menteeToken()).json();

        assertThat(statuses(first.get("items"))).containsExactly("SCHEDULED", "HELD");
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(Instant.parse(second.get("items").get(0).get("occursAt").getStringValue()))
                .isBefore(Instant.parse(first.get("items").get(1).get("occursAt").getStringValue()));
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void the_agenda_is_prefilled_from_running_experiments_milestones_due_soon_and_open_actions() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        roadmapWithMilestoneAndExperiment(pair);
        Map<String, Object> earlier = held(14);
        earlier.put("actions", List.of(
                Map.of("description", "Book the shadowing day", "ownerId", pair.mentee().personId().toString()),
                Map.of("description", "Already finished", "ownerId", pair.mentor().personId().toString())));
        JsonNode done = create(pair.mentorToken(), pair.pairId(), earlier).get("actions").get(1);
        Http.patch("/api/check-in-actions/" + id(done), pair.mentorToken(), Map.of("done", true));

        JsonNode agenda = Http.get(checkIns(pair.pairId()) + "/agenda", pair.mentorToken()).json();

        assertThat(agenda.get("items").size()).isEqualTo(2);
        assertThat(agenda.get("openActions").size()).isEqualTo(1);
        String text = agenda.get("text").getStringValue();
        assertThat(text).contains("Experiments under way", "- Pair programming rota",
                "Milestones due", "- Lead the release", "Open actions", "- Book the shadowing day")
                .doesNotContain("Already finished", "Far milestone");
    }

    @Test
    void actions_are_added_later_and_ticked_done_and_undone_by_either_member() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        JsonNode logged = create(pair.mentorToken(), pair.pairId(), held(1));

        Http.Response added = Http.post("/api/check-ins/" + id(logged) + "/actions", pair.menteeToken(), Map.of(
                "description", "Write up the retro", "ownerId", pair.mentee().personId().toString(),
                "dueOn", LocalDate.now().plusDays(3).toString()));
        String action = "/api/check-in-actions/" + added.string("id");
        Http.Response ticked = Http.patch(action, pair.menteeToken(), Map.of("done", true));
        Http.Response reopened = Http.patch(action, pair.mentorToken(), Map.of("done", false));

        assertThat(added.status()).isEqualTo(201);
        assertThat(ticked.json().get("done").getBooleanValue()).isTrue();
        assertThat(ticked.json().get("doneAt")).isNotNull();
        assertThat(reopened.json().get("done").getBooleanValue()).isFalse();
        assertThat(reopened.json().get("doneAt")).isNull();
        assertThat(Http.get("/api/check-ins/" + id(logged), pair.mentorToken()).json().get("actions").size()).isEqualTo(1);
    }

    @Test
    void an_active_pair_is_overdue_when_its_last_held_check_in_is_older_than_the_cohort_cadence() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        create(pair.mentorToken(), pair.pairId(), held(20));
        create(pair.mentorToken(), pair.pairId(), scheduled(2));

        JsonNode overdue = cadence(pair, pair.mentorToken());
        create(pair.menteeToken(), pair.pairId(), held(3));
        JsonNode onTrack = cadence(pair, pair.menteeToken());

        assertThat(overdue.get("cadenceDays").getIntValue()).isEqualTo(14);
        assertThat(overdue.get("daysSinceLast").getLongValue()).isEqualTo(20);
        assertThat(overdue.get("overdue").getBooleanValue()).isTrue();
        assertThat(overdue.get("nextScheduledAt").isNull()).isFalse();
        assertThat(onTrack.get("daysSinceLast").getLongValue()).isEqualTo(3);
        assertThat(onTrack.get("overdue").getBooleanValue()).isFalse();
        assertThat(cadence(pair, admin).get("overdue").getBooleanValue()).isFalse();
    }

    @Test
    void a_pair_that_never_met_counts_from_the_day_it_became_active_and_a_paused_pair_is_never_overdue() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        JsonNode fresh = cadence(pair, pair.mentorToken());
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement backdate = connection.prepareStatement("UPDATE pair_events SET occurred_at = "
                    + "occurred_at - interval '16 days' WHERE tenant_id = ? AND pair_id = ? AND to_status = 'ACTIVE'")) {
                backdate.setObject(1, tenant.id());
                backdate.setObject(2, pair.pairId());
                backdate.executeUpdate();
            }
        });
        JsonNode neverMet = cadence(pair, pair.mentorToken());
        CheckInFixtures.move(tenant, pair.pairId(), "PAUSED");
        JsonNode paused = cadence(pair, pair.mentorToken());

        assertThat(fresh.get("overdue").getBooleanValue()).isFalse();
        assertThat(fresh.get("lastHeldAt").isNull()).isTrue();
        assertThat(neverMet.get("daysSinceLast").getLongValue()).isEqualTo(16);
        assertThat(neverMet.get("overdue").getBooleanValue()).isTrue();
        assertThat(paused.get("overdue").getBooleanValue()).isFalse();
    }

    @Test
    void a_cancelled_check_in_cannot_be_changed_and_a_held_one_cannot_be_cancelled() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        JsonNode planned = create(pair.mentorToken(), pair.pairId(), scheduled(4));
        JsonNode logged = create(pair.mentorToken(), pair.pairId(), held(1));
        String path = "/api/check-ins/" + id(planned);

        Http.Response cancelled = Http.patch(path, pair.menteeToken(), Map.of("status", "CANCELLED"));
        Http.Response edit = Http.patch(path, pair.mentorToken(), Map.of("agenda", "Changed"));
        Http.Response action = Http.post(path + "/actions", pair.mentorToken(),
                Map.of("description", "Late action", "ownerId", pair.mentor().personId().toString()));
        Http.Response note = Http.put(path + "/private-note", pair.mentorToken(), Map.of("note", "Too late"));
        Http.Response heldToCancelled = Http.patch("/api/check-ins/" + id(logged), pair.mentorToken(),
                Map.of("status", "CANCELLED"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.string("status")).isEqualTo("CANCELLED");
        assertThat(List.of(edit.status(), action.status(), note.status(), heldToCancelled.status()))
                .containsOnly(409);
        assertThat(Http.get(path, pair.mentorToken()).string("agenda")).isEqualTo("Review the stretch project");
        assertThat(auditActions(id(planned))).containsExactly("check_in.scheduled", "check_in.cancelled");
    }

    private static JsonNode cadence(TestPair pair, String token) {
        return Http.get(checkIns(pair.pairId()) + "/cadence", token).json();
    }

    private static List<String> statuses(JsonNode items) {
        List<String> statuses = new ArrayList<>();
        items.values().forEach(item -> statuses.add(item.get("status").getStringValue()));
        return statuses;
    }

    private static List<String> auditActions(String checkInId) {
        List<String> actions = new ArrayList<>();
        Http.get("/api/audit?entityType=check_in&entityId=" + checkInId, admin).json().values()
                .forEach(r -> actions.add(r.get("action").getStringValue()));
        return actions;
    }

    private static void roadmapWithMilestoneAndExperiment(TestPair pair) {
        UUID cohort = UUID.fromString(Http.get("/api/pairs/" + pair.pairId(), admin).string("cohortId"));
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH r AS (INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, horizon_months)
                               VALUES (?, gen_random_uuid(), ?, ?, 'Lead a team', 12) RETURNING tenant_id, id),
                         m AS (INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on)
                               SELECT r.tenant_id, gen_random_uuid(), r.id, v.position, v.title, 'Criteria',
                                      current_date + v.due_in
                               FROM r, (VALUES (1, 'Lead the release', 12), (2, 'Far milestone', 200)) AS v(position, title, due_in))
                    INSERT INTO experiments (tenant_id, id, roadmap_id, objective, kind, success_metric, starts_on, ends_on, status)
                    SELECT r.tenant_id, gen_random_uuid(), r.id, 'Pair programming rota', 'PROJECT', 'Two sessions a week',
                           current_date - 5, current_date + 25, 'ACTIVE' FROM r""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, pair.mentee().personId());
                insert.setObject(3, cohort);
                insert.executeUpdate();
            }
        });
    }
}
