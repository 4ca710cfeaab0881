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
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.milestone;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.milestoneBody;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

class MilestonesApiTest {

    static World world;
    static String mentee;
    static String mentor;
    static String roadmap;

    @BeforeAll
    static void aRoadmapWithAnActiveMentor() {
        world = RoadmapFixtures.world("Milestones Co");
        mentee = world.mentee().token();
        mentor = world.mentor().token();
        roadmap = world.roadmap("Lead a team");
    }

    @Test
    void a_milestone_is_planned_started_reached_with_a_note_and_endorsed_by_the_mentor() {
        UUID skill = FrameworkFixtures.competency(world.hr(), "Delegation " + UUID.randomUUID());
        UUID round = FrameworkFixtures.calendarEvent(world.hr(), "Promotion round");
        Map<String, Object> body = milestoneBody("Run the team's planning", LocalDate.now().plusDays(30));
        body.put("competencyIds", List.of(skill.toString()));
        body.put("calendarEventId", round.toString());
        body.put("expectedOutcomes", "A plan the team owns");
        Http.Response created = Http.post("/api/roadmaps/" + roadmap + "/milestones", mentee, body);
        String id = created.string("id");

        Http.Response started = status(id, "IN_PROGRESS", null);
        Http.Response withoutNote = status(id, "REACHED", "  ");
        Http.Response reached = status(id, "REACHED", "The team ran Q3 planning from my draft");
        Http.Response endorsed = endorse(mentor, id, "ENDORSED", "Well done");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("position").getIntValue()).isPositive();
        assertThat(created.json().get("status").getStringValue()).isEqualTo("PLANNED");
        assertThat(created.json().get("competencyNames").get(0).getStringValue()).startsWith("Delegation");
        assertThat(created.json().get("calendarEventName").getStringValue()).isEqualTo("Promotion round");
        assertThat(started.json().get("startedAt").isNull()).isFalse();
        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(badFields(withoutNote)).containsExactly("note");
        assertThat(reached.json().get("status").getStringValue()).isEqualTo("REACHED");
        assertThat(reached.json().get("reachedNote").getStringValue()).isEqualTo("The team ran Q3 planning from my draft");
        assertThat(reached.json().get("onTime").getBooleanValue()).isTrue();
        assertThat(endorsed.status()).isEqualTo(200);
        assertThat(endorsed.json().get("endorsement").getStringValue()).isEqualTo("ENDORSED");
        assertThat(endorsed.json().get("endorsedBy").getStringValue()).isEqualTo(world.mentor().personId().toString());
        assertThat(endorsed.json().get("endorsedByName").getStringValue()).isNotBlank();
        assertThat(timeline(mentee, roadmap)).contains("Endorsed 'Run the team's planning': Well done",
                "Reached 'Run the team's planning': The team ran Q3 planning from my draft",
                "Started 'Run the team's planning'");
    }

    @Test
    void hr_cannot_delete_a_calendar_event_a_milestone_is_due_by_and_is_told_why() {
        UUID round = FrameworkFixtures.calendarEvent(world.hr(), "June promotion round");
        Map<String, Object> body = milestoneBody("Ready for the June round", LocalDate.now().plusDays(60));
        body.put("calendarEventId", round.toString());
        String id = Http.post("/api/roadmaps/" + roadmap + "/milestones", mentee, body).string("id");

        Http.Response refused = Http.delete("/api/calendar/" + round, world.hr());
        Http.patch("/api/milestones/" + id, mentee, java.util.Collections.singletonMap("calendarEventId", null));
        Http.Response unlinked = Http.delete("/api/calendar/" + round, world.hr());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("calendar-event-in-use", "1 roadmap milestone is due by this event");
        assertThat(unlinked.status()).isEqualTo(204);
    }

    @Test
    void sending_back_needs_a_comment_and_moves_the_milestone_back_in_progress_until_it_is_reached_again() {
        String id = milestone(mentee, roadmap, "Present at the all-hands");
        status(id, "REACHED", "I presented in March");

        Http.Response noComment = endorse(mentor, id, "SENT_BACK", null);
        Http.Response sentBack = endorse(mentor, id, "SENT_BACK", "Please add the audience feedback");
        Http.Response endorseOpen = endorse(mentor, id, "ENDORSED", null);
        Http.Response reachedAgain = status(id, "REACHED", "Feedback attached: 4.6 of 5");

        assertThat(badFields(noComment)).containsExactly("comment");
        assertThat(sentBack.json().get("status").getStringValue()).isEqualTo("IN_PROGRESS");
        assertThat(sentBack.json().get("reachedAt").isNull()).isTrue();
        assertThat(sentBack.json().get("endorsement").getStringValue()).isEqualTo("SENT_BACK");
        assertThat(sentBack.json().get("endorsementComment").getStringValue()).isEqualTo("Please add the audience feedback");
        assertThat(endorseOpen.status()).isEqualTo(409);
        assertThat(reachedAgain.json().get("endorsement").isNull()).isTrue();
        assertThat(reachedAgain.json().get("endorsementComment").isNull()).isTrue();
        assertThat(timeline(mentee, roadmap)).contains("Sent 'Present at the all-hands' back: Please add the audience feedback");
    }

    @Test
    void only_the_mentor_endorses_and_only_the_mentee_moves_a_milestone() {
        String id = milestone(mentee, roadmap, "Mentor an intern");
        status(id, "REACHED", "The intern shipped their project");

        assertThat(endorse(mentee, id, "ENDORSED", null).status()).isEqualTo(403);
        assertThat(endorse(world.hr(), id, "ENDORSED", null).status()).isEqualTo(404);
        assertThat(Http.post("/api/milestones/" + id + "/status", mentor, Map.of("status", "DROPPED", "note", "no"))
                .status()).isEqualTo(403);
        assertThat(Http.patch("/api/milestones/" + id, mentor, Map.of("title", "Renamed")).status()).isEqualTo(403);
        assertThat(endorse(mentor, id, "ENDORSED", null).status()).isEqualTo(200);
        assertThat(endorse(mentor, id, "ENDORSED", null).status()).isEqualTo(409);
    }

    @Test
    void a_milestone_reached_after_its_due_date_is_late_and_an_open_one_past_it_is_overdue() {
        String late = created(milestoneBody("Write the design doc", LocalDate.now().minusDays(3)));
        String overdue = created(milestoneBody("Give a talk", LocalDate.now().minusDays(1)));
        String dueToday = created(milestoneBody("Finish the course", LocalDate.now()));

        JsonNode reachedLate = status(late, "REACHED", "Doc approved").json();

        assertThat(reachedLate.get("onTime").getBooleanValue()).isFalse();
        assertThat(reachedLate.get("overdue").getBooleanValue()).isFalse();
        assertThat(milestoneOf(overdue).get("overdue").getBooleanValue()).isTrue();
        assertThat(milestoneOf(overdue).get("onTime").isNull()).isTrue();
        assertThat(milestoneOf(dueToday).get("overdue").getBooleanValue()).isFalse();
        assertThat(status(dueToday, "REACHED", "Certificate received").json().get("onTime").getBooleanValue()).isTrue();
    }

    @Test
    void moving_a_due_date_is_kept_as_a_readable_change_and_a_closed_milestone_is_not_edited() {
        String id = created(milestoneBody("Lead the Q3 planning", LocalDate.of(2027, 5, 1)));

        Http.Response moved = Http.patch("/api/milestones/" + id, mentee, Map.of("dueOn", "2027-06-15"));
        status(id, "DROPPED", "The team was reorganised");
        Http.Response afterDrop = Http.patch("/api/milestones/" + id, mentee, Map.of("dueOn", "2027-07-01"));

        assertThat(moved.string("dueOn")).isEqualTo("2027-06-15");
        assertThat(afterDrop.status()).isEqualTo(409);
        assertThat(timeline(mentee, roadmap)).contains(
                "Moved due date of 'Lead the Q3 planning' from 1 May 2027 to 15 Jun 2027",
                "Dropped 'Lead the Q3 planning': The team was reorganised");
    }

    @Test
    void each_milestone_says_which_statuses_its_mentee_may_move_it_to_next_and_its_mentor_gets_none() {
        String id = milestone(mentee, roadmap, "Facilitate a retro");

        List<String> planned = Http.strings(milestoneOf(id), "allowedTransitions");
        List<String> inProgress = status(id, "IN_PROGRESS", null).strings("allowedTransitions");
        List<String> reached = status(id, "REACHED", "The team asked me to run the next one")
                .strings("allowedTransitions");
        List<String> toTheMentor = endorse(mentor, id, "SENT_BACK", "Ask the team what worked")
                .strings("allowedTransitions");
        List<String> sentBack = Http.strings(milestoneOf(id), "allowedTransitions");

        assertThat(planned).containsExactly("IN_PROGRESS", "REACHED", "DROPPED");
        assertThat(inProgress).containsExactly("PLANNED", "REACHED", "DROPPED");
        assertThat(reached).isEmpty();
        assertThat(toTheMentor).isEmpty();
        assertThat(sentBack).containsExactly("PLANNED", "REACHED", "DROPPED");
    }

    @Test
    void moves_the_status_does_not_allow_are_refused_and_dropping_needs_a_note() {
        String id = milestone(mentee, roadmap, "Shadow a director");

        assertThat(status(id, "PLANNED", null).status()).isEqualTo(409);
        assertThat(badFields(status(id, "DROPPED", null))).containsExactly("note");
        assertThat(status(id, "DROPPED", "Not a priority any more").status()).isEqualTo(200);
        assertThat(status(id, "IN_PROGRESS", null).status()).isEqualTo(409);
        assertThat(badFields(Http.post("/api/milestones/" + id + "/status", mentee, Map.of("status", "FINISHED"))))
                .containsExactly("status");
    }

    @Test
    void bad_milestones_are_a_400_naming_the_field_and_store_nothing() {
        TestTenant other = TestTenant.create("Milestones Elsewhere");
        UUID foreignSkill = FrameworkFixtures.competency(other.admin().token(), "Foreign skill");
        UUID foreignEvent = FrameworkFixtures.calendarEvent(other.admin().token(), "Foreign round");
        UUID skill = FrameworkFixtures.competency(world.hr(), "Own skill " + UUID.randomUUID());
        int before = milestoneCount();

        assertThat(badFields(post(Map.of("competencyIds", List.of(skill.toString(), foreignSkill.toString())))))
                .containsExactly("competencyIds[1]");
        assertThat(badFields(post(Map.of("competencyIds", List.of(skill.toString(), skill.toString())))))
                .containsExactly("competencyIds[1]");
        assertThat(badFields(post(Map.of("calendarEventId", foreignEvent.toString())))).containsExactly("calendarEventId");
        assertThat(badFields(post(Map.of("title", " ")))).containsExactly("title");
        assertThat(badFields(post(Map.of("title", "t".repeat(201))))).containsExactly("title");
        assertThat(badFields(post(Map.of("criteria", "")))).containsExactly("criteria");
        assertThat(badFields(post(Map.of("dueOn", "someday")))).containsExactly("dueOn");
        assertThat(badFields(post(Map.of("dueOn", "1999-12-31")))).containsExactly("dueOn");
        assertThat(badFields(post(Map.of("expectedOutcomes", "x".repeat(2001))))).containsExactly("expectedOutcomes");
        String id = milestone(mentee, roadmap, "Patched badly");
        assertThat(badFields(Http.patch("/api/milestones/" + id, mentee, Map.of("calendarEventId", foreignEvent.toString()))))
                .containsExactly("calendarEventId");
        assertThat(milestoneCount()).isEqualTo(before + 1);
        assertThat(milestoneOf(id).get("calendarEventId").isNull()).isTrue();
    }

    private static Http.Response post(Map<String, Object> change) {
        Map<String, Object> body = milestoneBody("A milestone", LocalDate.now().plusDays(20));
        body.putAll(change);
        return Http.post("/api/roadmaps/" + roadmap + "/milestones", mentee, body);
    }

    private static String created(Map<String, Object> body) {
        return RoadmapFixtures.createdId(Http.post("/api/roadmaps/" + roadmap + "/milestones", mentee, body));
    }

    private static Http.Response status(String id, String status, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        body.put("note", note);
        return Http.post("/api/milestones/" + id + "/status", mentee, body);
    }

    private static Http.Response endorse(String token, String id, String decision, String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        return Http.post("/api/milestones/" + id + "/endorsement", token, body);
    }

    private static int milestoneCount() {
        return Http.get("/api/roadmaps/" + roadmap, mentee).json().get("milestones").size();
    }

    private static JsonNode milestoneOf(String id) {
        for (JsonNode m : Http.get("/api/roadmaps/" + roadmap, mentee).json().get("milestones").values()) {
            if (m.get("id").getStringValue().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("No milestone " + id);
    }
}
