package com.mentorplatform.api.leadership;

import com.mentorplatform.analytics.kpi.Cadence;
import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.analytics.retention.Estimate;
import com.mentorplatform.analytics.retention.SurvivalCurve;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.snapshot.GroupFigures;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KPI family of the leader reports: its columns, and how a group's counts (and, for retention, its survival
 * curve) become their values. Every figure is a sum over the group, or a ratio of two such sums; a ratio over
 * fewer than the threshold's people (those followed for a year, say) is left out rather than shown.
 */
enum Family {
    PARTICIPATION("participation", List.of(
            new LeaderTable.Column("participants", "Participants", ColumnFormat.COUNT),
            new LeaderTable.Column("matchRate", "Matched with a mentor", ColumnFormat.PERCENT),
            new LeaderTable.Column("earlyEndingRate", "Pairs ended early", ColumnFormat.PERCENT))),
    COMPLETION("completion", List.of(
            new LeaderTable.Column("participants", "Participants", ColumnFormat.COUNT),
            new LeaderTable.Column("milestones", "Milestones planned", ColumnFormat.COUNT),
            new LeaderTable.Column("reachedRate", "Milestones reached", ColumnFormat.PERCENT),
            new LeaderTable.Column("onTimeRate", "Reached on time", ColumnFormat.PERCENT))),
    ENGAGEMENT("engagement", List.of(
            new LeaderTable.Column("participants", "Participants", ColumnFormat.COUNT),
            new LeaderTable.Column("checkInsPerPairMonth", "Check-ins per pair-month", ColumnFormat.DECIMAL),
            new LeaderTable.Column("cadenceKept", "Check-ins against the cadence", ColumnFormat.PERCENT),
            new LeaderTable.Column("journalPerParticipant", "Journal entries per participant", ColumnFormat.DECIMAL))),
    RETENTION("retention", List.of(
            new LeaderTable.Column("participants", "Participants", ColumnFormat.COUNT),
            new LeaderTable.Column("employed6", "Still employed after 6 months", ColumnFormat.PERCENT),
            new LeaderTable.Column("employed12", "Still employed after 12 months", ColumnFormat.PERCENT),
            new LeaderTable.Column("employed24", "Still employed after 24 months", ColumnFormat.PERCENT),
            new LeaderTable.Column("promoted12", "Promoted within 12 months", ColumnFormat.PERCENT)));

    /** The longest retention horizon a leader table shows, in days. */
    static final int LONGEST_HORIZON_DAYS = 730;

    final String key;
    final List<LeaderTable.Column> columns;

    Family(String key, List<LeaderTable.Column> columns) {
        this.key = key;
        this.columns = columns;
    }

    /** An unknown family is a route that does not exist. */
    static Family parse(String family) {
        return Arrays.stream(values()).filter(f -> f.key.equals(family)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Report family '" + family + "'"));
    }

    /** The group's figures; {@code curve} is its survival curve (retention only, else null). */
    Map<String, Double> values(GroupFigures g, @Nullable SurvivalCurve curve, int threshold) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("participants", (double) g.participants());
        switch (this) {
            case PARTICIPATION -> {
                put(values, "matchRate", Ratio.of(g.matched(), g.participants()));
                put(values, "earlyEndingRate", g.paired() < threshold ? null : Ratio.of(g.endedEarly(), g.paired()));
            }
            case COMPLETION -> {
                values.put("milestones", (double) g.milestones());
                put(values, "reachedRate", Ratio.of(g.milestonesReached(), g.milestones()));
                put(values, "onTimeRate", Ratio.of(g.reachedOnTime(), g.milestonesReached()));
            }
            case ENGAGEMENT -> {
                put(values, "checkInsPerPairMonth", Cadence.perPairMonth(g.checkInsHeld(), g.pairDays()));
                put(values, "cadenceKept", g.expectedCheckIns() > 0
                        ? Ratio.round(g.checkInsHeld() / g.expectedCheckIns()) : null);
                put(values, "journalPerParticipant", Ratio.of(g.journalEntries(), g.participants()));
            }
            case RETENTION -> {
                put(values, "employed6", stillEmployed(curve, 183, threshold));
                put(values, "employed12", stillEmployed(curve, 365, threshold));
                put(values, "employed24", stillEmployed(curve, LONGEST_HORIZON_DAYS, threshold));
                put(values, "promoted12", g.promotionEligible() < threshold ? null
                        : Ratio.of(g.promoted(), g.promotionEligible()));
            }
        }
        return values;
    }

    /** The Kaplan–Meier estimate at the horizon, given only when at least {@code threshold} people reached it. */
    private static Double stillEmployed(@Nullable SurvivalCurve curve, int days, int threshold) {
        if (curve == null) {
            return null;
        }
        Estimate estimate = curve.at(days);
        return estimate.observed() && estimate.atRisk() >= threshold ? Ratio.round(estimate.survival()) : null;
    }

    private static void put(Map<String, Double> values, String key, @Nullable Double value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
