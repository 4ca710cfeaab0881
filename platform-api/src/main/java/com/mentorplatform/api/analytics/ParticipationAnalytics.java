package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.MatchRate;
import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.analytics.kpi.ScoreBand;
import com.mentorplatform.api.analytics.ParticipationReport.CohortParticipation;
import com.mentorplatform.api.analytics.ParticipationReport.ParticipationSummary;
import com.mentorplatform.api.analytics.ParticipationReport.ScoreBandRow;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Participation of a scope in five queries, however many people and pairs it covers. */
@Singleton
class ParticipationAnalytics {

    /** The runs shown for matching quality over time stop here. */
    static final int RUN_LIMIT = 200;

    private static final String[] BOUNDS = ScoreBand.sqlBounds();

    private final ParticipationRepository participation;
    private final ReportScopes scopes;
    private final TenantScope tenantScope;

    ParticipationAnalytics(ParticipationRepository participation, ReportScopes scopes, TenantScope tenantScope) {
        this.participation = participation;
        this.scopes = scopes;
        this.tenantScope = tenantScope;
    }

    ParticipationReport report(ReportScope s) {
        return tenantScope.readReport(s.tenantId(), () -> {
            scopes.requireKnown(s);
            List<ParticipationRows.Cohort> cohorts = participation.cohorts(s.tenantId(), s.programme(), s.cohort());
            ParticipationRows.Endings endings = participation.endings(s.tenantId(), s.programme(), s.cohort(),
                    s.start(), s.end());
            Map<Integer, ParticipationRows.Band> bands = participation.scoreBands(s.tenantId(), s.programme(),
                    s.cohort(), BOUNDS).stream().collect(Collectors.toMap(ParticipationRows.Band::band, Function.identity()));
            return new ParticipationReport(s.response(), summary(cohorts.get(0), endings),
                    cohorts.subList(1, cohorts.size()).stream().map(ParticipationAnalytics::cohort).toList(),
                    participation.endReasons(s.tenantId(), s.programme(), s.cohort(), s.start(), s.end()),
                    Arrays.stream(ScoreBand.values()).map(b -> band(b, bands.get(b.ordinal()))).toList(),
                    participation.runs(s.tenantId(), s.programme(), s.cohort(), RUN_LIMIT));
        });
    }

    private static ParticipationSummary summary(ParticipationRows.Cohort all, ParticipationRows.Endings endings) {
        return new ParticipationSummary(all.enrolledMentees(), all.matchedMentees(),
                MatchRate.of(all.matchedMentees(), all.enrolledMentees()), MatchRate.TARGET,
                endings.medianDaysToFirstPair(), all.mentors(), all.mentorSeats(),
                Ratio.of(all.openPairs(), all.mentorSeats()), endings.pairsEnded(), endings.endedEarly(),
                Ratio.of(endings.endedEarly(), endings.pairsEnded()));
    }

    private static CohortParticipation cohort(ParticipationRows.Cohort c) {
        return new CohortParticipation(c.cohortId(), c.cohortName(), c.enrolledMentees(), c.matchedMentees(),
                MatchRate.of(c.matchedMentees(), c.enrolledMentees()), c.mentors(), c.mentorSeats(), c.activePairs());
    }

    private static ScoreBandRow band(ScoreBand band, ParticipationRows.Band counts) {
        long pairs = counts == null ? 0 : counts.pairs();
        long endedEarly = counts == null ? 0 : counts.endedEarly();
        return new ScoreBandRow(band.label(), pairs, endedEarly, Ratio.of(endedEarly, pairs));
    }
}
