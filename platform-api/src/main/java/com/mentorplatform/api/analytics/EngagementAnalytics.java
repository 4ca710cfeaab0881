package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.Cadence;
import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.api.analytics.EngagementReport.EngagementMonth;
import com.mentorplatform.api.analytics.EngagementReport.EngagementSummary;
import com.mentorplatform.api.analytics.EngagementReport.HeatmapCell;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/** Engagement of a scope in five queries, however many pairs and check-ins it covers. */
@Singleton
class EngagementAnalytics {

    /** The attention list stops here; the drill-down pages through the rest. */
    static final int ATTENTION_LIMIT = 50;

    private static final int BY_COHORT_AND_MONTH = 0;
    private static final int BY_MONTH = 2;
    private static final int IN_ALL = 3;

    private final EngagementRepository engagement;
    private final ReportScopes scopes;
    private final TenantScope tenantScope;

    EngagementAnalytics(EngagementRepository engagement, ReportScopes scopes, TenantScope tenantScope) {
        this.engagement = engagement;
        this.scopes = scopes;
        this.tenantScope = tenantScope;
    }

    EngagementReport report(ReportScope s) {
        return tenantScope.readReport(s.tenantId(), () -> {
            scopes.requireKnown(s);
            UUID t = s.tenantId();
            Map<Key, EngagementRows.PairTime> time = engagement.pairTime(t, s.programme(), s.cohort(), s.from(), s.to(),
                    s.start(), s.end(), s.nowText()).stream().collect(byKey(p -> new Key(p.level(), p.cohortId(), p.month())));
            Map<Key, EngagementRows.CheckIns> held = engagement.checkIns(t, s.programme(), s.cohort(), s.start(), s.end())
                    .stream().collect(byKey(c -> new Key(c.level(), c.cohortId(), c.month())));
            Map<Key, EngagementRows.Activity> activity = engagement.activity(t, s.programme(), s.cohort(), s.from(),
                    s.to(), s.start(), s.end(), s.nowText()).stream()
                    .collect(byKey(a -> new Key(a.level() == 0 ? BY_MONTH : IN_ALL, null, a.month())));
            EngagementRows.Figures figures = engagement.figures(t, s.programme(), s.cohort(), s.nowText(), s.start(),
                    s.end(), s.previousStart());
            return new EngagementReport(s.response(), summary(s, time, held, activity, figures), monthly(s, time, held,
                    activity), heatmap(time, held), engagement.attention(t, s.programme(), s.cohort(), s.nowText(),
                    ATTENTION_LIMIT));
        });
    }

    private static EngagementSummary summary(ReportScope s, Map<Key, EngagementRows.PairTime> time,
                                             Map<Key, EngagementRows.CheckIns> held,
                                             Map<Key, EngagementRows.Activity> activity,
                                             EngagementRows.Figures f) {
        Key all = new Key(IN_ALL, null, null);
        EngagementRows.PairTime pairTime = time.getOrDefault(all, noTime(all));
        EngagementRows.CheckIns checkIns = held.getOrDefault(all, noCheckIns(all));
        EngagementRows.Activity acts = activity.getOrDefault(all, new EngagementRows.Activity(1, null, 0, 0, 0));
        double menteeDays = (double) acts.mentees() * s.days();
        return new EngagementSummary(f.activePairsNow(), pairTime.activePairs(), checkIns.held(),
                f.checkInsHeldPrevious(), Cadence.perPairMonth(checkIns.held(), pairTime.pairDays()),
                Cadence.perPairMonth(pairTime.expectedCheckIns(), pairTime.pairDays()),
                Ratio.of(f.activeMetRecently(), f.activePairsNow()), f.overduePairs(), checkIns.averageRating(),
                checkIns.ratings(), Cadence.perPairMonth(acts.journalEntries(), menteeDays),
                Cadence.perPairMonth(acts.evidence(), menteeDays), f.experimentsClosed(), f.sponsorshipFlags(),
                f.endedEarly());
    }

    /** Every month of the period, in order, with zeros where nothing happened. */
    private static List<EngagementMonth> monthly(ReportScope s, Map<Key, EngagementRows.PairTime> time,
                                                 Map<Key, EngagementRows.CheckIns> held,
                                                 Map<Key, EngagementRows.Activity> activity) {
        List<EngagementMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(s.period().to());
        for (YearMonth m = YearMonth.from(s.period().from()); !m.isAfter(last); m = m.plusMonths(1)) {
            Key key = new Key(BY_MONTH, null, m.toString());
            EngagementRows.PairTime p = time.getOrDefault(key, noTime(key));
            EngagementRows.CheckIns c = held.getOrDefault(key, noCheckIns(key));
            EngagementRows.Activity a = activity.getOrDefault(key, new EngagementRows.Activity(0, key.month(), 0, 0, 0));
            months.add(new EngagementMonth(key.month(), p.activePairs(), c.held(),
                    Cadence.perPairMonth(c.held(), p.pairDays()), Cadence.perPairMonth(p.expectedCheckIns(), p.pairDays()),
                    a.journalEntries(), a.evidence(), c.averageRating()));
        }
        return months;
    }

    private static List<HeatmapCell> heatmap(Map<Key, EngagementRows.PairTime> time,
                                             Map<Key, EngagementRows.CheckIns> held) {
        return time.values().stream().filter(p -> p.level() == BY_COHORT_AND_MONTH)
                .map(p -> {
                    Key key = new Key(BY_COHORT_AND_MONTH, p.cohortId(), p.month());
                    long checkIns = held.getOrDefault(key, noCheckIns(key)).held();
                    return new HeatmapCell(p.cohortId(), p.cohortName(), p.month(), p.activePairs(), checkIns,
                            Cadence.perPairMonth(checkIns, p.pairDays()));
                })
                .sorted(Comparator.comparing(HeatmapCell::month).thenComparing(HeatmapCell::cohortName))
                .toList();
    }

    private static EngagementRows.PairTime noTime(Key key) {
        return new EngagementRows.PairTime(key.level(), key.cohortId(), null, key.month(), 0, 0, 0);
    }

    private static EngagementRows.CheckIns noCheckIns(Key key) {
        return new EngagementRows.CheckIns(key.level(), key.cohortId(), key.month(), 0, null, 0);
    }

    private static <T> Collector<T, ?, Map<Key, T>> byKey(Function<T, Key> key) {
        return Collectors.toMap(key, Function.identity());
    }

    /** A grouped row's place: its grouping level, cohort and month (null where grouped away). */
    private record Key(int level, UUID cohortId, String month) {
    }
}
