package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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

    private static Http.Response post(Map<String, Object> change) {
        Map<String, Object> body = roadmapBody(world.cohortId(), "Grow");
        body.putAll(change);
        return Http.post("/api/roadmaps", mentee, body);
    }
}
