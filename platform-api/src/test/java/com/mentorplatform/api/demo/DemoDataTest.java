package com.mentorplatform.api.demo;

import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.TestNotifications.Notice;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds one demo tenant into the shared test database exactly as start-up seeds acme and globex,
 * then checks over HTTP, as its demo admin, that every screen of the console has something to show.
 */
class DemoDataTest {

    static String slug;
    static String admin;
    static Map<String, JsonNode> cohortsByStatus = new HashMap<>();

    @BeforeAll
    static void seedATenant() {
        // The demo draws from the slug; seeding "acme" checks exactly the data the README promises.
        slug = "acme";
        RunningApi.get().bean(DemoTenant.class).seed(slug, "Acme Corporation");
        admin = login("admin").token();
        for (JsonNode programme : items(Http.get("/api/programmes", admin).json().get("items"))) {
            for (JsonNode cohort : items(Http.get("/api/programmes/" + id(programme) + "/cohorts", admin).json())) {
                cohortsByStatus.put(cohort.get("status").getStringValue(), cohort);
            }
        }
    }

    @Test
    void the_framework_has_twelve_competencies_with_five_levels_and_seven_role_profiles() {
        List<JsonNode> competencies = items(Http.get("/api/competencies", admin).json());
        List<JsonNode> roles = items(Http.get("/api/role-profiles", admin).json());

        assertThat(competencies).hasSize(12)
                .allSatisfy(c -> assertThat(c.get("levelDescriptors").size()).isEqualTo(5));
        assertThat(roles).hasSize(7).allSatisfy(r -> assertThat(r.get("requirements").size()).isBetween(4, 6));
    }

    @Test
    void no_two_people_share_a_name_so_no_pair_reads_as_someone_mentoring_themselves() {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = Http.get("/api/people?limit=100" + (after == null ? "" : "&after=" + after), admin).json();
            items(page.get("items")).forEach(person -> names.add(person.get("displayName").getStringValue()));
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (after != null);

        assertThat(names).hasSizeGreaterThan(200).doesNotHaveDuplicates();
    }

    @Test
    void the_calendar_reaches_at_least_seventeen_months_ahead_with_every_kind_of_event() {
        List<JsonNode> events = items(Http.get("/api/calendar?from=" + LocalDate.now(), admin).json());

        LocalDate last = events.stream().map(e -> LocalDate.parse(e.get("endsOn").getStringValue()))
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(last).isAfterOrEqualTo(LocalDate.now().plusMonths(17));
        assertThat(events.stream().map(e -> e.get("kind").getStringValue()).distinct())
                .containsExactlyInAnyOrder("PROMOTION_ROUND", "BUDGET_CYCLE", "PERFORMANCE_REVIEW", "OTHER");
    }

    @Test
    void there_are_two_active_programmes_with_a_running_an_enrolling_and_a_finished_cohort() {
        JsonNode programmes = Http.get("/api/programmes", admin).json().get("items");

        assertThat(items(programmes)).extracting(p -> p.get("status").getStringValue()).containsOnly("ACTIVE");
        assertThat(items(programmes)).extracting(p -> p.get("name").getStringValue())
                .containsExactlyInAnyOrder("Engineering Growth 2027", "New-hire onboarding");
        assertThat(cohortsByStatus).containsOnlyKeys("RUNNING", "ENROLLING", "FINISHED");
    }

    @Test
    void the_running_cohort_has_forty_mentees_and_twenty_mentors_with_more_places_than_mentees() {
        JsonNode running = cohortsByStatus.get("RUNNING");

        assertThat(running.get("menteesEnrolled").getIntValue()).isGreaterThanOrEqualTo(40);
        assertThat(running.get("mentorsEnrolled").getIntValue()).isGreaterThanOrEqualTo(20);
        assertThat(running.get("mentorCapacityTotal").getIntValue())
                .isGreaterThan(running.get("menteesEnrolled").getIntValue());
    }

    @Test
    void everyone_in_the_running_and_the_enrolling_cohort_has_a_filled_profile() {
        for (String status : List.of("RUNNING", "ENROLLING")) {
            assertFilledProfiles(id(cohortsByStatus.get(status)));
        }
    }

    /**
     * Profiles are drawn from the tenant's slug, so hard rules (avoid lists, declined topics, the reporting
     * line) may leave a mentee or two of a random demo tenant without a mentor; acme's draw matches all ten.
     */
    @Test
    void matching_the_enrolling_cohort_with_its_own_weights_pairs_most_mentees_and_explains_the_rest() {
        JsonNode enrolling = cohortsByStatus.get("ENROLLING");
        int mentees = enrolling.get("menteesEnrolled").getIntValue();

        JsonNode run = TestMatching.runToEnd(admin, UUID.fromString(id(enrolling)), null);
        List<JsonNode> unmatched = items(Http.get("/api/matching-runs/" + id(run) + "/unmatched", admin).json());

        assertThat(run.get("status").getStringValue()).isEqualTo("SUCCEEDED");
        assertThat(run.get("proposals").getIntValue()).isGreaterThanOrEqualTo(mentees * 3 / 4);
        assertThat(run.get("proposals").getIntValue() + unmatched.size()).isEqualTo(mentees);
        assertThat(unmatched).allSatisfy(u -> assertThat(u.get("explanation").getStringValue()).isNotBlank());
    }

    private static void assertFilledProfiles(String cohort) {
        for (JsonNode mentor : participants(cohort, "MENTOR")) {
            JsonNode profile = Http.get("/api/people/" + personId(mentor) + "/mentor-profile", admin).json();
            assertThat(profile.get("competencies").size()).isBetween(3, 5);
            assertThat(profile.get("timeZone").getStringValue()).isNotBlank();
        }
        for (JsonNode mentee : participants(cohort, "MENTEE")) {
            JsonNode profile = Http.get("/api/people/" + personId(mentee) + "/mentee-profile", admin).json();
            assertThat(profile.get("targetRoleId")).isNotNull();
            assertThat(profile.get("competencies").size()).isBetween(4, 6);
            List<String> preferred = strings(profile.get("preferredMentorIds"));
            List<String> avoided = strings(profile.get("avoidPersonIds"));
            assertThat(preferred).hasSizeLessThanOrEqualTo(3).doesNotContain(personId(mentee));
            assertThat(avoided).doesNotContain(personId(mentee));
            assertThat(Collections.disjoint(preferred, avoided)).isTrue();
        }
    }

    @Test
    void the_demo_manager_login_is_the_head_of_people_a_programme_manager_but_not_a_tenant_admin() {
        JsonNode me = Http.get("/api/me", login("manager").token()).json();

        assertThat(StreamSupport.stream(me.get("roles").values().spliterator(), false).map(JsonNode::getStringValue))
                .containsExactly("PROGRAMME_MANAGER");
        assertThat(Http.get("/api/people/" + me.get("id").getStringValue(), admin).string("jobTitle"))
                .isEqualTo("Head of People");
    }

    @Test
    void the_demo_mentor_and_mentee_logins_are_in_the_running_cohort() {
        String cohort = id(cohortsByStatus.get("RUNNING"));
        String mentee = Http.get("/api/me", login("mentee").token()).string("id");
        String mentor = Http.get("/api/me", login("mentor").token()).string("id");

        assertThat(participants(cohort, "MENTEE")).extracting(DemoDataTest::personId).contains(mentee);
        assertThat(participants(cohort, "MENTOR")).extracting(DemoDataTest::personId).contains(mentor);
    }

    @Test
    void the_new_mentor_and_mentee_logins_are_in_the_enrolling_cohort_with_filled_profiles() {
        String cohort = id(cohortsByStatus.get("ENROLLING"));
        String mentee = Http.get("/api/me", login("new-mentee").token()).string("id");
        String mentor = Http.get("/api/me", login("new-mentor").token()).string("id");

        assertThat(participants(cohort, "MENTEE")).extracting(DemoDataTest::personId).contains(mentee);
        assertThat(participants(cohort, "MENTOR")).extracting(DemoDataTest::personId).contains(mentor);
        assertThat(cohortsByStatus.get("ENROLLING").get("menteesEnrolled").getIntValue()).isEqualTo(10);
        assertThat(cohortsByStatus.get("ENROLLING").get("mentorsEnrolled").getIntValue()).isEqualTo(5);
    }

    @Test
    void matching_the_enrolling_cohort_proposes_the_new_mentor_for_the_new_mentee_and_says_why() {
        String mentee = Http.get("/api/me", login("new-mentee").token()).string("id");
        String mentor = Http.get("/api/me", login("new-mentor").token()).string("id");

        JsonNode run = TestMatching.runToEnd(admin, UUID.fromString(id(cohortsByStatus.get("ENROLLING"))), null);
        List<JsonNode> proposals = items(Http.get("/api/matching-runs/" + id(run) + "/proposals?limit=100", admin)
                .json().get("items"));

        JsonNode proposal = proposals.stream().filter(p -> p.get("menteeId").getStringValue().equals(mentee))
                .findFirst().orElseThrow();
        assertThat(proposal.get("mentorId").getStringValue()).isEqualTo(mentor);
        assertThat(strings(proposal.get("reasons"))).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void the_demo_mentee_keeps_a_partly_shared_journal_and_evidence_linked_to_their_roadmap_that_hr_reads_but_not_the_journal() {
        String mentee = login("mentee").token();
        String menteeId = Http.get("/api/me", mentee).string("id");

        List<JsonNode> entries = items(Http.get("/api/journal?limit=100", mentee).json().get("items"));
        List<JsonNode> evidence = items(Http.get("/api/evidence", mentee).json().get("items"));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(e -> assertThat(e.get("competencies").size()).isEqualTo(1));
        assertThat(entries).extracting(e -> e.get("shared").getBooleanValue()).contains(true, false);
        assertThat(evidence).hasSizeBetween(4, 5).anySatisfy(e -> assertThat(e.get("file").isNull()).isFalse());
        assertThat(entries).anySatisfy(e -> assertThat(e.get("milestoneIds").size()).isEqualTo(1));
        assertThat(evidence).anySatisfy(e -> assertThat(e.get("milestoneIds").size()).isEqualTo(1));
        assertThat(Http.get("/api/evidence?menteeId=" + menteeId, admin).json().get("items").size())
                .isEqualTo(evidence.size());
        assertThat(Http.get("/api/journal?menteeId=" + menteeId, admin).status()).isEqualTo(404);
    }

    @Test
    void the_running_cohort_history_has_a_withdrawal_with_its_reason() {
        String cohort = id(cohortsByStatus.get("RUNNING"));

        List<JsonNode> withdrawn = items(Http.get("/api/cohorts/" + cohort + "/participants?status=WITHDRAWN", admin)
                .json().get("items"));

        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).get("withdrawalReason").getStringValue()).isNotBlank();
    }

    @Test
    void the_running_cohorts_pairs_come_from_an_accepted_matching_run_and_pair_the_demo_mentee_with_the_demo_mentor() {
        String cohort = id(cohortsByStatus.get("RUNNING"));
        List<JsonNode> runs = items(Http.get("/api/cohorts/" + cohort + "/matching-runs", admin).json());
        List<JsonNode> pairs = items(Http.get("/api/cohorts/" + cohort + "/pairs", admin).json());
        List<JsonNode> menteesPairs = items(Http.get("/api/me/pairs", login("mentee").token()).json());

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("status").getStringValue()).isEqualTo("SUCCEEDED");
        assertThat(runs.get(0).get("accepted").getIntValue()).isEqualTo(pairs.size());
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(35).allSatisfy(pair -> {
            assertThat(pair.get("source").getStringValue()).isEqualTo("MATCHING");
            assertThat(pair.get("runId").getStringValue()).isEqualTo(id(runs.get(0)));
            assertThat(pair.get("reasons").size()).isPositive();
        });
        assertThat(pairs).extracting(p -> p.get("status").getStringValue()).contains("ACTIVE", "PAUSED", "ENDED_EARLY");
        assertThat(menteesPairs).hasSize(1);
        assertThat(menteesPairs.get(0).get("reasons").size()).isPositive();
        // The two demo logins work together: the run's proposal was swapped by hand to make it so.
        assertThat(menteesPairs.get(0).get("mentorId").getStringValue())
                .isEqualTo(Http.get("/api/me", login("mentor").token()).string("id"));
        assertThat(menteesPairs.get(0).get("status").getStringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void the_demo_logins_find_the_seeded_months_milestone_news_listed_read_and_only_their_pairs_news_unread() {
        String mentee = login("mentee").token();
        String mentor = login("mentor").token();
        String menteeName = Http.get("/api/me", mentee).string("displayName");
        String mentorName = Http.get("/api/me", mentor).string("displayName");

        List<Notice> menteeNews = TestNotifications.of(mentee);
        List<Notice> mentorNews = TestNotifications.of(mentor);

        assertThat(menteeNews).filteredOn(Notice::unread).singleElement()
                .satisfies(n -> assertThat(n.message()).startsWith("Your mentoring pair"));
        assertThat(menteeNews).filteredOn(n -> n.kind().equals("MILESTONE_ENDORSED")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.message()).startsWith(mentorName + " endorsed “"));
        assertThat(menteeNews).filteredOn(n -> n.kind().equals("MILESTONE_SENT_BACK")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.message()).startsWith(mentorName + " sent “").contains("” back: "));
        assertThat(mentorNews).filteredOn(Notice::unread).isNotEmpty().allMatch(n -> n.kind().startsWith("PAIR_"));
        assertThat(mentorNews).filteredOn(n -> n.kind().equals("MILESTONE_REACHED"))
                .anySatisfy(n -> assertThat(n.message()).startsWith(menteeName + " marked “")
                        .endsWith("” reached: endorse it or send it back"));
    }

    @Test
    void the_demo_mentee_has_a_rich_roadmap() {
        String mentee = login("mentee").token();
        List<JsonNode> mine = items(Http.get("/api/roadmaps", mentee).json());
        String roadmap = id(mine.get(0));

        JsonNode own = Http.get("/api/roadmaps/" + roadmap, mentee).json();
        List<JsonNode> milestones = items(own.get("milestones"));
        List<JsonNode> timeline = items(Http.get("/api/roadmaps/" + roadmap + "/timeline?limit=200", admin).json()
                .get("items"));

        assertThat(mine).hasSize(1);
        assertThat(own.get("access").getStringValue()).isEqualTo("SELF");
        assertThat(own.get("vision").get("targetRoleName").getStringValue()).contains("Product Manager");
        assertThat(milestones).hasSizeBetween(4, 5);
        assertThat(milestones).extracting(m -> m.get("endorsement").isNull() ? "" : m.get("endorsement").getStringValue())
                .contains("ENDORSED", "SENT_BACK");
        assertThat(milestones).anySatisfy(m -> assertThat(m.get("overdue").getBooleanValue()).isTrue());
        assertThat(milestones).anySatisfy(m -> assertThat(m.get("calendarEventName").isNull()).isFalse());
        assertThat(items(own.get("experiments"))).hasSize(3)
                .extracting(x -> x.get("status").getStringValue()).contains("DONE", "ACTIVE");
        assertThat(own.get("pace").get("agreedByMentorAt").isNull()).isFalse();
        assertThat(own.get("pace").get("met").getBooleanValue()).isTrue();
        assertThat(items(Http.get("/api/roadmaps/" + roadmap + "/reviews", admin).json())).hasSize(1);
        assertThat(timeline).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(item -> assertThat(item.get("summary").getStringValue()).isNotBlank());
        assertThat(timeline).anySatisfy(item -> assertThat(item.get("summary").getStringValue()).startsWith("Moved due date"));
        assertThat(items(Http.get("/api/roadmaps/" + roadmap + "/gaps", admin).json().get("candidates"))).isNotEmpty();
    }

    @Test
    void every_other_mentee_of_the_demo_mentor_has_a_roadmap_with_a_milestone_awaiting_the_mentors_endorsement() {
        String mentor = login("mentor").token();
        String demoMentee = Http.get("/api/me", login("mentee").token()).string("id");
        List<JsonNode> open = items(Http.get("/api/me/pairs", mentor).json()).stream()
                .filter(p -> List.of("ACTIVE", "PAUSED").contains(p.get("status").getStringValue()))
                .filter(p -> !p.get("menteeId").getStringValue().equals(demoMentee)).toList();

        assertThat(open).isNotEmpty().allSatisfy(pair -> {
            List<JsonNode> roadmaps = items(Http.get("/api/roadmaps?menteeId=" + pair.get("menteeId").getStringValue(),
                    mentor).json());
            JsonNode roadmap = Http.get("/api/roadmaps/" + id(roadmaps.get(0)), mentor).json();
            assertThat(roadmap.get("access").getStringValue()).isEqualTo("MENTOR");
            assertThat(items(roadmap.get("milestones"))).anySatisfy(m -> {
                assertThat(m.get("status").getStringValue()).isEqualTo("REACHED");
                assertThat(m.get("endorsement").isNull()).isTrue();
            });
        });
    }

    @Test
    void most_mentees_of_the_running_cohort_have_a_roadmap_in_varied_states() {
        List<JsonNode> mentees = participants(id(cohortsByStatus.get("RUNNING")), "MENTEE");
        List<JsonNode> roadmaps = new ArrayList<>();
        for (JsonNode mentee : mentees) {
            for (JsonNode summary : items(Http.get("/api/roadmaps?menteeId=" + personId(mentee), admin).json())) {
                roadmaps.add(Http.get("/api/roadmaps/" + id(summary), admin).json());
            }
        }
        List<JsonNode> milestones = roadmaps.stream().flatMap(r -> items(r.get("milestones")).stream()).toList();

        assertThat(roadmaps).hasSizeGreaterThanOrEqualTo(mentees.size() * 2 / 3);
        assertThat(roadmaps).anySatisfy(r -> assertThat(r.get("overcommitted").getBooleanValue()).isTrue());
        assertThat(roadmaps).anySatisfy(r -> assertThat(r.get("pace").isNull()).isFalse());
        assertThat(milestones).extracting(m -> m.get("status").getStringValue())
                .contains("PLANNED", "IN_PROGRESS", "REACHED", "DROPPED");
        assertThat(milestones).anySatisfy(m -> assertThat(m.get("overdue").getBooleanValue()).isTrue());
        assertThat(milestones).filteredOn(m -> !m.get("endorsement").isNull())
                .extracting(m -> m.get("endorsement").getStringValue()).contains("ENDORSED", "SENT_BACK");
    }

    @Test
    void the_demo_mentees_pair_has_met_five_times_with_one_check_in_next_week_and_a_private_note_by_each() {
        String menteeToken = login("mentee").token();
        String pair = id(Http.get("/api/me/pairs", menteeToken).json().get(0));

        List<JsonNode> checkIns = items(Http.get("/api/pairs/" + pair + "/check-ins", menteeToken).json().get("items"));
        JsonNode cadence = Http.get("/api/pairs/" + pair + "/check-ins/cadence", menteeToken).json();

        assertThat(checkIns).extracting(c -> c.get("status").getStringValue())
                .containsExactly("SCHEDULED", "HELD", "HELD", "HELD", "HELD", "HELD");
        assertThat(Instant.parse(checkIns.get(0).get("occursAt").getStringValue()))
                .isBetween(Instant.now(), Instant.now().plus(8, ChronoUnit.DAYS));
        assertThat(checkIns.subList(1, 6)).allSatisfy(c -> {
            assertThat(c.get("sharedNotes").getStringValue()).isNotBlank();
            assertThat(c.get("progressRating").getIntValue()).isBetween(1, 5);
            assertThat(c.get("actions").size()).isPositive();
        });
        assertThat(checkIns).filteredOn(c -> c.get("feedback") != null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cadence.get("overdue").getBooleanValue()).isFalse();
        assertThat(ownNotes(checkIns, menteeToken)).hasSize(1);
        String mentor = Http.get("/api/me/pairs", menteeToken).json().get(0).get("mentorId").getStringValue();
        assertThat(checkIns.stream().flatMap(c -> items(Http.get("/api/audit?entityType=check_in&entityId=" + id(c),
                admin).json()).stream()).filter(r -> r.get("action").getStringValue().equals("check_in.private_note_saved"))
                .map(r -> r.get("actorId").getStringValue())).contains(mentor);
    }

    @Test
    void the_demo_mentors_active_pairs_are_on_track_with_the_next_check_in_within_ten_days_and_their_own_private_notes() {
        String mentorToken = login("mentor").token();
        List<JsonNode> pairs = items(Http.get("/api/me/pairs", mentorToken).json()).stream()
                .filter(pair -> pair.get("status").getStringValue().equals("ACTIVE")).toList();

        assertThat(pairs).isNotEmpty().allSatisfy(pair -> {
            JsonNode cadence = Http.get("/api/pairs/" + id(pair) + "/check-ins/cadence", mentorToken).json();
            assertThat(cadence.get("overdue").getBooleanValue()).isFalse();
            assertThat(Instant.parse(cadence.get("nextScheduledAt").getStringValue()))
                    .isBefore(Instant.now().plus(10, ChronoUnit.DAYS));
            List<JsonNode> checkIns = items(Http.get("/api/pairs/" + id(pair) + "/check-ins", mentorToken).json()
                    .get("items"));
            assertThat(checkIns).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ownNotes(checkIns, mentorToken)).isNotEmpty();
        });
    }

    @Test
    void most_active_pairs_of_the_running_cohort_have_met_some_are_overdue_and_some_have_one_scheduled() {
        String cohort = id(cohortsByStatus.get("RUNNING"));
        List<JsonNode> cadences = items(Http.get("/api/cohorts/" + cohort + "/pairs", admin).json()).stream()
                .filter(p -> p.get("status").getStringValue().equals("ACTIVE"))
                .map(p -> Http.get("/api/pairs/" + id(p) + "/check-ins/cadence", admin).json()).toList();

        assertThat(cadences).allSatisfy(c -> assertThat(c.get("cadenceDays").getIntValue()).isEqualTo(14));
        assertThat(cadences.stream().filter(c -> !c.get("lastHeldAt").isNull()).count())
                .isGreaterThanOrEqualTo(cadences.size() * 9L / 10);
        assertThat(cadences.stream().filter(c -> c.get("overdue").getBooleanValue()).count())
                .isBetween(1L, cadences.size() / 2L);
        assertThat(cadences.stream().filter(c -> !c.get("nextScheduledAt").isNull()).count()).isPositive();
    }

    /** The private notes the token's owner reads back on these check-ins. */
    private static List<String> ownNotes(List<JsonNode> checkIns, String token) {
        return checkIns.stream().map(c -> Http.get("/api/check-ins/" + id(c), token).json().get("myPrivateNote"))
                .filter(note -> note != null).map(JsonNode::getStringValue).toList();
    }

    @Test
    void the_running_cohort_has_two_open_sponsorship_flags_and_the_demo_mentor_has_a_mentee_left_to_flag() {
        String cohort = id(cohortsByStatus.get("RUNNING"));
        String mentee = Http.get("/api/me", login("mentee").token()).string("id");

        List<JsonNode> flags = items(Http.get("/api/sponsorship-flags?cohortId=" + cohort, admin).json().get("items"));
        List<JsonNode> mentorsMentees = items(Http.get("/api/me/mentees", login("mentor").token()).json());

        assertThat(flags).hasSize(2).allSatisfy(flag -> assertThat(flag.get("note").getStringValue()).isNotBlank());
        assertThat(flags).extracting(f -> f.get("kind").getStringValue())
                .containsExactlyInAnyOrder("SPONSORSHIP", "STRETCH_ASSIGNMENT");
        assertThat(flags).extracting(f -> f.get("menteeId").getStringValue()).doesNotContain(mentee);
        assertThat(mentorsMentees).anyMatch(m -> m.get("status").getStringValue().equals("ACTIVE")
                && m.get("sponsorshipFlags").size() == 0);
    }

    private static List<JsonNode> participants(String cohortId, String role) {
        return items(Http.get("/api/cohorts/" + cohortId + "/participants?limit=200&role=" + role, admin)
                .json().get("items"));
    }

    private static TestUser login(String who) {
        return new TestUser(slug, who + "@" + slug + ".example", DemoWorld.PASSWORD, null);
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        StreamSupport.stream(array.values().spliterator(), false).forEach(items::add);
        return items;
    }

    private static List<String> strings(JsonNode array) {
        return items(array).stream().map(JsonNode::getStringValue).toList();
    }

    private static String id(JsonNode node) {
        return node.get("id").getStringValue();
    }

    private static String personId(JsonNode participant) {
        return participant.get("personId").getStringValue();
    }
}
