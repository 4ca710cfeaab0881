package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.roadmaps.RoadmapFixtures.badFields;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.roadmapBody;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapsApiTest {

    static World world;
    static String mentee;
    static String mentor;

    @BeforeAll
    static void aMenteeWithAnActiveMentor() {
        world = RoadmapFixtures.world("Roadmaps Co");
        mentee = world.mentee().token();
        mentor = world.mentor().token();
    }

    @Test
    void a_mentee_creates_a_roadmap_for_their_cohort_and_their_mentor_reads_it() {
        Http.Response created = Http.post("/api/roadmaps", mentee, roadmapBody(world.cohortId(), "Lead a team"));
        String id = created.string("id");

        JsonNode asMentor = Http.get("/api/roadmaps/" + id, mentor).json();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("status")).isEqualTo("ACTIVE");
        assertThat(created.string("access")).isEqualTo("SELF");
        assertThat(created.json().get("vision").get("aspiration").getStringValue()).isEqualTo("Lead a team");
        assertThat(created.json().get("vision").get("horizonMonths").getIntValue()).isEqualTo(18);
        assertThat(created.json().get("pace").isNull()).isTrue();
        assertThat(created.json().get("milestones").size()).isZero();
        assertThat(created.json().get("experimentLimit").getIntValue()).isEqualTo(3);
        assertThat(created.json().get("menteeId").getStringValue()).isEqualTo(world.mentee().personId().toString());
        assertThat(asMentor.get("access").getStringValue()).isEqualTo("MENTOR");
        assertThat(asMentor.get("cohortName").getStringValue()).isNotBlank();
        assertThat(timeline(mentee, id)).first().asString().startsWith("Started the roadmap: Lead a team");
        assertThat(Http.get("/api/audit?entityType=roadmap&entityId=" + id, world.hr()).text()).contains("roadmap.created");
    }

    @Test
    void a_new_roadmap_in_the_same_cohort_archives_the_earlier_one_which_stays_readable_but_read_only() {
        String first = world.roadmap("Become a staff engineer");
        String second = world.roadmap("Become an engineering manager");

        JsonNode list = Http.get("/api/roadmaps", mentee).json();
        Http.Response editArchived = Http.patch("/api/roadmaps/" + first, mentee, Map.of("horizonMonths", 6));
        Http.Response milestoneOnArchived = Http.post("/api/roadmaps/" + first + "/milestones", mentee,
                RoadmapFixtures.milestoneBody("Too late", LocalDate.now().plusDays(10)));

        assertThat(Http.get("/api/roadmaps/" + first, mentee).string("status")).isEqualTo("ARCHIVED");
        assertThat(Http.get("/api/roadmaps/" + second, mentee).string("status")).isEqualTo("ACTIVE");
        assertThat(list.get(0).get("id").getStringValue()).isEqualTo(second);
        assertThat(list.get(1).get("id").getStringValue()).isEqualTo(first);
        assertThat(list.get(1).get("status").getStringValue()).isEqualTo("ARCHIVED");
        assertThat(editArchived.status()).isEqualTo(409);
        assertThat(milestoneOnArchived.status()).isEqualTo(409);
        assertThat(timeline(mentee, first)).first().isEqualTo("Archived the roadmap; a new one replaced it");
        assertThat(Http.get("/api/roadmaps/" + first, mentee).json().get("vision").get("horizonMonths").getIntValue())
                .isEqualTo(18);
    }

    @Test
    void the_vision_is_merge_patched_by_the_mentee_and_each_change_is_a_readable_line_of_the_timeline() {
        String id = world.roadmap("Lead the platform team");
        UUID competency = FrameworkFixtures.competency(world.hr(), "Vision skill " + UUID.randomUUID());
        UUID role = FrameworkFixtures.roleProfile(world.hr(), "Team lead " + UUID.randomUUID(), competency, 4);

        Http.Response patched = Http.patch("/api/roadmaps/" + id, mentee,
                Map.of("horizonMonths", 24, "targetRoleId", role.toString()));
        Http.Response unchanged = Http.patch("/api/roadmaps/" + id, mentee, Map.of("horizonMonths", 24));
        Http.Response byMentor = Http.patch("/api/roadmaps/" + id, mentor, Map.of("horizonMonths", 12));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("vision").get("horizonMonths").getIntValue()).isEqualTo(24);
        assertThat(patched.json().get("vision").get("targetRoleName").getStringValue()).startsWith("Team lead");
        assertThat(patched.json().get("vision").get("whyItMatters").getStringValue()).isNotBlank();
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(byMentor.status()).isEqualTo(403);
        List<String> lines = timeline(mentee, id);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Changed the horizon from 18 to 24 months; set the target role to Team lead");
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_stores_nothing() {
        TestTenant other = TestTenant.create("Roadmaps Elsewhere");
        UUID foreignRole = FrameworkFixtures.roleProfile(other.admin().token(), "Foreign role",
                FrameworkFixtures.competency(other.admin().token(), "Foreign skill"), 3);
        UUID foreignCohort = UUID.randomUUID();
        int before = Http.get("/api/roadmaps", mentee).json().size();

        assertThat(badFields(post(Map.of("horizonMonths", 0)))).containsExactly("horizonMonths");
        assertThat(badFields(post(Map.of("horizonMonths", 121)))).containsExactly("horizonMonths");
        assertThat(badFields(post(Map.of("aspiration", "  ")))).containsExactly("aspiration");
        assertThat(badFields(post(Map.of("aspiration", "x".repeat(2001))))).containsExactly("aspiration");
        assertThat(badFields(post(Map.of("targetRoleId", foreignRole.toString())))).containsExactly("targetRoleId");
        assertThat(badFields(post(Map.of("cohortId", foreignCohort.toString())))).containsExactly("cohortId");
        assertThat(badFields(post(Map.of("horizonMonths", "soon")))).containsExactly("horizonMonths");
        String id = world.roadmap("Patched badly");
        assertThat(badFields(Http.patch("/api/roadmaps/" + id, mentee, Map.of("aspiration", "")))).containsExactly("aspiration");
        assertThat(Http.get("/api/roadmaps", mentee).json().size()).isEqualTo(before + 1);
        assertThat(timeline(mentee, id)).hasSize(1);
    }

    @Test
    void gaps_start_from_the_self_rated_baseline_prefer_the_mentors_rating_and_propose_the_three_largest() {
        String hr = world.hr();
        String suffix = " " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, UUID> skills = new LinkedHashMap<>();
        for (String name : List.of("Architecture", "Budgeting", "Coaching", "Delivery", "Estimation")) {
            skills.put(name, FrameworkFixtures.competency(hr, name + suffix));
        }
        Map<String, Object> roleBody = FrameworkFixtures.roleProfileBody("Gap role" + suffix, skills.get("Architecture"), 4);
        roleBody.put("requirements", List.of(level(skills.get("Architecture"), 4), level(skills.get("Budgeting"), 3),
                level(skills.get("Coaching"), 3), level(skills.get("Delivery"), 2), level(skills.get("Estimation"), 5)));
        String role = Http.post("/api/role-profiles", hr, roleBody).string("id");
        selfRate(role, List.of(level(skills.get("Architecture"), 2), level(skills.get("Budgeting"), 3),
                level(skills.get("Coaching"), 1), level(skills.get("Estimation"), 1)));
        Map<String, Object> body = roadmapBody(world.cohortId(), "Lead delivery");
        body.put("targetRoleId", role);
        String id = RoadmapFixtures.createdId(Http.post("/api/roadmaps", mentee, body));
        selfRate(role, List.of(level(skills.get("Architecture"), 3), level(skills.get("Budgeting"), 3),
                level(skills.get("Coaching"), 1), level(skills.get("Estimation"), 1)));

        Http.Response rated = Http.put("/api/roadmaps/" + id + "/mentor-ratings", mentor,
                Map.of("ratings", List.of(level(skills.get("Coaching"), 2))));
        JsonNode gaps = Http.get("/api/roadmaps/" + id + "/gaps", world.hr()).json();

        assertThat(rated.status()).isEqualTo(200);
        assertThat(gaps.get("targetRoleName").getStringValue()).startsWith("Gap role");
        List<String> order = new ArrayList<>();
        gaps.get("competencies").values().forEach(c -> order.add(c.get("name").getStringValue().split(" ")[0]
                + "=" + c.get("currentLevel").getIntValue() + "/" + c.get("gap").getIntValue()));
        assertThat(order).containsExactly("Estimation=1/4", "Delivery=0/2", "Architecture=3/1", "Coaching=2/1",
                "Budgeting=3/0");
        JsonNode architecture = gaps.get("competencies").get(2);
        assertThat(architecture.get("baselineLevel").getIntValue()).isEqualTo(2);
        assertThat(architecture.get("selfLevel").getIntValue()).isEqualTo(3);
        assertThat(architecture.get("mentorLevel").isNull()).isTrue();
        assertThat(gaps.get("competencies").get(3).get("mentorLevel").getIntValue()).isEqualTo(2);
        assertThat(FrameworkFixtures.strings(gaps.get("candidates"))).containsExactly(skills.get("Estimation").toString(),
                skills.get("Delivery").toString(), skills.get("Architecture").toString());
        assertThat(timeline(mentee, id).get(0)).isEqualTo("Mentor rated Coaching" + suffix + " 2");
    }

    @Test
    void only_the_mentor_rates_with_levels_one_to_five_in_the_tenants_competencies() {
        String id = world.roadmap("Ratings");
        UUID skill = FrameworkFixtures.competency(world.hr(), "Rated skill " + UUID.randomUUID());
        UUID foreign = FrameworkFixtures.competency(TestTenant.create("Ratings Elsewhere").admin().token(), "Foreign");

        assertThat(rate(mentee, id, skill, 3).status()).isEqualTo(403);
        assertThat(rate(world.hr(), id, skill, 3).status()).isEqualTo(404);
        assertThat(badFields(rate(mentor, id, skill, 6))).containsExactly("ratings[0].level");
        assertThat(badFields(rate(mentor, id, foreign, 3))).containsExactly("ratings[0].competencyId");
        assertThat(badFields(Http.put("/api/roadmaps/" + id + "/mentor-ratings", mentor, Map.of("ratings", List.of()))))
                .containsExactly("ratings");
        assertThat(rate(mentor, id, skill, 3).status()).isEqualTo(200);
        assertThat(rate(mentor, id, skill, 4).status()).isEqualTo(200);
        assertThat(rate(mentor, id, skill, 4).status()).isEqualTo(200);
        List<String> lines = timeline(mentee, id);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith(" 4 (was 3)");
    }

    @Test
    void either_side_sets_the_pace_each_side_agrees_and_a_change_clears_both_agreements() {
        String id = world.roadmap("Pace");
        Map<String, Object> pace = Map.of("statement", "One experiment closed a month", "measure", "EXPERIMENTS_CLOSED",
                "minimum", 1, "periodDays", 30);
        Http.Response noPaceYet = Http.post("/api/roadmaps/" + id + "/pace/agreement", mentee, null);
        JsonNode set = Http.put("/api/roadmaps/" + id + "/pace", mentee, pace).json().get("pace");
        Http.post("/api/roadmaps/" + id + "/pace/agreement", mentee, null);
        JsonNode agreed = Http.post("/api/roadmaps/" + id + "/pace/agreement", mentor, null).json().get("pace");
        String experiment = RoadmapFixtures.experiment(mentee, id, "Close me", "ACTIVE");
        Http.post("/api/experiments/" + experiment + "/status", mentee,
                Map.of("status", "DONE", "result", "Done", "learned", "Small steps work"));
        JsonNode met = Http.get("/api/roadmaps/" + id, world.hr()).json().get("pace");
        Map<String, Object> harder = new HashMap<>(pace);
        harder.put("minimum", 2);
        JsonNode changed = Http.put("/api/roadmaps/" + id + "/pace", mentor, harder).json().get("pace");

        assertThat(noPaceYet.status()).isEqualTo(409);
        assertThat(set.get("achieved").getIntValue()).isZero();
        assertThat(set.get("met").getBooleanValue()).isFalse();
        assertThat(set.get("agreedByMenteeAt").isNull()).isTrue();
        assertThat(agreed.get("agreedByMenteeAt").isNull()).isFalse();
        assertThat(agreed.get("agreedByMentorAt").isNull()).isFalse();
        assertThat(met.get("achieved").getIntValue()).isEqualTo(1);
        assertThat(met.get("met").getBooleanValue()).isTrue();
        assertThat(changed.get("minimum").getIntValue()).isEqualTo(2);
        assertThat(changed.get("met").getBooleanValue()).isFalse();
        assertThat(changed.get("agreedByMenteeAt").isNull()).isTrue();
        assertThat(changed.get("agreedByMentorAt").isNull()).isTrue();
        assertThat(timeline(mentee, id)).contains("Changed the pace's minimum from 1 to 2", "Agreed to the pace as mentor",
                "Agreed to the pace as mentee", "Set the pace to at least 1 experiment closed every 30 days");
        assertThat(Http.put("/api/roadmaps/" + id + "/pace", world.hr(), pace).status()).isEqualTo(404);
        assertThat(badFields(Http.put("/api/roadmaps/" + id + "/pace", mentee, Map.of("statement", "s",
                "measure", "VIBES", "minimum", 1, "periodDays", 30)))).containsExactly("measure");
        assertThat(badFields(Http.put("/api/roadmaps/" + id + "/pace", mentee, Map.of("statement", "s",
                "measure", "JOURNAL_ENTRIES", "minimum", 1, "periodDays", 5)))).containsExactly("periodDays");
    }

    @Test
    void pace_counts_milestones_reached_check_ins_held_and_journal_entries_of_the_last_period_only() {
        String id = world.roadmap("Counting");
        String milestone = RoadmapFixtures.milestone(mentee, id, "Counted");
        Http.post("/api/milestones/" + milestone + "/status", mentee, Map.of("status", "REACHED", "note", "Done"));
        TestTenant.inTenant(world.tenant().id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, created_by)
                    SELECT ?, gen_random_uuid(), ?, c.status, now() - make_interval(days => c.days_ago), ?
                    FROM (VALUES ('HELD', 3), ('HELD', 10), ('HELD', 40), ('SCHEDULED', 2)) AS c(status, days_ago)""")) {
                insert.setObject(1, world.tenant().id());
                insert.setObject(2, world.pairId());
                insert.setObject(3, world.mentor().personId());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body)
                    SELECT ?, gen_random_uuid(), ?, current_date - d, 'Entry', 'What I learned'
                    FROM unnest(ARRAY[0, 5, 13, 20]) AS d""")) {
                insert.setObject(1, world.tenant().id());
                insert.setObject(2, world.mentee().personId());
                insert.executeUpdate();
            }
        });

        assertThat(achieved(id, "MILESTONES_REACHED", 7)).isEqualTo(1);
        assertThat(achieved(id, "CHECK_INS_HELD", 30)).isEqualTo(2);
        assertThat(achieved(id, "CHECK_INS_HELD", 7)).isEqualTo(1);
        assertThat(achieved(id, "JOURNAL_ENTRIES", 14)).isEqualTo(3);
        assertThat(achieved(id, "EXPERIMENTS_CLOSED", 14)).isZero();
    }

    private static int achieved(String id, String measure, int periodDays) {
        return Http.put("/api/roadmaps/" + id + "/pace", mentee, Map.of("statement", "Enough", "measure", measure,
                "minimum", 1, "periodDays", periodDays)).json().get("pace").get("achieved").getIntValue();
    }

    private static Http.Response rate(String token, String id, UUID competency, int level) {
        return Http.put("/api/roadmaps/" + id + "/mentor-ratings", token, Map.of("ratings", List.of(level(competency, level))));
    }

    private static Map<String, Object> level(UUID competency, int level) {
        return Map.of("competencyId", competency.toString(), "level", level);
    }

    private static void selfRate(String role, List<Map<String, Object>> levels) {
        Map<String, Object> profile = FrameworkFixtures.menteeProfileBody(UUID.fromString(role),
                UUID.fromString(levels.get(0).get("competencyId").toString()), List.of(), List.of());
        profile.put("competencies", levels);
        RoadmapFixtures.expect(Http.put("/api/people/" + world.mentee().personId() + "/mentee-profile", world.hr(),
                profile), 200);
    }

    private static Http.Response post(Map<String, Object> change) {
        Map<String, Object> body = roadmapBody(world.cohortId(), "Grow");
        body.putAll(change);
        return Http.post("/api/roadmaps", mentee, body);
    }
}
