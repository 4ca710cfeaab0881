package com.mentorplatform.api.matching;

import com.mentorplatform.api.testing.TestTenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A large cohort written straight into the database (the API would take minutes to build it row by
 * row): a small management tree, twelve competencies, one target role, mentors with 1–5 places and
 * mentees with profiles, all enrolled in an existing cohort. Seeded, so every run is the same.
 */
final class BenchmarkCohort {

    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Data", "Product"};
    private static final String[] ZONES = {"Europe/Berlin", "Europe/Lisbon", "America/New_York", "Asia/Singapore"};
    private static final String[] INTERESTS = {"chess", "running", "open source", "writing", "hiring", "cooking"};
    private static final int COMPETENCIES = 12;

    private final Random random = new Random(42);
    private final UUID tenantId;
    private final UUID cohortId;
    private final List<UUID> competencies = new ArrayList<>();
    private final UUID role = UUID.randomUUID();

    private BenchmarkCohort(UUID tenantId, UUID cohortId) {
        this.tenantId = tenantId;
        this.cohortId = cohortId;
    }

    static void fill(UUID tenantId, UUID cohortId, int mentors, int mentees) {
        BenchmarkCohort cohort = new BenchmarkCohort(tenantId, cohortId);
        TestTenant.inTenant(tenantId, connection -> {
            cohort.framework(connection);
            List<UUID> managers = cohort.people(connection, 20, "Manager", null);
            cohort.mentors(connection, cohort.people(connection, mentors, "Mentor", managers));
            cohort.mentees(connection, cohort.people(connection, mentees, "Mentee", managers));
        });
    }

    private void framework(Connection c) throws SQLException {
        try (PreparedStatement competency = c.prepareStatement("INSERT INTO competencies (tenant_id, id, name, category, "
                + "level1, level2, level3, level4, level5) VALUES (?, ?, ?, 'Craft', 'a', 'b', 'c', 'd', 'e')")) {
            for (int i = 0; i < COMPETENCIES; i++) {
                UUID id = UUID.randomUUID();
                competencies.add(id);
                competency.setObject(1, tenantId);
                competency.setObject(2, id);
                competency.setString(3, "Benchmark skill " + i + " " + id);
                competency.addBatch();
            }
            competency.executeBatch();
        }
        execute(c, "INSERT INTO role_profiles (tenant_id, id, name, family, level) VALUES (?, ?, ?, 'Engineering', 6)",
                tenantId, role, "Benchmark role " + role);
        for (int i = 0; i < 6; i++) {
            execute(c, "INSERT INTO role_profile_requirements (tenant_id, role_profile_id, competency_id, level) "
                    + "VALUES (?, ?, ?, 4)", tenantId, role, competencies.get(i));
        }
    }

    private List<UUID> people(Connection c, int count, String kind, List<UUID> managers) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO people (tenant_id, id, email, display_name, "
                + "department, level, manager_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, tenantId);
                insert.setObject(2, id);
                insert.setString(3, kind.toLowerCase() + i + "." + id + "@bench.test");
                insert.setString(4, kind + " " + i);
                insert.setString(5, DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
                insert.setInt(6, kind.equals("Mentee") ? 2 + random.nextInt(3) : 5 + random.nextInt(5));
                insert.setObject(7, managers == null ? null : managers.get(random.nextInt(managers.size())));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    private void mentors(Connection c, List<UUID> mentors) throws SQLException {
        for (UUID mentor : mentors) {
            execute(c, "INSERT INTO mentor_profiles (tenant_id, person_id, languages, time_zone, interests, hours_per_month) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", tenantId, mentor, array(c, "en"), zone(), array(c, interest(), interest()),
                    4 + random.nextInt(9));
            for (UUID competency : competencies.subList(0, 3 + random.nextInt(COMPETENCIES - 3))) {
                execute(c, "INSERT INTO mentor_profile_competencies (tenant_id, person_id, competency_id, level) "
                        + "VALUES (?, ?, ?, ?)", tenantId, mentor, competency, 3 + random.nextInt(3));
            }
            execute(c, "INSERT INTO cohort_participants (tenant_id, id, cohort_id, person_id, role, mentor_capacity) "
                    + "VALUES (?, ?, ?, ?, 'MENTOR', ?)", tenantId, UUID.randomUUID(), cohortId, mentor,
                    (short) (1 + random.nextInt(5)));
        }
    }

    private void mentees(Connection c, List<UUID> mentees) throws SQLException {
        for (UUID mentee : mentees) {
            execute(c, "INSERT INTO mentee_profiles (tenant_id, person_id, target_role_id, languages, time_zone, interests) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", tenantId, mentee, role, array(c, "en"), zone(), array(c, interest()));
            for (UUID competency : competencies.subList(0, 6)) {
                execute(c, "INSERT INTO mentee_profile_competencies (tenant_id, person_id, competency_id, level) "
                        + "VALUES (?, ?, ?, ?)", tenantId, mentee, competency, 1 + random.nextInt(3));
            }
            execute(c, "INSERT INTO cohort_participants (tenant_id, id, cohort_id, person_id, role) "
                    + "VALUES (?, ?, ?, ?, 'MENTEE')", tenantId, UUID.randomUUID(), cohortId, mentee);
        }
    }

    private String zone() {
        return ZONES[random.nextInt(ZONES.length)];
    }

    private String interest() {
        return INTERESTS[random.nextInt(INTERESTS.length)];
    }

    private static java.sql.Array array(Connection c, String... values) throws SQLException {
        return c.createArrayOf("text", values);
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
