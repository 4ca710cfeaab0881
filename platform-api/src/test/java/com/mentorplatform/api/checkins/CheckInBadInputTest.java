package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.checkins.CheckInFixtures.checkIns;
import static com.mentorplatform.api.checkins.CheckInFixtures.held;
import static com.mentorplatform.api.checkins.CheckInFixtures.id;
import static com.mentorplatform.api.checkins.CheckInFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input is a 400 naming the field at fault, and nothing is stored. */
class CheckInBadInputTest {

    static TestTenant tenant;
    static TestPair pair;

    @BeforeAll
    static void createPair() {
        tenant = TestTenant.create("Check-in Bad Input Co");
        pair = CheckInFixtures.activePair(tenant);
    }

    @Test
    void a_new_check_in_with_a_bad_field_is_refused_naming_it_and_nothing_is_stored() {
        String stranger = tenant.person("Not In The Pair", "Sales").toString();
        String twoDaysAgo = LocalDate.now().minusDays(2).toString();
        Map<String, Map<String, Object>> cases = Map.ofEntries(
                Map.entry("durationMinutes", with(held(1), "durationMinutes", 4)),
                Map.entry("progressRating", with(held(1), "progressRating", 6)),
                Map.entry("feedback.observation", with(held(1), "feedback", Map.of("observation", "x".repeat(2001)))),
                Map.entry("actions[0].dueOn", with(held(0), "actions",
                        List.of(action(pair.mentee().personId().toString(), twoDaysAgo)))),
                Map.entry("actions[1].ownerId", with(held(0), "actions", List.of(
                        action(pair.mentor().personId().toString(), null), action(stranger, null)))),
                Map.entry("actions[0].description", with(held(0), "actions",
                        List.of(Map.of("description", " ", "ownerId", stranger)))),
                Map.entry("status", with(held(1), "status", "CANCELLED")),
                Map.entry("agenda", with(scheduled(1), "agenda", "x".repeat(4001))));
        cases.forEach((field, body) -> assertRefused(Http.post(checkIns(pair.pairId()), pair.mentorToken(), body), field));

        assertRefused(Http.post(checkIns(pair.pairId()), pair.mentorToken(),
                with(scheduled(1), "occursAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())), "occursAt");
        assertRefused(Http.post(checkIns(pair.pairId()), pair.mentorToken(),
                with(held(0), "occursAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())), "occursAt");
        assertRefused(Http.post(checkIns(pair.pairId()), pair.mentorToken(), with(held(0), "occursAt", "yesterday")),
                "occursAt");
        Map<String, Object> noTime = held(0);
        noTime.remove("occursAt");
        assertRefused(Http.post(checkIns(pair.pairId()), pair.mentorToken(), noTime), "occursAt");
        assertRefused(Http.get(checkIns(pair.pairId()) + "?after=not-a-cursor", pair.mentorToken()), "after");

        assertThat(Http.get(checkIns(pair.pairId()), tenant.admin().token()).json().get("items").size()).isZero();
    }

    @Test
    void a_bad_change_to_a_check_in_its_actions_or_note_is_refused_and_nothing_changes() {
        TestPair own = CheckInFixtures.activePair(tenant);
        JsonNode logged = CheckInFixtures.create(own.mentorToken(), own.pairId(), with(held(1), "actions",
                List.of(action(own.mentee().personId().toString(), null))));
        String path = "/api/check-ins/" + id(logged);
        String action = "/api/check-in-actions/" + id(logged.get("actions").get(0));

        assertRefused(Http.patch(path, own.menteeToken(), Map.of("progressRating", 9)), "progressRating");
        assertRefused(Http.patch(path, own.menteeToken(), Map.of("durationMinutes", 481)), "durationMinutes");
        assertRefused(Http.patch(path, own.menteeToken(), Map.of("occursAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())),
                "occursAt");
        assertRefused(Http.patch(path, own.menteeToken(), Map.of("privateNote", "Not here")), "privateNote");
        assertRefused(Http.put(path + "/private-note", own.menteeToken(), Map.of("note", " ")), "note");
        assertRefused(Http.post(path + "/actions", own.menteeToken(), Map.of("description", "Late",
                "ownerId", own.mentee().personId().toString(), "dueOn", LocalDate.now().minusDays(5).toString())), "dueOn");
        assertRefused(Http.patch(action, own.menteeToken(), Map.of("ownerId", UUID.randomUUID().toString())), "ownerId");
        assertRefused(Http.patch(action, own.menteeToken(), Map.of("description", "")), "description");

        JsonNode after = Http.get(path, own.menteeToken()).json();
        assertThat(after.get("progressRating").getIntValue()).isEqualTo(3);
        assertThat(after.get("durationMinutes").getIntValue()).isEqualTo(45);
        assertThat(after.get("occursAt").getStringValue()).isEqualTo(logged.get("occursAt").getStringValue());
        assertThat(after.get("myPrivateNote")).isNull();
        assertThat(after.get("actions").size()).isEqualTo(1);
        assertThat(after.get("actions").get(0).get("ownerId").getStringValue()).isEqualTo(own.mentee().personId().toString());
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> action(String ownerId, String dueOn) {
        Map<String, Object> action = new HashMap<>(Map.of("description", "Follow up", "ownerId", ownerId));
        if (dueOn != null) {
            action.put("dueOn", dueOn);
        }
        return action;
    }

    private static void assertRefused(Http.Response response, String field) {
        assertThat(response.status()).as(field + ": " + response.text()).isEqualTo(400);
        assertThat(response.text()).as(field).contains("\"field\":\"" + field + "\"");
    }
}
