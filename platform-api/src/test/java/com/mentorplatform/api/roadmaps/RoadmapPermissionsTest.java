package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapRoutes.Side;
import com.mentorplatform.api.roadmaps.RoadmapRoutes.Target;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.mentorplatform.api.roadmaps.RoadmapRoutes.expected;
import static com.mentorplatform.api.roadmaps.RoadmapRoutes.statuses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what on a mentee's roadmap: the mentee writes the plan; the mentor of an active pair
 * reads it and does the mentor's parts; a former mentor and HR only read; a mentor whose pair is only
 * proposed, another mentor and another mentee get 404; a leader is refused by role.
 */
class RoadmapPermissionsTest {

    static final Set<Side> EVERY = Set.of(Side.values());

    static TestTenant tenant;
    static String hr;
    static TestUser mentee;
    static TestUser mentor;
    static TestUser formerMentor;
    static TestUser proposedMentor;
    static TestUser otherMentor;
    static TestUser otherMentee;
    static UUID cohort;
    static UUID proposedPair;
    static Target target;

    @BeforeAll
    static void aMenteeWithAFormerAnActiveAndAProposedMentor() {
        tenant = TestTenant.create("Permissions Co");
        hr = tenant.admin().token();
        mentee = tenant.user(Role.MENTEE);
        mentor = tenant.user(Role.MENTOR);
        formerMentor = tenant.user(Role.MENTOR);
        proposedMentor = tenant.user(Role.MENTOR);
        otherMentor = tenant.user(Role.MENTOR);
        otherMentee = tenant.user(Role.MENTEE);
        UUID ended = RoadmapFixtures.activePair(hr, cohortOf(formerMentor, mentee));
        RoadmapFixtures.expect(Http.post("/api/pairs/" + ended + "/transitions", hr, Map.of("status", "COMPLETED")), 200);
        cohort = cohortOf(mentor, mentee);
        RoadmapFixtures.activePair(hr, cohort);
        proposedPair = TestMatching.acceptedPairs(hr, cohortOf(proposedMentor, mentee)).get(0);
        RoadmapFixtures.activePair(hr, cohortOf(otherMentor, otherMentee));

        String token = mentee.token();
        String roadmap = RoadmapFixtures.createdId(Http.post("/api/roadmaps", token,
                RoadmapFixtures.roadmapBody(cohort, "Lead a team")));
        String milestone = RoadmapFixtures.milestone(token, roadmap, "Reached already");
        Http.post("/api/milestones/" + milestone + "/status", token, Map.of("status", "REACHED", "note", "Done"));
        String experiment = RoadmapFixtures.experiment(token, roadmap, "Running", "ACTIVE");
        target = new Target(mentee.personId().toString(), roadmap, milestone, experiment);
    }

    @Test
    void a_leader_is_refused_every_route_by_role() {
        assertThat(statuses(tenant.user(Role.LEADER).token(), target, EVERY))
                .isEqualTo(expected(EVERY, Set.of(), 0, 403));
    }

    @Test
    void another_mentor_another_mentee_and_a_mentor_whose_pair_is_only_proposed_get_404_everywhere() {
        int changes = timelineSize();
        assertThat(Http.get("/api/pairs/" + proposedPair, hr).string("status")).isEqualTo("PROPOSED");

        for (TestUser stranger : List.of(otherMentor, otherMentee, proposedMentor)) {
            assertThat(statuses(stranger.token(), target, EVERY)).isEqualTo(expected(EVERY, Set.of(), 0, 404));
        }
        assertThat(timelineSize()).isEqualTo(changes);
    }

    @Test
    void hr_and_a_former_mentor_read_everything_and_change_nothing() {
        int changes = timelineSize();

        for (String reader : List.of(hr, formerMentor.token())) {
            assertThat(statuses(reader, target, EVERY)).isEqualTo(expected(EVERY, Set.of(Side.READ), 200, 404));
        }
        assertThat(Http.get("/api/roadmaps/" + target.roadmapId(), hr).string("access")).isEqualTo("PROGRAMME_STAFF");
        assertThat(Http.get("/api/roadmaps/" + target.roadmapId(), formerMentor.token()).string("access"))
                .isEqualTo("FORMER_MENTOR");
        assertThat(timelineSize()).isEqualTo(changes);
    }

    @Test
    void the_mentor_reads_everything_and_is_refused_the_mentees_part() {
        Set<Side> sides = Set.of(Side.READ, Side.MENTEE);

        assertThat(statuses(mentor.token(), target, sides)).isEqualTo(expected(sides, Set.of(Side.READ), 200, 403));
    }

    @Test
    void the_mentee_is_refused_the_mentors_part() {
        Set<Side> sides = Set.of(Side.MENTOR);

        assertThat(statuses(mentee.token(), target, sides)).isEqualTo(expected(sides, Set.of(), 0, 403));
    }

    @Test
    void the_mentor_rates_endorses_agrees_the_pace_and_adds_a_review() {
        String token = mentor.token();
        UUID skill = FrameworkFixtures.competency(hr, "Permissions skill " + UUID.randomUUID());
        String milestone = RoadmapFixtures.milestone(mentee.token(), target.roadmapId(), "For the mentor");
        Http.post("/api/milestones/" + milestone + "/status", mentee.token(), Map.of("status", "REACHED", "note", "Shown"));
        String roadmap = "/api/roadmaps/" + target.roadmapId();

        assertThat(Http.put(roadmap + "/mentor-ratings", token, Map.of("ratings",
                List.of(Map.of("competencyId", skill.toString(), "level", 3)))).status()).isEqualTo(200);
        assertThat(Http.post("/api/milestones/" + milestone + "/endorsement", token, Map.of("decision", "ENDORSED"))
                .status()).isEqualTo(200);
        assertThat(Http.put(roadmap + "/pace", token, Map.of("statement", "Two journal entries a fortnight",
                "measure", "JOURNAL_ENTRIES", "minimum", 2, "periodDays", 14)).status()).isEqualTo(200);
        assertThat(Http.post(roadmap + "/pace/agreement", token, null).status()).isEqualTo(200);
        Http.Response review = Http.post(roadmap + "/reviews", token, Map.of("reviewedOn", LocalDate.now().toString(),
                "summary", "Moved the design milestone to after the promotion round", "why", "Budget freeze"));
        assertThat(review.status()).isEqualTo(201);
        assertThat(review.string("authorId")).isEqualTo(mentor.personId().toString());
        assertThat(RoadmapFixtures.timeline(token, target.roadmapId()).get(0))
                .isEqualTo("Review of " + RoadmapFixtures.day(LocalDate.now())
                        + ": Moved the design milestone to after the promotion round");
    }

    private static UUID cohortOf(TestUser mentorOfCohort, TestUser menteeOfCohort) {
        return TestMatching.cohortOf(tenant, List.of(mentorOfCohort.personId()), List.of(menteeOfCohort.personId()), 1)
                .cohortId();
    }

    private static int timelineSize() {
        return Http.get("/api/roadmaps/" + target.roadmapId() + "/timeline?limit=200", hr).json().get("items").size();
    }
}
