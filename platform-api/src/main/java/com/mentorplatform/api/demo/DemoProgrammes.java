package com.mentorplatform.api.demo;

import com.mentorplatform.api.demo.DemoOrganisation.Member;
import com.mentorplatform.api.enrolments.CapacityRequest;
import com.mentorplatform.api.enrolments.EnrolRequest;
import com.mentorplatform.api.enrolments.EnrolmentService;
import com.mentorplatform.api.enrolments.ParticipantRole;
import com.mentorplatform.api.enrolments.WithdrawRequest;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import com.mentorplatform.api.programmes.CohortRequest;
import com.mentorplatform.api.programmes.CohortService;
import com.mentorplatform.api.programmes.CohortStatus;
import com.mentorplatform.api.programmes.ProgrammeRequest;
import com.mentorplatform.api.programmes.ProgrammeService;
import com.mentorplatform.api.programmes.ProgrammeStatus;
import com.mentorplatform.api.programmes.ProgrammeType;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Two programmes and three cohorts in every state a programme manager meets: one running (with a
 * withdrawal and a capacity change in its history), one enrolling and one finished a year ago.
 */
@Singleton
class DemoProgrammes {

    private static final String GROWTH_GOALS = "Grow engineers towards their next role through one-to-one mentoring "
            + "with experienced colleagues from other teams.";
    private static final String ONBOARDING_GOALS = "Help new joiners find their feet: a mentor and a small group "
            + "of peers for their first months.";
    /** Ranks a shared language and time zone higher than the defaults: the autumn cohort spans continents. */
    private static final CohortMatchingWeights AUTUMN_WEIGHTS = new CohortMatchingWeights(new BigDecimal("0.30"),
            new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.20"), new BigDecimal("0.15"),
            new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.05"), false, true);

    /**
     * A cohort to seed. Days are relative to today; mentees and mentors are taken from the pools at
     * the offsets given, mentors offering between {@code minPlaces} and {@code maxPlaces} places.
     */
    private record Plan(String name, int startDay, int endDay, int cadence, int capacity, int menteeOffset,
                        int mentees, int mentorOffset, int mentors, int minPlaces, int maxPlaces,
                        CohortStatus finalStatus, CohortMatchingWeights weights) {
    }

    /** How often the running cohort's pairs are expected to meet. */
    static final int RUNNING_CADENCE_DAYS = 14;
    private static final Plan RUNNING = new Plan("Spring 2027", -91, 183, RUNNING_CADENCE_DAYS, 50, 0, 43, 0, 22, 2, 3,
            CohortStatus.RUNNING, null);
    private static final Plan ENROLLING = new Plan("Autumn 2027", 30, 212, 21, 30, 43, 10, 22, 5, 2, 2,
            CohortStatus.ENROLLING, AUTUMN_WEIGHTS);
    private static final Plan FINISHED = new Plan("Onboarding 2025/26", -456, -365, 7, 20, 53, 15, 8, 6, 3, 3,
            CohortStatus.FINISHED, null);

    private final ProgrammeService programmes;
    private final CohortService cohorts;
    private final EnrolmentService enrolments;

    DemoProgrammes(ProgrammeService programmes, CohortService cohorts, EnrolmentService enrolments) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
    }

    /**
     * The running cohort and everyone enrolled in it (the withdrawn mentee included), and the people from
     * the pools enrolled in the enrolling cohort (the newcomers beside them are not listed): both groups
     * get profiles, as matching reads them.
     */
    record Seeded(UUID runningCohortId, List<Member> runningMentors, List<Member> runningMentees,
                  List<Member> enrollingMentors, List<Member> enrollingMentees) {
    }

    /** The new mentor and mentee with demo logins, who join the enrolling cohort first, before its pool people. */
    record Newcomers(Member mentor, Member mentee) {
    }

    /**
     * @param mentorPool people who may mentor, the demo mentor login first
     * @param menteePool people who may be mentored, the demo mentee login first
     */
    Seeded seed(DemoRun run, List<Member> mentorPool, List<Member> menteePool, Newcomers newcomers) {
        UUID growth = programme(run, "Engineering Growth 2027", GROWTH_GOALS, ProgrammeType.ONE_TO_ONE);
        UUID onboarding = programme(run, "New-hire onboarding", ONBOARDING_GOALS, ProgrammeType.GROUP);

        List<Member> mentors = slice(mentorPool, RUNNING.mentorOffset(), RUNNING.mentors());
        List<Member> mentees = slice(menteePool, RUNNING.menteeOffset(), RUNNING.mentees());
        Cohort running = cohort(run, growth, RUNNING, mentors, mentees);
        enrolments.changeCapacity(run.admin(), running.id(), running.participantOf(mentors.get(1)),
                run.valid(new CapacityRequest(4)));
        enrolments.withdraw(run.admin(), running.id(), running.participantOf(mentees.get(5)),
                run.valid(new WithdrawRequest("Moved to a customer-facing role and no longer has time this cohort")));

        List<Member> enrollingMentors = slice(mentorPool, ENROLLING.mentorOffset(), ENROLLING.mentors() - 1);
        List<Member> enrollingMentees = slice(menteePool, ENROLLING.menteeOffset(), ENROLLING.mentees() - 1);
        cohort(run, growth, ENROLLING, withFirst(newcomers.mentor(), enrollingMentors),
                withFirst(newcomers.mentee(), enrollingMentees));
        cohort(run, onboarding, FINISHED, slice(mentorPool, FINISHED.mentorOffset(), FINISHED.mentors()),
                slice(menteePool, FINISHED.menteeOffset(), FINISHED.mentees()));
        return new Seeded(running.id(), mentors, mentees, enrollingMentors, enrollingMentees);
    }

    private UUID programme(DemoRun run, String name, String goals, ProgrammeType type) {
        ProgrammeRequest request = new ProgrammeRequest(name, goals, type, run.admin().personId(), ProgrammeStatus.ACTIVE);
        return programmes.create(run.admin(), run.valid(request)).id();
    }

    /** A seeded cohort and its participants' ids by person id. */
    private record Cohort(UUID id, Map<UUID, UUID> participants) {

        UUID participantOf(Member member) {
            return participants.get(member.id());
        }
    }

    /** Opens the cohort for enrolment, enrols its people, then moves it on as far as the plan says. */
    private Cohort cohort(DemoRun run, UUID programmeId, Plan plan, List<Member> mentors, List<Member> mentees) {
        CohortRequest request = new CohortRequest(plan.name(), run.today().plusDays(plan.startDay()),
                run.today().plusDays(plan.endDay()), plan.cadence(), plan.capacity(), CohortStatus.ENROLLING,
                plan.weights());
        UUID id = cohorts.create(run.admin(), programmeId, run.valid(request)).id();
        Map<UUID, UUID> participants = new HashMap<>();
        mentors.forEach(m -> participants.put(m.id(),
                enrol(run, id, m, ParticipantRole.MENTOR, run.between(plan.minPlaces(), plan.maxPlaces()))));
        mentees.forEach(m -> participants.put(m.id(), enrol(run, id, m, ParticipantRole.MENTEE, null)));
        if (plan.finalStatus() != CohortStatus.ENROLLING) {
            moveTo(run, id, CohortStatus.RUNNING);
        }
        if (plan.finalStatus() == CohortStatus.FINISHED) {
            moveTo(run, id, CohortStatus.FINISHED);
        }
        return new Cohort(id, participants);
    }

    private UUID enrol(DemoRun run, UUID cohortId, Member member, ParticipantRole role, Integer places) {
        return enrolments.enrol(run.admin(), cohortId, run.valid(new EnrolRequest(member.id(), role, places))).id();
    }

    private void moveTo(DemoRun run, UUID cohortId, CohortStatus status) {
        cohorts.patch(run.admin(), cohortId, JsonNode.createObjectNode(Map.of("status",
                JsonNode.createStringNode(status.name()))));
    }

    private static List<Member> withFirst(Member first, List<Member> others) {
        return Stream.concat(Stream.of(first), others.stream()).toList();
    }

    /** {@code count} people from the pool starting at {@code offset}, wrapping round a small pool. */
    private static List<Member> slice(List<Member> pool, int offset, int count) {
        return IntStream.range(0, Math.min(count, pool.size())).mapToObj(i -> pool.get((offset + i) % pool.size()))
                .toList();
    }
}
