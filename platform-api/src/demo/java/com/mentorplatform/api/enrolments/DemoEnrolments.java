package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The three cohorts' people, enrolled by the demo admin from the pools: the running cohort with a capacity change
 * and a withdrawal in its history, the enrolling cohort with the two newcomers first, and the finished one.
 */
@Singleton
class DemoEnrolments implements DemoStep {

    /**
     * Who a cohort enrols: mentees and mentors taken from the pools at the offsets given, mentors offering between
     * {@code minPlaces} and {@code maxPlaces} places.
     */
    private record Plan(int menteeOffset, int mentees, int mentorOffset, int mentors, int minPlaces, int maxPlaces) {
    }

    private static final Plan RUNNING = new Plan(0, 43, 0, 22, 2, 3);
    private static final Plan ENROLLING = new Plan(43, 10, 22, 5, 2, 2);
    private static final Plan FINISHED = new Plan(53, 15, 8, 6, 3, 3);

    private final EnrolmentService enrolments;

    DemoEnrolments(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public int order() {
        return 400;
    }

    /**
     * Leaves the running cohort's people (the withdrawn mentee included) and the pools' people of the enrolling
     * cohort (not the newcomers): both groups get profiles, as matching reads them.
     */
    @Override
    public void seed(DemoWorld world) {
        DemoWorld.Cohorts cohorts = world.get(DemoWorld.COHORTS);
        List<Member> mentorPool = world.get(DemoWorld.MENTOR_POOL);
        List<Member> menteePool = world.get(DemoWorld.MENTEE_POOL);

        List<Member> mentors = slice(mentorPool, RUNNING.mentorOffset(), RUNNING.mentors());
        List<Member> mentees = slice(menteePool, RUNNING.menteeOffset(), RUNNING.mentees());
        Map<UUID, UUID> running = enrol(world, cohorts.running(), RUNNING, mentors, mentees);
        enrolments.changeCapacity(world.admin(), cohorts.running(), running.get(mentors.get(1).id()),
                world.valid(new CapacityRequest(4)));
        enrolments.withdraw(world.admin(), cohorts.running(), running.get(mentees.get(5).id()),
                world.valid(new WithdrawRequest("Moved to a customer-facing role and no longer has time this cohort")));
        world.put(DemoWorld.RUNNING_MENTORS, mentors);
        world.put(DemoWorld.RUNNING_MENTEES, mentees);
        world.count("mentors in the running cohort", mentors.size());
        world.count("mentees in the running cohort", mentees.size());

        List<Member> enrollingMentors = slice(mentorPool, ENROLLING.mentorOffset(), ENROLLING.mentors() - 1);
        List<Member> enrollingMentees = slice(menteePool, ENROLLING.menteeOffset(), ENROLLING.mentees() - 1);
        enrol(world, cohorts.enrolling(), ENROLLING, withFirst(world.logins().newMentor(), enrollingMentors),
                withFirst(world.logins().newMentee(), enrollingMentees));
        world.put(DemoWorld.ENROLLING_MENTORS, enrollingMentors);
        world.put(DemoWorld.ENROLLING_MENTEES, enrollingMentees);

        enrol(world, cohorts.finished(), FINISHED, slice(mentorPool, FINISHED.mentorOffset(), FINISHED.mentors()),
                slice(menteePool, FINISHED.menteeOffset(), FINISHED.mentees()));
    }

    /** Enrols the mentors, then the mentees; answers their participant ids by person id. */
    private Map<UUID, UUID> enrol(DemoWorld world, UUID cohortId, Plan plan, List<Member> mentors,
                                  List<Member> mentees) {
        Map<UUID, UUID> participants = new HashMap<>();
        mentors.forEach(m -> participants.put(m.id(), enrol(world, cohortId, m, ParticipantRole.MENTOR,
                world.between(plan.minPlaces(), plan.maxPlaces()))));
        mentees.forEach(m -> participants.put(m.id(), enrol(world, cohortId, m, ParticipantRole.MENTEE, null)));
        return participants;
    }

    private UUID enrol(DemoWorld world, UUID cohortId, Member member, ParticipantRole role, Integer places) {
        return enrolments.enrol(world.admin(), cohortId, world.valid(new EnrolRequest(member.id(), role, places)))
                .id();
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
