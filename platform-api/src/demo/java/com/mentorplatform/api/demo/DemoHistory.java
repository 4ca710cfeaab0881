package com.mentorplatform.api.demo;

import com.mentorplatform.api.synthetic.HistoryGenerator;
import com.mentorplatform.api.synthetic.HistoryReport;
import com.mentorplatform.api.synthetic.HistoryShape;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * Gives a demo tenant years of history worth analysing, after everything else is seeded: about 900
 * people who joined (and some left) over ten years, and twenty earlier quarterly cohorts of fifteen
 * mentees, all finished before today, in a programme of their own ("Career Mentoring"). The seeded
 * people, logins and cohorts stay exactly as they are; the new people's names and e-mails
 * ({@code first.last.h<n>@<slug>.example}) never match theirs.
 */
@Singleton
class DemoHistory {

    static final String PROGRAMME = "Career Mentoring";
    static final int PEOPLE = 900;
    static final int COHORTS = 20;
    static final int MENTEES_PER_COHORT = 15;
    static final int COHORT_WEEKS = 26;

    private final HistoryGenerator generator;

    DemoHistory(HistoryGenerator generator) {
        this.generator = generator;
    }

    /**
     * Adds the history to a seeded demo tenant: its cohorts meet as often as the running one, and the admin owns
     * their programme.
     */
    HistoryReport seed(DemoTenant.Seeded tenant, LocalDate today) {
        // The latest cohort starts at least a month plus its length before today, so all of them have finished.
        LocalDate latestStart = today.minusWeeks(COHORT_WEEKS).minusDays(30);
        return generator.generate(tenant.tenantId(), new HistoryShape(tenant.slug().hashCode(), PEOPLE, 10, COHORTS, 4,
                MENTEES_PER_COHORT, COHORT_WEEKS, tenant.runningCadenceDays(), today, latestStart,
                tenant.slug() + ".example", PROGRAMME, tenant.adminId()));
    }
}
