package com.mentorplatform.api.programmes;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Two programmes and three cohorts in every state a programme manager meets: one running, one enrolling and one
 * finished a year ago. All three open for enrolment here; enrolments fills them, then {@link DemoCohortsUnderway}
 * moves them on.
 */
@Singleton
class DemoProgrammes implements DemoStep {

    private static final String GROWTH_GOALS = "Grow engineers towards their next role through one-to-one mentoring "
            + "with experienced colleagues from other teams.";
    private static final String ONBOARDING_GOALS = "Help new joiners find their feet: a mentor and a small group "
            + "of peers for their first months.";
    /** Ranks a shared language and time zone higher than the defaults: the autumn cohort spans continents. */
    private static final CohortMatchingWeights AUTUMN_WEIGHTS = new CohortMatchingWeights(new BigDecimal("0.30"),
            new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.20"), new BigDecimal("0.15"),
            new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.05"), false, true);

    /** A cohort to seed. Days are relative to today. */
    private record Plan(String name, int startDay, int endDay, int cadence, int capacity,
                        CohortMatchingWeights weights) {
    }

    /** How often the running cohort's pairs are expected to meet. */
    private static final int RUNNING_CADENCE_DAYS = 14;
    private static final Plan RUNNING = new Plan("Spring 2027", -91, 183, RUNNING_CADENCE_DAYS, 50, null);
    private static final Plan ENROLLING = new Plan("Autumn 2027", 30, 212, 21, 30, AUTUMN_WEIGHTS);
    private static final Plan FINISHED = new Plan("Onboarding 2025/26", -456, -365, 7, 20, null);

    private final ProgrammeService programmes;
    private final CohortService cohorts;

    DemoProgrammes(ProgrammeService programmes, CohortService cohorts) {
        this.programmes = programmes;
        this.cohorts = cohorts;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoWorld world) {
        UUID growth = programme(world, "Engineering Growth 2027", GROWTH_GOALS, ProgrammeType.ONE_TO_ONE);
        UUID onboarding = programme(world, "New-hire onboarding", ONBOARDING_GOALS, ProgrammeType.GROUP);
        world.put(DemoWorld.COHORTS, new DemoWorld.Cohorts(cohort(world, growth, RUNNING),
                cohort(world, growth, ENROLLING), cohort(world, onboarding, FINISHED)));
        world.put(DemoWorld.RUNNING_CADENCE_DAYS, RUNNING_CADENCE_DAYS);
    }

    private UUID programme(DemoWorld world, String name, String goals, ProgrammeType type) {
        ProgrammeRequest request = new ProgrammeRequest(name, goals, type, world.admin().personId(),
                ProgrammeStatus.ACTIVE);
        return programmes.create(world.admin(), world.valid(request)).id();
    }

    private UUID cohort(DemoWorld world, UUID programmeId, Plan plan) {
        CohortRequest request = new CohortRequest(plan.name(), world.today().plusDays(plan.startDay()),
                world.today().plusDays(plan.endDay()), plan.cadence(), plan.capacity(), CohortStatus.ENROLLING,
                plan.weights());
        return cohorts.create(world.admin(), programmeId, world.valid(request)).id();
    }
}
