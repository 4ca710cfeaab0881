package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static com.mentorplatform.api.checkins.CheckInFixtures.held;
import static com.mentorplatform.api.checkins.CheckInFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's pairs, check-ins and actions behave exactly like ids that do not exist, and stay unchanged. */
class CheckInIsolationTest {

    static TestPair acme;
    static String acmeCheckIn;
    static String acmeAction;
    static List<String> globexTokens;

    @BeforeAll
    static void aCheckInInEachTenant() {
        TestTenant acmeTenant = TestTenant.create("Check-in Isolation Acme");
        acme = CheckInFixtures.activePair(acmeTenant);
        Map<String, Object> body = held(2);
        body.put("privateNote", "Acme mentor's note");
        body.put("actions", List.of(Map.of("description", "Acme action", "ownerId", acme.mentee().personId().toString())));
        JsonNode created = CheckInFixtures.create(acme.mentorToken(), acme.pairId(), body);
        acmeCheckIn = id(created);
        acmeAction = id(created.get("actions").get(0));
        TestTenant globexTenant = TestTenant.create("Check-in Isolation Globex");
        TestPair globex = CheckInFixtures.activePair(globexTenant);
        globexTokens = List.of(globexTenant.admin().token(), globex.mentorToken(), globex.menteeToken());
    }

    @Test
    void every_route_answers_another_tenants_ids_with_the_same_404_as_missing_ones() {
        String before = Http.get("/api/check-ins/" + acmeCheckIn, acme.mentorToken()).text();
        for (String token : globexTokens) {
            assertSame404(token, id -> Http.get("/api/pairs/" + id + "/check-ins", token), acme.pairId().toString());
            assertSame404(token, id -> Http.post("/api/pairs/" + id + "/check-ins", token, held(1)), acme.pairId().toString());
            assertSame404(token, id -> Http.get("/api/pairs/" + id + "/check-ins/agenda", token), acme.pairId().toString());
            assertSame404(token, id -> Http.get("/api/pairs/" + id + "/check-ins/cadence", token), acme.pairId().toString());
            assertSame404(token, id -> Http.get("/api/check-ins/" + id, token), acmeCheckIn);
            assertSame404(token, id -> Http.patch("/api/check-ins/" + id, token, Map.of("sharedNotes", "Hijacked")), acmeCheckIn);
            assertSame404(token, id -> Http.put("/api/check-ins/" + id + "/private-note", token, Map.of("note", "x")), acmeCheckIn);
            assertSame404(token, id -> Http.delete("/api/check-ins/" + id + "/private-note", token), acmeCheckIn);
            assertSame404(token, id -> Http.post("/api/check-ins/" + id + "/actions", token,
                    Map.of("description", "Hijack", "ownerId", acme.mentor().personId().toString())), acmeCheckIn);
            assertSame404(token, id -> Http.patch("/api/check-in-actions/" + id, token, Map.of("done", true)), acmeAction);
        }
        assertThat(Http.get("/api/check-ins/" + acmeCheckIn, acme.mentorToken()).text()).isEqualTo(before);
        assertThat(Http.get("/api/pairs/" + acme.pairId() + "/check-ins", acme.mentorToken()).json().get("items").size())
                .isEqualTo(1);
    }

    private static void assertSame404(String token, Function<String, Http.Response> call, String foreignId) {
        Http.Response foreign = call.apply(foreignId);
        Http.Response missing = call.apply(UUID.randomUUID().toString());
        assertThat(foreign.status()).as(foreign.text()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text()).doesNotContain("Acme");
    }
}
