package com.mentorplatform.api.pairs;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestMatching.MatchingCohort;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PairsApiTest {

    static TestTenant tenant;
    static String admin;
    static TestUser mentor;
    static TestUser mentee;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Pairs Co");
        admin = tenant.admin().token();
        mentor = tenant.user(Role.MENTOR);
        mentee = tenant.user(Role.MENTEE);
    }

    @Test
    void a_pair_goes_from_proposed_to_active_paused_active_and_completed_with_every_change_kept() {
        UUID pair = onePair(2);

        List<String> statuses = new ArrayList<>();
        for (String status : List.of("ACTIVE", "PAUSED", "ACTIVE", "COMPLETED")) {
            Http.Response moved = Http.post(transitions(pair), admin, Map.of("status", status));
            statuses.add(moved.status() + " " + moved.string("status"));
        }
        JsonNode events = Http.get("/api/pairs/" + pair + "/events", admin).json();

        assertThat(statuses).containsExactly("200 ACTIVE", "200 PAUSED", "200 ACTIVE", "200 COMPLETED");
        assertThat(events.size()).isEqualTo(5);
        assertThat(events.get(0).get("toStatus").getStringValue()).isEqualTo("PROPOSED");
        assertThat(events.get(4).get("fromStatus").getStringValue()).isEqualTo("ACTIVE");
        assertThat(events.get(4).get("actorId").getStringValue()).isEqualTo(tenant.admin().personId().toString());
        assertThat(events.get(4).get("occurredAt")).isNotNull();
        assertThat(auditActions(pair)).contains("pair.active", "pair.paused", "pair.completed");
    }

    @Test
    void each_pair_says_which_statuses_it_may_move_to_next_and_an_ended_one_none() {
        UUID pair = onePair(2);

        List<String> proposed = Http.get("/api/pairs/" + pair, admin).strings("allowedTransitions");
        List<String> active = Http.post(transitions(pair), admin, Map.of("status", "ACTIVE")).strings("allowedTransitions");
        List<String> paused = Http.post(transitions(pair), admin, Map.of("status", "PAUSED")).strings("allowedTransitions");
        List<String> completed = Http.post(transitions(pair), admin, Map.of("status", "COMPLETED"))
                .strings("allowedTransitions");

        assertThat(proposed).containsExactly("ACTIVE", "ENDED_EARLY");
        assertThat(active).containsExactly("PAUSED", "COMPLETED", "ENDED_EARLY");
        assertThat(paused).containsExactly("ACTIVE", "COMPLETED", "ENDED_EARLY");
        assertThat(completed).isEmpty();
    }

    @Test
    void ending_early_needs_a_reason_from_the_list_and_a_note_for_other() {
        UUID pair = onePair(2);
        Http.post(transitions(pair), admin, Map.of("status", "ACTIVE"));

        Http.Response noReason = Http.post(transitions(pair), admin, Map.of("status", "ENDED_EARLY"));
        Http.Response otherWithoutNote = Http.post(transitions(pair), admin, Map.of("status", "ENDED_EARLY", "reason", "OTHER"));
        Http.Response unknownReason = Http.post(transitions(pair), admin, Map.of("status", "ENDED_EARLY", "reason", "BORED"));
        Http.Response ended = Http.post(transitions(pair), admin,
                Map.of("status", "ENDED_EARLY", "reason", "NO_TIME", "note", "Mentor took on a second team"));
        Http.Response afterEnd = Http.post(transitions(pair), admin, Map.of("status", "ACTIVE"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("\"field\":\"reason\"");
        assertThat(otherWithoutNote.status()).isEqualTo(400);
        assertThat(otherWithoutNote.text()).contains("\"field\":\"note\"");
        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.string("endReason")).isEqualTo("NO_TIME");
        assertThat(ended.string("endNote")).isEqualTo("Mentor took on a second team");
        assertThat(afterEnd.status()).isEqualTo(409);
    }

    @Test
    void mentor_and_mentee_see_their_own_pair_with_why_and_are_notified_when_it_becomes_active_and_ends() {
        MatchingCohort cohort = TestMatching.cohortOf(tenant, List.of(mentor.personId()), List.of(mentee.personId()), 1);
        UUID pair = TestMatching.acceptedPairs(admin, cohort.cohortId()).get(0);
        Http.post(transitions(pair), admin, Map.of("status", "ACTIVE"));

        JsonNode mentorsPairs = Http.get("/api/me/pairs", mentor.token()).json();
        JsonNode menteesPairs = Http.get("/api/me/pairs", mentee.token()).json();
        JsonNode othersPairs = Http.get("/api/me/pairs", tenant.user(Role.MENTEE).token()).json();
        JsonNode notifications = Http.get("/api/me/notifications", mentee.token()).json();

        assertThat(mentorsPairs.size()).isEqualTo(1);
        assertThat(mentorsPairs.get(0).get("id").getStringValue()).isEqualTo(pair.toString());
        assertThat(mentorsPairs.get(0).get("reasons").size()).isPositive();
        assertThat(menteesPairs.get(0).get("mentorId").getStringValue()).isEqualTo(mentor.personId().toString());
        assertThat(othersPairs.size()).isZero();
        assertThat(notifications.get(0).get("kind").getStringValue()).isEqualTo("PAIR_ACTIVE");
        assertThat(notifications.get(0).get("message").getStringValue()).contains("is active");

        Http.post(transitions(pair), admin, Map.of("status", "ENDED_EARLY", "reason", "ROLE_CHANGE"));
        JsonNode afterEnd = Http.get("/api/me/notifications", mentor.token()).json();
        assertThat(afterEnd.get(0).get("kind").getStringValue()).isEqualTo("PAIR_ENDED");
    }

    @Test
    void a_participant_marks_their_own_notification_read_but_not_anyone_elses() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 1, 1, 1);
        TestUser other = tenant.user(Role.MENTEE);
        UUID pair = TestMatching.acceptedPairs(admin, cohort.cohortId()).get(0);
        Http.post(transitions(pair), admin, Map.of("status", "ACTIVE"));
        Http.post(transitions(pair), admin, Map.of("status", "COMPLETED"));
        MatchingCohort own = TestMatching.cohortOf(tenant, List.of(tenant.person("Own Mentor", "Data")),
                List.of(other.personId()), 1);
        Http.post(transitions(TestMatching.acceptedPairs(admin, own.cohortId()).get(0)), admin, Map.of("status", "ACTIVE"));
        String id = Http.get("/api/me/notifications", other.token()).json().get(0).get("id").getStringValue();

        Http.Response byOwner = Http.post("/api/me/notifications/" + id + "/read", other.token(), null);
        Http.Response byAnother = Http.post("/api/me/notifications/" + id + "/read", mentee.token(), null);

        assertThat(byOwner.status()).isEqualTo(204);
        assertThat(Http.get("/api/me/notifications?unread=true", other.token()).json().size()).isZero();
        assertThat(byAnother.status()).isEqualTo(404);
    }

    @Test
    void an_ended_pairs_mentee_is_rematched_by_hand_within_the_rules() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 1);
        List<UUID> pairs = TestMatching.acceptedPairs(admin, cohort.cohortId());
        JsonNode first = Http.get("/api/pairs/" + pairs.get(0), admin).json();
        String otherMentor = cohort.mentors().stream().map(UUID::toString)
                .filter(m -> !m.equals(first.get("mentorId").getStringValue())).findFirst().orElseThrow();

        Http.Response whileOpen = Http.post(rematch(pairs.get(0)), admin, Map.of("mentorId", otherMentor));
        Http.post(transitions(pairs.get(0)), admin, Map.of("status", "ENDED_EARLY", "reason", "NOT_A_GOOD_FIT"));
        Http.Response overCapacity = Http.post(rematch(pairs.get(0)), admin, Map.of("mentorId", otherMentor));
        Http.Response rematched = Http.post(rematch(pairs.get(0)), admin,
                Map.of("mentorId", first.get("mentorId").getStringValue()));

        assertThat(whileOpen.status()).isEqualTo(409);
        assertThat(overCapacity.status()).isEqualTo(400);
        assertThat(overCapacity.text()).contains("\"field\":\"mentorId\"");
        assertThat(rematched.status()).isEqualTo(201);
        assertThat(rematched.string("status")).isEqualTo("PROPOSED");
        assertThat(rematched.string("source")).isEqualTo("MANUAL");
        assertThat(rematched.string("menteeId")).isEqualTo(first.get("menteeId").getStringValue());
    }

    @Test
    void only_hr_lists_a_cohorts_pairs_or_changes_a_pair() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 1, 1, 1);
        UUID pair = TestMatching.acceptedPairs(admin, cohort.cohortId()).get(0);
        for (Role role : List.of(Role.MENTOR, Role.MENTEE, Role.LEADER)) {
            String token = tenant.user(role).token();
            assertThat(Http.get("/api/cohorts/" + cohort.cohortId() + "/pairs", token).status()).isEqualTo(403);
            assertThat(Http.post(transitions(pair), token, Map.of("status", "ACTIVE")).status()).isEqualTo(403);
            assertThat(Http.post(rematch(pair), token, Map.of("mentorId", cohort.mentors().get(0).toString())).status())
                    .isEqualTo(403);
        }
        assertThat(Http.post(transitions(pair), tenant.user(Role.PROGRAMME_MANAGER).token(), Map.of("status", "ACTIVE"))
                .status()).isEqualTo(200);
    }

    private static UUID onePair(int capacity) {
        return TestMatching.acceptedPairs(admin, TestMatching.cohort(tenant, 1, 1, capacity).cohortId()).get(0);
    }

    private static String transitions(UUID pair) {
        return "/api/pairs/" + pair + "/transitions";
    }

    private static String rematch(UUID pair) {
        return "/api/pairs/" + pair + "/rematch";
    }

    private static List<String> auditActions(UUID pair) {
        List<String> actions = new ArrayList<>();
        Http.get("/api/audit?entityType=pair&entityId=" + pair, admin).json().values()
                .forEach(r -> actions.add(r.get("action").getStringValue()));
        return actions;
    }
}
