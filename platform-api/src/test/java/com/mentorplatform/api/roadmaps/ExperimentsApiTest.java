package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.roadmaps.RoadmapFixtures.badFields;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.day;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.experiment;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.experimentBody;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

class ExperimentsApiTest {

    static World world;
    static String mentee;

    @BeforeAll
    static void aMenteeWithAnActiveMentor() {
        world = RoadmapFixtures.world("Experiments Co");
        mentee = world.mentee().token();
    }

    @Test
    void an_archived_roadmap_is_history_and_warns_of_nothing_that_ran_on_it() {
        String earlier = world.roadmap("Grow into product management");
        for (int i = 1; i <= 4; i++) {
            experiment(mentee, earlier, "Experiment " + i, "ACTIVE");
        }
        world.roadmap("Grow into data science instead");

        JsonNode archived = Http.get("/api/roadmaps/" + earlier, mentee).json();

        assertThat(archived.get("status").getStringValue()).isEqualTo("ARCHIVED");
        assertThat(archived.get("activeExperiments").getIntValue()).isEqualTo(4);
        assertThat(archived.get("overcommitted").getBooleanValue()).isFalse();
        assertThat(archived.get("warnings").size()).isZero();
    }

    @Test
    void running_more_experiments_than_the_tenants_limit_is_allowed_with_a_warning() {
        String roadmap = world.roadmap("Grow into product management");
        for (int i = 1; i <= 3; i++) {
            experiment(mentee, roadmap, "Experiment " + i, "ACTIVE");
        }
        Http.Response planned = create(roadmap, experimentBody("Fourth, planned", LocalDate.now(), LocalDate.now().plusDays(20)));
        Http.Response started = move(id(planned), Map.of("status", "ACTIVE"));
        JsonNode whole = Http.get("/api/roadmaps/" + roadmap, world.mentor().token()).json();
        setLimit(5);
        JsonNode underNewLimit = Http.get("/api/roadmaps/" + roadmap, mentee).json();
        setLimit(3);

        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.json().get("warnings").size()).isZero();
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("experiment").get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(started.json().get("warnings").get(0).getStringValue()).isEqualTo("4 experiments are running; the limit is 3");
        assertThat(whole.get("activeExperiments").getIntValue()).isEqualTo(4);
        assertThat(whole.get("overcommitted").getBooleanValue()).isTrue();
        assertThat(whole.get("warnings").get(0).getStringValue()).isEqualTo("4 experiments are running; the limit is 3");
        assertThat(underNewLimit.get("overcommitted").getBooleanValue()).isFalse();
        assertThat(underNewLimit.get("experimentLimit").getIntValue()).isEqualTo(5);
    }

    @Test
    void an_experiment_is_timeboxed_and_one_running_past_its_end_is_a_warning() {
        String roadmap = world.roadmap("Timeboxes");
        Map<String, Object> backwards = experimentBody("Backwards", LocalDate.now(), LocalDate.now().minusDays(1));
        Http.Response refused = create(roadmap, backwards);
        Map<String, Object> overrun = experimentBody("Pair with the data team", LocalDate.now().minusDays(40),
                LocalDate.now().minusDays(2));
        overrun.put("status", "ACTIVE");
        Http.Response running = create(roadmap, overrun);
        Http.Response moveEndBeforeStart = Http.patch("/api/experiments/" + id(running), mentee,
                Map.of("endsOn", LocalDate.now().minusDays(50).toString()));
        Http.Response extended = Http.patch("/api/experiments/" + id(running), mentee,
                Map.of("endsOn", LocalDate.now().plusDays(10).toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(badFields(refused)).containsExactly("endsOn");
        assertThat(running.json().get("warnings").get(0).getStringValue()).isEqualTo(
                "'Pair with the data team' was due to end on " + day(LocalDate.now().minusDays(2))
                        + "; close it or move its end");
        assertThat(badFields(moveEndBeforeStart)).containsExactly("endsOn");
        assertThat(extended.json().get("warnings").size()).isZero();
        assertThat(timeline(mentee, roadmap).get(0)).isEqualTo("Moved end of 'Pair with the data team' from "
                + day(LocalDate.now().minusDays(2)) + " to " + day(LocalDate.now().plusDays(10)));
        assertThat(Http.get("/api/roadmaps/" + roadmap, mentee).json().get("experiments").size()).isEqualTo(1);
    }

    @Test
    void an_experiment_serves_a_milestone_of_its_own_roadmap_only() {
        String earlier = world.roadmap("An earlier plan");
        String elsewhere = RoadmapFixtures.milestone(mentee, earlier, "A milestone of the earlier plan");
        String roadmap = world.roadmap("Own milestones");
        String own = RoadmapFixtures.milestone(mentee, roadmap, "Ship the migration");
        Map<String, Object> body = experimentBody("Write the runbook", LocalDate.now(), LocalDate.now().plusDays(14));

        body.put("milestoneId", elsewhere);
        Http.Response foreign = create(roadmap, body);
        body.put("milestoneId", own);
        Http.Response linked = create(roadmap, body);

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(badFields(foreign)).containsExactly("milestoneId");
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().get("experiment").get("milestoneTitle").getStringValue()).isEqualTo("Ship the migration");
    }

    @Test
    void closing_an_experiment_needs_its_result_and_what_was_learned_and_a_closed_one_is_kept() {
        String roadmap = world.roadmap("Closing");
        String id = experiment(mentee, roadmap, "Run a lunch-and-learn", "ACTIVE");

        Http.Response missing = move(id, Map.of("status", "DONE"));
        Http.Response done = move(id, Map.of("status", "DONE", "result", "12 people came", "learned", "Demos beat slides"));
        Http.Response again = move(id, Map.of("status", "ACTIVE"));
        Http.Response edit = Http.patch("/api/experiments/" + id, mentee, Map.of("objective", "Rewritten"));
        String planned = experiment(mentee, roadmap, "Planned only", "PLANNED");

        assertThat(badFields(missing)).containsExactlyInAnyOrder("result", "learned");
        assertThat(done.json().get("experiment").get("status").getStringValue()).isEqualTo("DONE");
        assertThat(done.json().get("experiment").get("learned").getStringValue()).isEqualTo("Demos beat slides");
        assertThat(done.json().get("experiment").get("closedAt").isNull()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(move(planned, Map.of("status", "DONE", "result", "r", "learned", "l")).status()).isEqualTo(409);
        assertThat(badFields(Http.patch("/api/experiments/" + planned, mentee, Map.of("status", "ACTIVE"))))
                .containsExactly("status");
        assertThat(timeline(mentee, roadmap)).contains("Closed experiment 'Run a lunch-and-learn' as done: 12 people came");
    }

    @Test
    void each_experiment_says_which_statuses_its_mentee_may_move_it_to_next_and_others_get_none() {
        String roadmap = world.roadmap("Moves");
        String id = id(create(roadmap, experimentBody("Demo to sales", LocalDate.now(), LocalDate.now().plusDays(20))));
        String running = experiment(mentee, roadmap, "Write the onboarding guide", "ACTIVE");

        List<String> planned = allowed(mentee, roadmap, id);
        List<String> active = allowed(move(id, Map.of("status", "ACTIVE")).json().get("experiment"));
        List<String> done = allowed(move(id, Map.of("status", "DONE", "result", "Two demos", "learned", "Ask early"))
                .json().get("experiment"));
        List<String> toTheMentor = allowed(world.mentor().token(), roadmap, running);
        world.roadmap("Moves, afresh");
        List<String> archived = allowed(mentee, roadmap, running);

        assertThat(planned).containsExactly("ACTIVE", "ABANDONED");
        assertThat(active).containsExactly("PLANNED", "DONE", "ABANDONED");
        assertThat(done).isEmpty();
        assertThat(toTheMentor).isEmpty();
        assertThat(archived).isEmpty();
    }

    @Test
    void bad_experiments_are_a_400_naming_the_field_and_store_nothing() {
        String roadmap = world.roadmap("Bad experiments");

        assertThat(badFields(post(roadmap, "kind", "HOBBY"))).containsExactly("kind");
        assertThat(badFields(post(roadmap, "status", "DONE"))).containsExactly("status");
        assertThat(badFields(post(roadmap, "objective", " "))).containsExactly("objective");
        assertThat(badFields(post(roadmap, "successMetric", "m".repeat(501)))).containsExactly("successMetric");
        assertThat(badFields(post(roadmap, "baseline", "b".repeat(201)))).containsExactly("baseline");
        assertThat(badFields(post(roadmap, "startsOn", null))).containsExactly("startsOn");
        assertThat(badFields(post(roadmap, "milestoneId", "not-an-id"))).containsExactly("milestoneId");
        assertThat(Http.get("/api/roadmaps/" + roadmap, mentee).json().get("experiments").size()).isZero();
        assertThat(timeline(mentee, roadmap)).hasSize(1);
    }

    private static Http.Response post(String roadmap, String field, Object value) {
        Map<String, Object> body = experimentBody("Try something", LocalDate.now(), LocalDate.now().plusDays(7));
        body.put(field, value);
        return create(roadmap, body);
    }

    private static Http.Response create(String roadmap, Map<String, Object> body) {
        return Http.post("/api/roadmaps/" + roadmap + "/experiments", mentee, body);
    }

    private static Http.Response move(String id, Map<String, Object> body) {
        return Http.post("/api/experiments/" + id + "/status", mentee, new HashMap<>(body));
    }

    /** The experiment's allowed transitions as {@code token} reads the roadmap. */
    private static List<String> allowed(String token, String roadmap, String id) {
        for (JsonNode x : Http.get("/api/roadmaps/" + roadmap, token).json().get("experiments").values()) {
            if (x.get("id").getStringValue().equals(id)) {
                return allowed(x);
            }
        }
        throw new AssertionError("No experiment " + id);
    }

    private static List<String> allowed(JsonNode experiment) {
        return Http.strings(experiment, "allowedTransitions");
    }

    private static String id(Http.Response result) {
        return result.json().get("experiment").get("id").getStringValue();
    }

    private static void setLimit(int limit) {
        TestTenant.inTenant(world.tenant().id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE tenants SET active_experiment_limit = ? WHERE id = ?")) {
                update.setInt(1, limit);
                update.setObject(2, world.tenant().id());
                update.executeUpdate();
            }
        });
    }
}
