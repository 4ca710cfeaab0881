package com.mentorplatform.api.synthetic;

import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates a small history (20,000 people, twelve cohorts of 300 mentees: enough for the differences
 * put in to stand well clear of the noise) into a fresh tenant of the test
 * database and checks its shapes the way the analytics will read them: attrition, the people history,
 * cohorts and their work, the difference participants make, determinism and tenant isolation.
 */
class HistoryGeneratorTest {

    private static final long SEED = 42;
    private static final LocalDate TODAY = LocalDate.now();

    static TestTenant tenant;
    static HistoryReport report;

    @BeforeAll
    static void generate() {
        tenant = TestTenant.create("History");
        report = generate(tenant, SEED, 20_000, 12, 300);
        analyze();
    }

    /** What autovacuum does a minute after a bulk write, done now so the checks' plans fit the data. */
    private static void analyze() {
        try (Connection connection = RunningApi.get().ownerConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE people, people_history, cohorts, cohort_participants, pairs, milestones, "
                    + "check_ins");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static HistoryReport generate(TestTenant target, long seed, int people, int cohorts, int mentees) {
        HistoryShape shape = new HistoryShape(seed, people, 10, cohorts, 4, mentees, 28, 14, TODAY,
                TODAY.minusDays(30), target.slug() + ".test", "Career Mentoring", target.admin().personId());
        return RunningApi.get().bean(HistoryGenerator.class).generate(target.id(), shape);
    }

    @Test
    void between_twelve_and_fifteen_percent_of_people_leave_each_year() {
        List<Double> rates = new ArrayList<>();
        for (int back = 1; back <= 5; back++) {
            LocalDate from = LocalDate.of(TODAY.getYear() - back, 1, 1);
            LocalDate to = from.plusYears(1);
            double leavers = number("SELECT count(*) FROM people WHERE tenant_id = ? AND left_on >= ? AND left_on < ?",
                    tenant.id(), from, to);
            double average = (headcount(from) + headcount(to)) / 2.0;
            rates.add(leavers / average);
        }

        assertThat(rates).allSatisfy(rate -> assertThat(rate).isBetween(0.11, 0.16));
        assertThat(rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isBetween(0.12, 0.15);
    }

    @Test
    void every_person_arrives_on_their_hire_date_and_leavers_leave_on_their_leaving_date() {
        // The one person without an arrival on a hire date is the tenant's admin, created with no hire date.
        assertThat(number("""
                SELECT count(*) FROM people p
                LEFT JOIN people_history h ON h.tenant_id = p.tenant_id AND h.person_id = p.id AND h.field = 'status'
                      AND h.old_value IS NULL AND h.new_value = 'ACTIVE' AND h.effective_on = p.hired_on
                WHERE p.tenant_id = ? AND p.email LIKE '%.test' AND h.id IS NULL""", tenant.id())).isEqualTo(1);
        assertThat(number("""
                SELECT count(*) FROM people p
                LEFT JOIN people_history h ON h.tenant_id = p.tenant_id AND h.person_id = p.id AND h.field = 'status'
                      AND h.old_value = 'ACTIVE' AND h.new_value = 'LEFT' AND h.effective_on = p.left_on
                WHERE p.tenant_id = ? AND (p.left_on IS NOT NULL) <> (h.id IS NOT NULL)""", tenant.id())).isZero();
    }

    /**
     * Each field's changes chain (every old value is the previous new value), the last new value is the
     * person's current one, levels rise by one, and so the state at any past date is the new value of the
     * last change by then, else the old value of the first change after, else the current value.
     */
    @Test
    void the_history_chains_into_the_current_department_level_and_title_so_a_past_date_can_be_reconstructed() {
        String chained = """
                SELECT count(*) FROM (
                    SELECT h.field, h.old_value, h.new_value,
                           lag(h.new_value) OVER w AS previous_new, lead(h.id) OVER w AS next_id,
                           CASE h.field WHEN 'level' THEN p.level::text WHEN 'department' THEN p.department
                                        ELSE p.job_title END AS current_value
                    FROM people_history h JOIN people p ON p.tenant_id = h.tenant_id AND p.id = h.person_id
                    WHERE h.tenant_id = ? AND h.field IN ('level', 'department', 'job_title')
                    WINDOW w AS (PARTITION BY h.person_id, h.field ORDER BY h.effective_on, h.recorded_at)) c
                WHERE (c.previous_new IS NOT NULL AND c.previous_new <> c.old_value)
                   OR (c.next_id IS NULL AND c.new_value <> c.current_value)
                   OR (c.field = 'level' AND c.new_value::int <> c.old_value::int + 1)""";
        String changes = "SELECT count(*) FROM people_history WHERE tenant_id = ? AND field = ?";

        assertThat(number(chained, tenant.id())).isZero();
        assertThat(number(changes, tenant.id(), "level")).isGreaterThan(1_000);
        assertThat(number(changes, tenant.id(), "department")).isGreaterThan(300);
        assertThat(levelsTwoYearsAgo()).allSatisfy(level -> assertThat(level).isBetween(1, 6));
    }

    @Test
    void twelve_quarterly_cohorts_with_pairs_roadmaps_milestones_and_check_ins_at_the_cadence() {
        List<String> names = strings("SELECT name FROM cohorts WHERE tenant_id = ? ORDER BY starts_on", tenant.id());
        double pairs = report.rows("pairs");

        assertThat(names).hasSize(12).allMatch(n -> n.matches("(Winter|Spring|Summer|Autumn) \\d{4}"));
        assertThat(strings("SELECT DISTINCT status FROM cohorts WHERE tenant_id = ?", tenant.id()))
                .containsExactlyInAnyOrder("FINISHED", "RUNNING");
        assertThat(pairs).isBetween(12 * 300 * 0.85, 12 * 300 * 0.95);
        assertThat(number("SELECT count(*) FROM pairs WHERE tenant_id = ? AND status = 'ENDED_EARLY'", tenant.id())
                / pairs).isBetween(0.08, 0.30);
        assertThat(number("SELECT count(*) FROM pairs WHERE tenant_id = ? AND status = 'ENDED_EARLY' "
                + "AND end_reason = 'LEFT_THE_COMPANY'", tenant.id())).isPositive();
        assertThat(report.rows("roadmaps") / pairs).isBetween(0.9, 1.0);
        assertThat(report.rows("milestones") / (double) report.rows("roadmaps")).isBetween(5.5, 7.5);
        assertThat(strings("SELECT DISTINCT status FROM milestones WHERE tenant_id = ?", tenant.id()))
                .contains("REACHED", "DROPPED", "IN_PROGRESS");
        assertThat(number("SELECT count(*) FROM milestones WHERE tenant_id = ? AND status = 'REACHED' "
                + "AND reached_at::date > due_on", tenant.id())).isPositive();
        // 28 weeks at a fortnightly cadence: about 13 slots a pair, fewer for pairs that ended early or run now
        assertThat(report.rows("check_ins") / pairs).isBetween(9.0, 14.0);
        assertThat(number("SELECT count(*) FROM check_ins WHERE tenant_id = ? AND status = 'HELD' "
                + "AND progress_rating BETWEEN 1 AND 5", tenant.id()) / report.rows("check_ins")).isBetween(0.8, 0.95);
        assertThat(report.rows("journal_entries")).isPositive();
        assertThat(report.rows("evidence")).isPositive();
        assertThat(report.rows("sponsorship_flags")).isPositive();
    }

    /** The console reads a proposal's score parts as a list; history keeps only the score, so the list is empty. */
    @Test
    void both_people_of_a_pair_answer_its_surveys_more_kindly_the_better_they_were_matched() {
        assertThat(report.rows("survey_answers")).isGreaterThan(report.rows("pairs"));
        assertThat(strings("SELECT DISTINCT kind FROM survey_answers WHERE tenant_id = ?", tenant.id()))
                .containsExactlyInAnyOrder("FIT", "QUALITY", "END");
        assertThat(number("""
                SELECT count(*) FROM survey_answers a JOIN survey_invitations i
                  ON i.tenant_id = a.tenant_id AND i.id = a.invitation_id
                WHERE a.tenant_id = ? AND (i.answered_at IS DISTINCT FROM a.answered_at OR a.answered_at < i.created_at)
                """, tenant.id())).as("an answer is its invitation's, given after it was asked").isZero();
        double wellMatched = number("""
                SELECT round(100 * avg(a.recommend)) FROM survey_answers a JOIN pairs p ON p.tenant_id = a.tenant_id
                  AND p.id = a.pair_id WHERE a.tenant_id = ? AND a.kind = 'END' AND p.score >= 0.8""", tenant.id());
        double poorlyMatched = number("""
                SELECT round(100 * avg(a.recommend)) FROM survey_answers a JOIN pairs p ON p.tenant_id = a.tenant_id
                  AND p.id = a.pair_id WHERE a.tenant_id = ? AND a.kind = 'END' AND p.score < 0.6""", tenant.id());
        assertThat(wellMatched).isGreaterThan(poorlyMatched + 100);
    }

    @Test
    void historical_proposals_keep_their_score_parts_in_the_shape_the_console_reads() {
        assertThat(number("SELECT count(*) FROM matching_proposals WHERE tenant_id = ?", tenant.id())).isPositive();
        assertThat(strings("SELECT DISTINCT jsonb_typeof(parts) FROM matching_proposals WHERE tenant_id = ?", tenant.id()))
                .containsExactly("array");
    }

    /**
     * Mentees are picked once, so from their cohort's start they leave at the rate put in for participants;
     * colleagues who never took part leave more often than the 14 % put in for everyone, because people who
     * stay longer have more chances to be picked (the selection effect of a real programme).
     */
    @Test
    void mentees_leave_less_and_participants_are_promoted_more_often_than_colleagues_who_did_not_take_part() {
        String rates = """
                WITH mentees AS (
                    SELECT pr.mentee_id AS person_id, c.starts_on AS started
                    FROM pairs pr JOIN cohorts c ON c.tenant_id = pr.tenant_id AND c.id = pr.cohort_id
                    WHERE pr.tenant_id = ?),
                exposure AS (
                    SELECT greatest(p.hired_on, coalesce(m.started, DATE '2000-01-01'), CURRENT_DATE - 5 * 365) AS since,
                           coalesce(p.left_on, CURRENT_DATE) AS until, p.left_on
                    FROM people p LEFT JOIN mentees m ON m.person_id = p.id
                    WHERE p.tenant_id = ? AND p.email LIKE '%.h%'
                      AND CASE WHEN ? THEN m.person_id IS NOT NULL
                               ELSE NOT EXISTS (SELECT 1 FROM cohort_participants cp
                                                WHERE cp.tenant_id = p.tenant_id AND cp.person_id = p.id) END)
                SELECT sum(CASE WHEN left_on >= since THEN 1 ELSE 0 END)::float8
                       / nullif(sum(greatest(until - since, 0)) / 365.25, 0)
                FROM exposure""";

        double mentees = number(rates, tenant.id(), tenant.id(), true);
        double others = number(rates, tenant.id(), tenant.id(), false);

        assertThat(mentees).isBetween(0.08, 0.115).isLessThan(others - 0.02);
        assertThat(others).isGreaterThan(0.13);
        assertThat(promotionsPerPersonYear(true)).isGreaterThan(promotionsPerPersonYear(false) * 1.15);
    }

    @Test
    void the_same_seed_writes_the_same_rows_and_another_seed_different_ones() {
        TestTenant twin = TestTenant.create("History twin");
        TestTenant twinAgain = TestTenant.create("History twin again");
        TestTenant other = TestTenant.create("History other");

        HistoryReport first = generate(twin, 7, 1_500, 4, 20);
        HistoryReport again = generate(twinAgain, 7, 1_500, 4, 20);
        HistoryReport different = generate(other, 8, 1_500, 4, 20);

        assertThat(counts(again)).isEqualTo(counts(first));
        assertThat(counts(different)).isNotEqualTo(counts(first));
        assertThat(fingerprint(twinAgain)).isEqualTo(fingerprint(twin)).isNotEqualTo(fingerprint(other));
    }

    @Test
    void the_history_is_written_into_the_target_tenant_only_and_row_level_security_hides_it_from_others() {
        TestTenant bystander = TestTenant.create("Bystander");
        double before = number("SELECT count(*) FROM people WHERE tenant_id = ?", bystander.id());

        HistoryReport written = generate(TestTenant.create("History isolated"), 9, 500, 2, 10);

        assertThat(written.rows("people")).isEqualTo(500);
        assertThat(number("SELECT count(*) FROM people WHERE tenant_id = ?", bystander.id())).isEqualTo(before);
        // bound to the bystander, a query that names no tenant still sees only the bystander's rows
        assertThat(number("SELECT count(*) FROM people WHERE ? IS NOT NULL", bystander.id())).isEqualTo(before);
        assertThat(number("SELECT count(*) FROM pairs WHERE ? IS NOT NULL", bystander.id())).isZero();
        assertThat(number("SELECT count(*) FROM people_history WHERE ? IS NOT NULL AND source = 'IMPORT'",
                bystander.id())).isZero();
    }

    private static List<Integer> counts(HistoryReport report) {
        return report.phases().stream().flatMap(p -> p.rows().values().stream()).toList();
    }

    /** What the history says about its people and pairs, in a few numbers that change with any draw. */
    private static List<String> fingerprint(TestTenant target) {
        return strings("""
                SELECT string_agg(display_name || hired_on || coalesce(left_on::text, '') || level, ','
                                  ORDER BY display_name)
                FROM people WHERE tenant_id = ? AND email NOT LIKE 'admin@%'
                UNION ALL
                SELECT string_agg(status || score || coalesce(end_reason, ''), ',' ORDER BY score, status, end_reason)
                FROM pairs WHERE tenant_id = ?""",
                target.id(), target.id());
    }

    private double promotionsPerPersonYear(boolean participants) {
        return number("""
                WITH takers AS (SELECT DISTINCT person_id FROM cohort_participants WHERE tenant_id = ?)
                SELECT count(h.id)::float8 / (SELECT sum(coalesce(left_on, CURRENT_DATE) - hired_on) / 365.25
                                              FROM people p WHERE p.tenant_id = ? AND p.email LIKE '%.test'
                                                AND (p.id IN (SELECT person_id FROM takers)) = ?)
                FROM people_history h
                WHERE h.tenant_id = ? AND h.field = 'level'
                  AND (h.person_id IN (SELECT person_id FROM takers)) = ?""",
                tenant.id(), tenant.id(), participants, tenant.id(), participants);
    }

    private List<Integer> levelsTwoYearsAgo() {
        return strings("""
                SELECT coalesce(
                    (SELECT new_value FROM people_history h WHERE h.tenant_id = p.tenant_id AND h.person_id = p.id
                       AND h.field = 'level' AND h.effective_on <= CURRENT_DATE - 730
                     ORDER BY h.effective_on DESC, h.recorded_at DESC LIMIT 1),
                    (SELECT old_value FROM people_history h WHERE h.tenant_id = p.tenant_id AND h.person_id = p.id
                       AND h.field = 'level' AND h.effective_on > CURRENT_DATE - 730
                     ORDER BY h.effective_on, h.recorded_at LIMIT 1),
                    p.level::text)
                FROM people p WHERE p.tenant_id = ? AND p.hired_on <= CURRENT_DATE - 730""", tenant.id())
                .stream().map(Integer::parseInt).toList();
    }

    private static double headcount(LocalDate on) {
        return number("SELECT count(*) FROM people WHERE tenant_id = ? AND hired_on <= ? "
                + "AND (left_on IS NULL OR left_on > ?)", tenant.id(), on, on);
    }

    private static double number(String sql, Object... params) {
        List<String> values = strings(sql, params);
        return values.get(0) == null ? Double.NaN : Double.parseDouble(values.get(0));
    }

    /**
     * Runs a query as the API does: as the app role (so row-level security applies) in a transaction
     * bound to the tenant given as the first parameter.
     */
    private static List<String> strings(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        try (Connection connection = RunningApi.get().ownerConnection()) {
            connection.setAutoCommit(false);
            try (Statement role = connection.createStatement()) {
                role.execute("SET ROLE platform_app");
            }
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, params[0].toString());
                bind.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}
