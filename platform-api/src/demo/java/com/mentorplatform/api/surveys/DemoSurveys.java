package com.mentorplatform.api.surveys;

import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Answers to the fit survey the running cohort's first check-ins asked for, given by each person through the
 * survey service, so HR's survey results are not empty: most find their pair a good fit, a few do not, some
 * add a comment. The demo mentor and mentee leave theirs waiting, so a walk-through sees the banner.
 */
@Singleton
class DemoSurveys implements DemoStep {

    /** About one in seven says the pair is not a good fit. */
    private static final double NOT_A_FIT = 0.15;
    private static final double COMMENTS = 0.3;
    private static final List<String> GOOD = List.of(
            "We found our rhythm quickly and the first session already gave me two concrete next steps.",
            "Clear goals from the start; I leave every meeting with something to try.",
            "Good match: the experience is close to what I want to grow into.");
    private static final List<String> POOR = List.of(
            "Our schedules barely overlap, which makes it hard to keep a cadence.",
            "Friendly, but the experience is far from the role I am aiming for.");

    private final PairService pairs;
    private final SurveyAnswers surveys;
    private final TenantScope tenantScope;

    DemoSurveys(PairService pairs, SurveyAnswers surveys, TenantScope tenantScope) {
        this.pairs = pairs;
        this.surveys = surveys;
        this.tenantScope = tenantScope;
    }

    @Override
    public int order() {
        return 1300;
    }

    /** Answers the waiting FIT surveys of the running cohort's open pairs. */
    @Override
    public void seed(DemoWorld world) {
        UUID tenantId = world.tenantId();
        UUID cohortId = world.get(DemoWorld.COHORTS).running();
        UUID demoMentor = world.logins().mentor();
        UUID demoMentee = world.logins().mentee();
        world.count("fit survey answers", tenantScope.write(tenantId, () -> {
            int answered = 0;
            for (PairService.OpenPair pair : pairs.openPairs(tenantId, cohortId)) {
                if (!pair.mentorId().equals(demoMentor) && !pair.menteeId().equals(demoMentee)) {
                    answered += answer(world, new Caller(pair.mentorId(), tenantId, EnumSet.of(Role.MENTOR)));
                    answered += answer(world, new Caller(pair.menteeId(), tenantId, EnumSet.of(Role.MENTEE)));
                }
            }
            return answered;
        }));
    }

    private int answer(DemoWorld world, Caller person) {
        int answered = 0;
        for (WaitingSurvey survey : surveys.waiting(person)) {
            if (survey.kind() == SurveyKind.FIT) {
                boolean fit = world.random().nextDouble() >= NOT_A_FIT;
                String comment = world.random().nextDouble() < COMMENTS
                        ? (fit ? GOOD : POOR).get(world.random().nextInt((fit ? GOOD : POOR).size())) : null;
                surveys.answer(person, survey.id(), new AnswerRequest(fit, null, null, null, null, comment));
                answered++;
            }
        }
        return answered;
    }
}
