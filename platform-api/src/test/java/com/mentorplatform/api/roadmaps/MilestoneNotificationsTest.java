package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.TestNotifications.Notice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.roadmaps.RoadmapFixtures.expect;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.milestone;
import static com.mentorplatform.api.testing.TestNotifications.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** A milestone reached tells the mentor; their endorsement or sending back tells the mentee; nobody else hears. */
class MilestoneNotificationsTest {

    private static final String REACHED = "MILESTONE_REACHED";
    private static final String ENDORSED = "MILESTONE_ENDORSED";
    private static final String SENT_BACK = "MILESTONE_SENT_BACK";

    static World world;
    static String mentee;
    static String mentor;
    static String roadmap;

    @BeforeAll
    static void aRoadmapWithAnActiveMentor() {
        world = RoadmapFixtures.world("Milestone News Co");
        mentee = world.mentee().token();
        mentor = world.mentor().token();
        roadmap = world.roadmap("Lead a team");
    }

    @Test
    void a_milestone_the_mentee_reaches_asks_their_mentor_to_answer_and_the_mentee_is_not_told() {
        String id = milestone(mentee, roadmap, "Run the team's planning");

        reach(id, "The team ran Q3 planning from my draft");

        Notice told = TestNotifications.of(mentor).stream()
                .filter(n -> n.message().contains("“Run the team's planning”")).findFirst().orElseThrow();
        assertThat(told.kind()).isEqualTo(REACHED);
        assertThat(told.message())
                .isEqualTo("mentee person marked “Run the team's planning” reached: endorse it or send it back");
        assertThat(told.pairId()).isEqualTo(world.pairId().toString());
        assertThat(told.unread()).isTrue();
        assertThat(TestNotifications.of(mentee)).noneMatch(n -> n.message().contains("Run the team's planning"));
    }

    @Test
    void the_mentors_endorsement_and_sending_back_reach_the_mentee_with_the_comment() {
        String endorsed = milestone(mentee, roadmap, "Present at the all-hands");
        String sentBack = milestone(mentee, roadmap, "Mentor an intern");
        reach(endorsed, "I presented in March");
        reach(sentBack, "The intern shipped their project");

        answer(endorsed, "ENDORSED", "Well done");
        answer(sentBack, "SENT_BACK", "Please add what the intern said about it");

        assertThat(messages(mentee, ENDORSED)).contains("mentor person endorsed “Present at the all-hands”");
        assertThat(messages(mentee, SENT_BACK))
                .contains("mentor person sent “Mentor an intern” back: Please add what the intern said about it");
        assertThat(TestNotifications.of(mentee)).filteredOn(n -> n.kind().startsWith("MILESTONE_"))
                .allMatch(n -> n.pairId().equals(world.pairId().toString()) && n.unread());
        assertThat(TestNotifications.of(mentor)).noneMatch(n -> n.kind().equals(ENDORSED) || n.kind().equals(SENT_BACK));
    }

    @Test
    void a_long_title_and_comment_are_shortened_so_the_message_stays_within_its_limit() {
        String title = "Write " + "the longest milestone title anyone ever planned ".repeat(5);
        String id = milestone(mentee, roadmap, title.substring(0, 200).strip());
        reach(id, "Written");

        answer(id, "SENT_BACK", "Not yet: " + "the evidence needs more detail ".repeat(60));

        String toMentor = messages(mentor, REACHED).get(0);
        String toMentee = messages(mentee, SENT_BACK).get(0);
        assertThat(toMentor).startsWith("mentee person marked “Write the longest").contains("…” reached")
                .hasSizeLessThan(200);
        assertThat(toMentee).startsWith("mentor person sent “Write the longest").endsWith("…")
                .hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void another_tenants_people_never_see_the_pairs_milestone_news() {
        World other = RoadmapFixtures.world("Other Milestone News Co");
        String id = milestone(mentee, roadmap, "Own the on-call rota");
        reach(id, "Ran it for a quarter");
        answer(id, "ENDORSED", null);
        String foreignId = TestNotifications.of(mentor).get(0).id();

        for (String outsider : List.of(other.mentor().token(), other.mentee().token(), other.hr())) {
            assertThat(TestNotifications.of(outsider)).noneMatch(n -> n.message().contains("Own the on-call rota"));
            assertThat(Http.post("/api/me/notifications/" + foreignId + "/read", outsider, null).status())
                    .isEqualTo(404);
        }
        assertThat(TestNotifications.of(mentor).get(0).unread()).isTrue();
    }

    private static void reach(String id, String note) {
        expect(Http.post("/api/milestones/" + id + "/status", mentee, Map.of("status", "REACHED", "note", note)), 200);
    }

    private static void answer(String id, String decision, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        expect(Http.post("/api/milestones/" + id + "/endorsement", mentor, body), 200);
    }
}
