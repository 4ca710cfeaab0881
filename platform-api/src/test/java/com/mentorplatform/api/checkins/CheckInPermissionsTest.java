package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.checkins.CheckInFixtures.checkIns;
import static com.mentorplatform.api.checkins.CheckInFixtures.held;
import static com.mentorplatform.api.checkins.CheckInFixtures.id;
import static com.mentorplatform.api.checkins.CheckInFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what: the members of an active or paused pair write; a finished pair's members
 * and HR read; a mentor of someone else's pair, a proposed pair's mentor and a leader get a 404.
 */
class CheckInPermissionsTest {

    static TestTenant tenant;
    static String hr;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Check-in Permissions Co");
        hr = tenant.admin().token();
    }

    @Test
    void a_former_mentor_and_the_mentee_of_an_ended_pair_read_the_history_but_add_nothing() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        Map<String, Object> body = held(3);
        body.put("privateNote", "Written while the pair was active");
        JsonNode logged = CheckInFixtures.create(pair.mentorToken(), pair.pairId(), body);
        CheckInFixtures.move(tenant, pair.pairId(), "COMPLETED");

        for (String token : List.of(pair.mentorToken(), pair.menteeToken())) {
            assertThat(Http.get(checkIns(pair.pairId()), token).json().get("items").size()).isEqualTo(1);
            assertThat(Http.get(checkIns(pair.pairId()) + "/cadence", token).status()).isEqualTo(200);
            assertThat(writes(token, pair, id(logged))).containsOnly(403);
        }
        assertThat(Http.get("/api/check-ins/" + id(logged), pair.mentorToken()).string("myPrivateNote"))
                .isEqualTo("Written while the pair was active");
        assertThat(Http.delete("/api/check-ins/" + id(logged) + "/private-note", pair.mentorToken()).status())
                .isEqualTo(204);
        assertThat(Http.get("/api/check-ins/" + id(logged), pair.mentorToken()).json().get("myPrivateNote")).isNull();
    }

    @Test
    void hr_reads_every_pairs_check_ins_but_writes_none() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        JsonNode logged = CheckInFixtures.create(pair.menteeToken(), pair.pairId(), held(1));

        assertThat(Http.get(checkIns(pair.pairId()), hr).status()).isEqualTo(200);
        assertThat(Http.get("/api/check-ins/" + id(logged), hr).status()).isEqualTo(200);
        assertThat(Http.get(checkIns(pair.pairId()) + "/agenda", hr).status()).isEqualTo(200);
        assertThat(writes(hr, pair, id(logged))).containsOnly(403);
    }

    @Test
    void a_mentor_of_someone_elses_pair_a_leader_and_another_mentee_get_404_on_every_route() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        TestPair otherPair = CheckInFixtures.activePair(tenant);
        JsonNode logged = CheckInFixtures.create(pair.mentorToken(), pair.pairId(), held(1));
        String action = id(Http.post("/api/check-ins/" + id(logged) + "/actions", pair.mentorToken(), Map.of(
                "description", "Read the book", "ownerId", pair.mentee().personId().toString())).json());

        for (String token : List.of(otherPair.mentorToken(), otherPair.menteeToken(), tenant.user(Role.LEADER).token())) {
            assertThat(reads(token, pair, id(logged))).containsOnly(404);
            assertThat(writes(token, pair, id(logged))).containsOnly(404);
            assertThat(Http.patch("/api/check-in-actions/" + action, token, Map.of("done", true)).status()).isEqualTo(404);
        }
        assertThat(Http.get("/api/check-ins/" + id(logged), pair.mentorToken()).json().get("actions").get(0)
                .get("done").getBooleanValue()).isFalse();
    }

    @Test
    void a_proposed_pairs_mentor_gets_404_and_its_mentee_adds_nothing_before_the_pair_starts() {
        TestPair pair = CheckInFixtures.proposedPair(tenant);

        Http.Response mentorReads = Http.get(checkIns(pair.pairId()), pair.mentorToken());
        Http.Response mentorWrites = Http.post(checkIns(pair.pairId()), pair.mentorToken(), scheduled(2));
        Http.Response menteeWrites = Http.post(checkIns(pair.pairId()), pair.menteeToken(), scheduled(2));

        assertThat(mentorReads.status()).isEqualTo(404);
        assertThat(mentorWrites.status()).isEqualTo(404);
        assertThat(menteeWrites.status()).isEqualTo(403);
        assertThat(Http.get(checkIns(pair.pairId()), hr).json().get("items").size()).isZero();
    }

    @Test
    void a_paused_pair_still_logs_check_ins() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        CheckInFixtures.move(tenant, pair.pairId(), "PAUSED");

        assertThat(Http.post(checkIns(pair.pairId()), pair.mentorToken(), held(1)).status()).isEqualTo(201);
        assertThat(Http.post(checkIns(pair.pairId()), pair.menteeToken(), scheduled(20)).status()).isEqualTo(201);
    }

    private static List<Integer> reads(String token, TestPair pair, String checkIn) {
        return List.of(Http.get(checkIns(pair.pairId()), token).status(),
                Http.get(checkIns(pair.pairId()) + "/agenda", token).status(),
                Http.get(checkIns(pair.pairId()) + "/cadence", token).status(),
                Http.get("/api/check-ins/" + checkIn, token).status());
    }

    /** The status of every kind of write to the pair's check-ins. */
    private static List<Integer> writes(String token, TestPair pair, String checkIn) {
        List<Integer> statuses = new ArrayList<>();
        statuses.add(Http.post(checkIns(pair.pairId()), token, held(1)).status());
        statuses.add(Http.patch("/api/check-ins/" + checkIn, token, Map.of("sharedNotes", "Rewritten")).status());
        statuses.add(Http.post("/api/check-ins/" + checkIn + "/actions", token,
                Map.of("description", "Sneaked in", "ownerId", pair.mentor().personId().toString())).status());
        statuses.add(Http.put("/api/check-ins/" + checkIn + "/private-note", token, Map.of("note", "Mine")).status());
        return statuses;
    }
}
