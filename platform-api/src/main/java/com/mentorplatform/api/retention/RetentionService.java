package com.mentorplatform.api.retention;

import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.analytics.retention.Estimate;
import com.mentorplatform.analytics.retention.KaplanMeier;
import com.mentorplatform.analytics.retention.LogRank;
import com.mentorplatform.analytics.retention.SurvivalCurve;
import com.mentorplatform.analytics.retention.SurvivalDifference;
import com.mentorplatform.analytics.retention.TimeCount;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.programmes.ProgrammeScopes;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.snapshot.AnalyticsSnapshots;
import com.mentorplatform.api.snapshot.ArmTimeCount;
import com.mentorplatform.api.snapshot.HorizonOutcome;
import com.mentorplatform.api.snapshot.MatchingSummary;
import com.mentorplatform.api.snapshot.SnapshotFilter;
import com.mentorplatform.api.snapshot.SnapshotInfo;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds HR's retention report from the snapshot's follow-up counts; the maths is the analytics module's. */
@Singleton
class RetentionService {

    static final String CAVEAT = "People choose to join a programme, so a difference in retention is an association, "
            + "not proof that mentoring caused it. People who have not yet reached a horizon are censored, never "
            + "counted as having stayed; the comparison group is matched on department, level and tenure at the "
            + "cohort start.";
    static final double DAYS_PER_MONTH = 30.44;
    private static final int[] HORIZON_MONTHS = {6, 12, 24};
    private static final String PARTICIPANT = "PARTICIPANT";
    private static final String COMPARISON = "COMPARISON";

    private final AnalyticsSnapshots snapshots;
    private final ProgrammeScopes programmeScopes;
    private final TenantScope tenantScope;

    RetentionService(AnalyticsSnapshots snapshots, ProgrammeScopes programmeScopes, TenantScope tenantScope) {
        this.snapshots = snapshots;
        this.programmeScopes = programmeScopes;
        this.tenantScope = tenantScope;
    }

    RetentionReport report(Caller caller, @Nullable UUID programmeId, @Nullable UUID cohortId) {
        HrOnly.require(caller);
        UUID tenantId = caller.tenantId();
        SnapshotFilter filter = new SnapshotFilter(programmeId, cohortId, null);
        tenantScope.read(tenantId, () -> {
            programmeScopes.require(tenantId, programmeId, cohortId);
            return null;
        });
        SnapshotInfo info = snapshots.current(tenantId);
        return tenantScope.readReport(tenantId, () -> {
            Map<String, List<TimeCount>> counts = snapshots.survival(tenantId, filter).stream().collect(
                    Collectors.groupingBy(ArmTimeCount::arm, Collectors.mapping(
                            c -> new TimeCount(c.time(), c.events(), c.censored()), Collectors.toList())));
            List<TimeCount> participants = counts.getOrDefault(PARTICIPANT, List.of());
            List<TimeCount> comparison = counts.getOrDefault(COMPARISON, List.of());
            SurvivalCurve p = KaplanMeier.estimate(participants);
            SurvivalCurve c = KaplanMeier.estimate(comparison);
            MatchingSummary matching = snapshots.matching(tenantId, filter);
            return new RetentionReport(info.refreshedAt(), CAVEAT, arm(p), arm(c),
                    new RetentionReport.Matching(matching.strata(), matching.strataDropped(),
                            matching.participantsDropped()),
                    curve(p, c), horizons(p, c), logRank(participants, comparison),
                    outcomes(snapshots.outcomes(tenantId, filter)));
        });
    }

    private static RetentionReport.Arm arm(SurvivalCurve curve) {
        return new RetentionReport.Arm(curve.subjects(), curve.events());
    }

    /** Month by month up to the longest follow-up of either group. */
    private static List<RetentionReport.CurvePoint> curve(SurvivalCurve p, SurvivalCurve c) {
        int lastMonth = (int) Math.floor(Math.max(p.lastTime(), c.lastTime()) / DAYS_PER_MONTH);
        List<RetentionReport.CurvePoint> points = new ArrayList<>();
        for (int month = 0; month <= lastMonth; month++) {
            int days = days(month);
            Estimate a = p.at(days);
            Estimate b = c.at(days);
            points.add(new RetentionReport.CurvePoint(month, value(a, a.survival()), value(a, a.lower()),
                    value(a, a.upper()), value(b, b.survival()), value(b, b.lower()), value(b, b.upper())));
        }
        return points;
    }

    private static List<RetentionReport.Horizon> horizons(SurvivalCurve p, SurvivalCurve c) {
        List<RetentionReport.Horizon> horizons = new ArrayList<>();
        for (int months : HORIZON_MONTHS) {
            int days = days(months);
            Estimate a = p.at(days);
            Estimate b = c.at(days);
            var difference = SurvivalDifference.at(p, c, days);
            horizons.add(new RetentionReport.Horizon(months, value(a, a.survival()), value(a, a.lower()),
                    value(a, a.upper()), a.observed() ? a.atRisk() : 0, value(b, b.survival()), value(b, b.lower()),
                    value(b, b.upper()), b.observed() ? b.atRisk() : 0,
                    difference.map(d -> Ratio.round(d.difference())).orElse(null),
                    difference.map(d -> Ratio.round(d.lower())).orElse(null),
                    difference.map(d -> Ratio.round(d.upper())).orElse(null)));
        }
        return horizons;
    }

    private static RetentionReport.LogRank logRank(List<TimeCount> participants, List<TimeCount> comparison) {
        if (participants.isEmpty() || comparison.isEmpty()) {
            return null;
        }
        LogRank.Result result = LogRank.test(participants, comparison);
        return Double.isFinite(result.chiSquare()) ? new RetentionReport.LogRank(result.chiSquare(), result.pValue())
                : null;
    }

    private static List<RetentionReport.Outcomes> outcomes(List<HorizonOutcome> rows) {
        Map<String, HorizonOutcome> byArmAndMonths = rows.stream()
                .collect(Collectors.toMap(r -> r.arm() + r.months(), r -> r));
        List<RetentionReport.Outcomes> outcomes = new ArrayList<>();
        for (int months : HORIZON_MONTHS) {
            HorizonOutcome p = byArmAndMonths.get(PARTICIPANT + months);
            HorizonOutcome c = byArmAndMonths.get(COMPARISON + months);
            outcomes.add(new RetentionReport.Outcomes(months, rate(p, HorizonOutcome::promoted), eligible(p),
                    rate(c, HorizonOutcome::promoted), eligible(c), rate(p, HorizonOutcome::moved),
                    rate(c, HorizonOutcome::moved)));
        }
        return outcomes;
    }

    private static Double rate(@Nullable HorizonOutcome row, java.util.function.ToIntFunction<HorizonOutcome> count) {
        return row == null ? null : Ratio.of(count.applyAsInt(row), row.eligible());
    }

    private static int eligible(@Nullable HorizonOutcome row) {
        return row == null ? 0 : row.eligible();
    }

    private static int days(int months) {
        return (int) Math.round(months * DAYS_PER_MONTH);
    }

    private static Double value(Estimate estimate, double value) {
        return estimate.observed() && Double.isFinite(value) ? Ratio.round(value) : null;
    }
}
