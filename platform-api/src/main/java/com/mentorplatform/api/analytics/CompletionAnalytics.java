package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.api.analytics.CompletionReport.CohortCompletion;
import com.mentorplatform.api.analytics.CompletionReport.CompletionSummary;
import com.mentorplatform.api.analytics.CompletionReport.CompletionWeek;
import com.mentorplatform.api.analytics.CompletionReport.FunnelStep;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.List;

/** Milestone completion of a scope, in three queries however many roadmaps it covers. */
@Singleton
class CompletionAnalytics {

    private static final int LAST_STEP = 5;

    private final CompletionRepository completion;
    private final ReportScopes scopes;
    private final TenantScope tenantScope;

    CompletionAnalytics(CompletionRepository completion, ReportScopes scopes, TenantScope tenantScope) {
        this.completion = completion;
        this.scopes = scopes;
        this.tenantScope = tenantScope;
    }

    CompletionReport report(ReportScope s) {
        return tenantScope.readReport(s.tenantId(), () -> {
            scopes.requireKnown(s);
            List<CompletionRows.Counts> counts = completion.counts(s.tenantId(), s.programme(), s.cohort(),
                    s.today(), s.start(), s.end(), s.previousStart());
            List<FunnelStep> funnel = completion.funnel(s.tenantId(), s.programme(), s.cohort()).stream()
                    .map(CompletionAnalytics::step).toList();
            List<CompletionWeek> trend = completion.trend(s.tenantId(), s.programme(), s.cohort(), s.from(), s.to(),
                            s.end()).stream()
                    .map(w -> new CompletionWeek(w.weekStarting(), w.reached(), w.reachedOnTime(), w.cumulativeReached()))
                    .toList();
            return new CompletionReport(s.response(), summary(counts.get(0)), funnel, trend,
                    counts.subList(1, counts.size()).stream().map(CompletionAnalytics::cohort).toList());
        });
    }

    private static CompletionSummary summary(CompletionRows.Counts t) {
        return new CompletionSummary(t.milestones(), t.planned(), t.inProgress(), t.reached(), t.reachedOnTime(),
                t.endorsed(), t.overdue(), t.dropped(), Ratio.of(t.reached(), t.milestones()),
                Ratio.of(t.reachedOnTime(), t.reached()), t.reachedInPeriod(), t.reachedInPreviousPeriod());
    }

    private static CohortCompletion cohort(CompletionRows.Counts c) {
        return new CohortCompletion(c.cohortId(), c.cohortName(), c.programmeName(), c.milestones(), c.reached(),
                c.reachedOnTime(), c.overdue(), Ratio.of(c.reached(), c.milestones()));
    }

    private static FunnelStep step(CompletionRows.Step s) {
        String label = s.position() == LAST_STEP ? LAST_STEP + "+" : Integer.toString(s.position());
        return new FunnelStep(s.position(), label, s.roadmaps(), s.reached(), Ratio.of(s.reached(), s.roadmaps()));
    }
}
