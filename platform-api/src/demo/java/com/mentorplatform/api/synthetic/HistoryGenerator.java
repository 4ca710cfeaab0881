package com.mentorplatform.api.synthetic;

import com.mentorplatform.analytics.kpi.ScoreBand;
import com.mentorplatform.api.database.BulkCopy;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes years of synthetic history into one tenant, set-based: every table is filled by a few
 * {@code INSERT ... SELECT} statements over {@code generate_series} and temporary tables, with hash-based
 * random numbers, so the same seed and shape always give the same rows (the same ids too, in the same
 * tenant), and 100,000 people with five years of cohorts take about a minute. Everything runs in one
 * transaction bound to the tenant, so row-level security checks every row written.
 *
 * <p>The numbers are synthetic, and chosen to be plausible: people leave at about 13-14 % a year (an
 * exponential stay of rate 0.14); programme participants (paired mentees and mentors) leave at rate 0.11
 * from their first cohort's start, and are promoted more often in the three years after it (0.18
 * against 0.12 a year, up to level 5: directors are hired); about 5 % a year move department. The
 * analytics should find a real but modest difference; it is put there, not discovered. A plain
 * comparison with everyone who never took part shows more than was put in, because people who stay
 * longer have more chances to be picked for a cohort: a selection effect real programmes have too.
 */
@Singleton
@Published
public class HistoryGenerator {

    static final double LEAVE_RATE = 0.14;
    static final double PARTICIPANT_LEAVE_RATE = 0.11;
    static final double PROMOTION_RATE = 0.12;
    static final double PARTICIPANT_PROMOTION_RATE = 0.18;
    static final double MOVE_RATE = 0.05;

    private final TenantScope tenantScope;
    private final BulkCopy bulkCopy;

    HistoryGenerator(TenantScope tenantScope, BulkCopy bulkCopy) {
        this.tenantScope = tenantScope;
        this.bulkCopy = bulkCopy;
    }

    /**
     * Adds the history to the tenant in one transaction. The tenant must exist and {@code shape.ownerId()}
     * be one of its people; nothing already there is changed.
     */
    public HistoryReport generate(UUID tenantId, HistoryShape shape) {
        return tenantScope.write(tenantId, () -> {
            Sql sql = new Sql(bulkCopy.connection());
            bind(sql, tenantId, shape);
            List<HistoryReport.Phase> phases = new ArrayList<>();
            phase(phases, "plan", rows -> plan(sql, shape, rows));
            phase(phases, "people", rows -> people(sql, rows));
            phase(phases, "cohorts and pairs", rows -> cohorts(sql, rows));
            phase(phases, "roadmaps", rows -> roadmaps(sql, rows));
            phase(phases, "check-ins", rows -> rows.put("check_ins", sql.update(WorkSql.INSERT_CHECK_INS)));
            phase(phases, "journal, evidence, flags", rows -> journalEvidenceFlags(sql, rows));
            phase(phases, "surveys", rows -> surveys(sql, rows));
            return new HistoryReport(List.copyOf(phases));
        });
    }

    private static void phase(List<HistoryReport.Phase> phases, String name, Consumer<Map<String, Integer>> work) {
        long started = System.nanoTime();
        Map<String, Integer> rows = new LinkedHashMap<>();
        work.accept(rows);
        phases.add(new HistoryReport.Phase(name, (System.nanoTime() - started) / 1_000_000, rows));
    }

    private static void bind(Sql sql, UUID tenantId, HistoryShape shape) {
        CohortMatchingWeights weights = CohortMatchingWeights.defaults();
        sql.set("tenant", tenantId).set("seed", shape.seed()).set("today", shape.today())
                .set("owner", shape.ownerId()).set("people", shape.people()).set("hireDays", shape.hiringYears() * 365)
                .set("emailDomain", shape.emailDomain()).set("firstNames", Texts.FIRST_NAMES)
                .set("lastNames", Texts.LAST_NAMES).set("departments", Texts.DEPARTMENTS)
                .set("departmentCount", Texts.DEPARTMENTS.length).set("leaveRate", LEAVE_RATE)
                .set("stretch", LEAVE_RATE / PARTICIPANT_LEAVE_RATE).set("promotionRate", PROMOTION_RATE)
                .set("participantPromotionRate", PARTICIPANT_PROMOTION_RATE).set("moveRate", MOVE_RATE)
                .set("cohorts", shape.cohorts()).set("monthsApart", shape.monthsApart())
                .set("latestStart", shape.latestStart()).set("cohortDays", shape.cohortWeeks() * 7)
                .set("mentees", shape.menteesPerCohort()).set("mentors", shape.mentorsPerCohort())
                .set("withdrawnRate", 0.04).set("unmatchedRate", 0.04).set("roadmapRate", 0.97)
                .set("cadence", shape.cadenceDays()).set("capacity", shape.menteesPerCohort() + 10)
                .set("programmeName", shape.programmeName())
                .set("programmeGoals", "Grow people towards their next role through a half-year of one-to-one "
                        + "mentoring with an experienced colleague from another team.")
                .set("wGapCoverage", weights.gapCoverage()).set("wSeniority", weights.seniority())
                .set("wDepartment", weights.department()).set("wLanguage", weights.language())
                .set("wTimeZone", weights.timeZone()).set("wInterests", weights.interests())
                .set("wPreference", weights.preference()).set("wAvailability", weights.availability())
                .set("favourSameDepartment", weights.favourSameDepartment())
                .set("requireSharedLanguage", weights.requireSharedLanguage())
                .set("withdrawalReasons", Texts.WITHDRAWAL_REASONS).set("pairReasons", Texts.PAIR_REASONS)
                .set("reasons", Texts.ROADMAP_REASONS).set("topics", Texts.MILESTONE_TITLES.length)
                .set("milestoneTitles", Texts.MILESTONE_TITLES).set("milestoneOutcomes", Texts.MILESTONE_OUTCOMES)
                .set("milestoneCriteria", Texts.MILESTONE_CRITERIA)
                .set("experimentObjectives", Texts.EXPERIMENT_OBJECTIVES)
                .set("experimentKinds", Texts.EXPERIMENT_KINDS).set("experimentMetrics", Texts.EXPERIMENT_METRICS)
                .set("checkInNotes", Texts.CHECK_IN_NOTES).set("observations", Texts.OBSERVATIONS)
                .set("impacts", Texts.IMPACTS).set("suggestions", Texts.SUGGESTIONS)
                .set("feedbacks", Texts.OBSERVATIONS.length).set("journalTitles", Texts.JOURNAL_TITLES)
                .set("journalBodies", Texts.JOURNAL_BODIES).set("evidenceKinds", Texts.EVIDENCE_KINDS)
                .set("evidenceTitles", Texts.EVIDENCE_TITLES).set("evidenceImpacts", Texts.EVIDENCE_IMPACTS)
                .set("flagNotes", Texts.FLAG_NOTES)
                .set("scoreBands", ScoreBand.sqlBounds());
        sql.update(Functions.BIND);
        sql.script(Functions.CREATE);
    }

    /** Who is hired and leaves when, who enrols where, and how each pair goes, in temporary tables. */
    private static void plan(Sql sql, HistoryShape shape, Map<String, Integer> rows) {
        sql.script(PeopleSql.CREATE_TABLES);
        sql.script(CohortSql.CREATE_TABLES);
        sql.script(WorkSql.CREATE_TABLES);
        rows.put("drawn people", sql.update(PeopleSql.DRAW_PEOPLE));
        sql.script("ANALYZE syn_people");
        sql.update(CohortSql.DRAW_COHORTS);
        for (int j = 0; j < shape.cohorts(); j++) {
            sql.set("j", j);
            sql.update(CohortSql.PICK_MENTEES);
            sql.update(CohortSql.PICK_MENTORS);
        }
        sql.update(CohortSql.DECIDE_ENROLMENTS);
        sql.script("ANALYZE syn_cohorts; ANALYZE syn_mentees; ANALYZE syn_mentors");
        sql.update(PeopleSql.MARK_PARTICIPANTS);
        sql.update(PeopleSql.DECIDE_LEAVERS);
        rows.put("drawn changes", sql.update(PeopleSql.DRAW_CHANGES));
        sql.update(PeopleSql.FINAL_STATE);
        sql.update(PeopleSql.MANAGERS);
        sql.update(PeopleSql.MANAGER_LEVELS);
        rows.put("drawn pairs", sql.update(CohortSql.PAIR));
        sql.script("ANALYZE syn_people; ANALYZE syn_changes; ANALYZE syn_final; ANALYZE syn_managers; "
                + "ANALYZE syn_pairs");
    }

    private static void people(Sql sql, Map<String, Integer> rows) {
        rows.put("people", sql.update(PeopleSql.INSERT_PEOPLE));
        rows.put("people_history", sql.update(PeopleSql.INSERT_HISTORY));
    }

    private static void cohorts(Sql sql, Map<String, Integer> rows) {
        rows.put("programmes", sql.update(CohortSql.INSERT_PROGRAMME));
        rows.put("cohorts", sql.update(CohortSql.INSERT_COHORTS));
        rows.put("cohort_participants", sql.update(CohortSql.INSERT_PARTICIPANTS));
        rows.put("cohort_participant_events", sql.update(CohortSql.INSERT_PARTICIPANT_EVENTS));
        rows.put("matching_runs", sql.update(CohortSql.INSERT_RUNS));
        rows.put("pairs", sql.update(CohortSql.INSERT_PAIRS));
        rows.put("matching_proposals", sql.update(CohortSql.INSERT_PROPOSALS));
        rows.put("pair_events", sql.update(CohortSql.INSERT_PAIR_EVENTS));
    }

    private static void roadmaps(Sql sql, Map<String, Integer> rows) {
        sql.update(WorkSql.DRAW_ROADMAPS);
        sql.update(WorkSql.DRAW_MILESTONES);
        sql.script("ANALYZE syn_roadmaps; ANALYZE syn_milestones");
        rows.put("roadmaps", sql.update(WorkSql.INSERT_ROADMAPS));
        rows.put("milestones", sql.update(WorkSql.INSERT_MILESTONES));
        rows.put("milestone_competencies", sql.update(WorkSql.INSERT_MILESTONE_COMPETENCIES));
        rows.put("experiments", sql.update(WorkSql.INSERT_EXPERIMENTS));
    }

    private static void journalEvidenceFlags(Sql sql, Map<String, Integer> rows) {
        rows.put("journal_entries", sql.update(WorkSql.INSERT_JOURNAL));
        rows.put("evidence", sql.update(WorkSql.INSERT_EVIDENCE));
        rows.put("evidence_milestones", sql.update(WorkSql.INSERT_EVIDENCE_MILESTONES));
        rows.put("sponsorship_flags", sql.update(WorkSql.INSERT_FLAGS));
    }

    private static void surveys(Sql sql, Map<String, Integer> rows) {
        sql.script(SurveySql.CREATE_TABLE);
        sql.update(SurveySql.DRAW);
        rows.put("survey_invitations", sql.update(SurveySql.INSERT_INVITATIONS));
        rows.put("survey_answers", sql.update(SurveySql.INSERT_ANSWERS));
    }
}
