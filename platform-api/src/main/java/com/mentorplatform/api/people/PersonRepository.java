package com.mentorplatform.api.people;

import com.mentorplatform.api.tenancy.TenantScope.OneStatementRead;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * People of one tenant; every query names the tenant (row-level security checks it again).
 *
 * <p>The three reads of whole people (one, a directory page, a search page) read their rows by column
 * position ({@link #people}): one and a search page through Micronaut Data's {@link JdbcOperations}, in the
 * caller's transaction like every other query; the directory page, the API's busiest read, as a read in one
 * round trip that the caller runs ({@code TenantScope.readInOneTrip}). The generic
 * entity mapping (property metadata and value conversion per column, dates through {@code Calendar}) took
 * about a third of its CPU; reading fifteen known columns in order takes a fraction of that. The rest of
 * the repository stays declarative.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class PersonRepository implements GenericRepository<Person, UUID> {

    private static final String SELECT_PERSON = """
            SELECT p.tenant_id, p.id, p.email, p.display_name, p.department, p.location, p.job_title, p.level,
                   p.manager_id, m.display_name AS manager_name, p.hired_on, p.left_on, p.status,
                   p.language, p.time_zone
            FROM people p
            LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id
            """;
    private static final String FIND = SELECT_PERSON + "WHERE p.tenant_id = ? AND p.id = ?";
    private static final String PAGE = SELECT_PERSON + """
            WHERE p.tenant_id = ?
              AND (lower(p.display_name), p.id) > (lower(?), ?)
            ORDER BY lower(p.display_name), p.id
            LIMIT ?""";
    private static final String SEARCH = SELECT_PERSON + """
            WHERE p.tenant_id = ?
              AND (CAST(? AS text) IS NULL OR p.department = ?)
              AND (CAST(? AS text) IS NULL OR lower(p.display_name) LIKE ? OR lower(p.email) LIKE ?)
              AND (lower(p.display_name), p.id) > (lower(?), ?)
            ORDER BY lower(p.display_name), p.id
            LIMIT ?""";

    private final JdbcOperations jdbc;

    PersonRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(UUID tenantId, UUID id) {
        return readPeople(FIND, tenantId, id).stream().findFirst();
    }

    /**
     * One page of the whole directory in (lower(display_name), id) order after the keyset position (the
     * first page starts after the empty name), for {@code TenantScope.readInOneTrip}; no optional filters, so
     * one plan serves every page. Served by the (tenant_id, lower(display_name), id) index.
     */
    OneStatementRead<List<Person>> page(UUID tenantId, String afterName, UUID afterId, int limit) {
        return new OneStatementRead<>(PAGE, List.of(tenantId, afterName, afterId, limit), PersonRepository::people);
    }

    /**
     * As {@link #page}, narrowed by department and/or a search pattern; served by the
     * (tenant_id, lower(display_name), id) and (tenant_id, department, ...) indexes.
     */
    List<Person> search(UUID tenantId, @Nullable String department, @Nullable String pattern,
                        String afterName, UUID afterId, int limit) {
        return readPeople(SEARCH, tenantId, department, department, pattern, pattern, pattern, afterName, afterId, limit);
    }

    private List<Person> readPeople(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return people(rows);
            }
        });
    }

    private static List<Person> people(ResultSet rows) throws SQLException {
        List<Person> people = new ArrayList<>();
        while (rows.next()) {
            people.add(person(rows));
        }
        return people;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A row of {@link #SELECT_PERSON}, column by column in its order. */
    private static Person person(ResultSet row) throws SQLException {
        return new Person(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                row.getObject(8, Integer.class), row.getObject(9, UUID.class), row.getString(10),
                row.getObject(11, LocalDate.class), row.getObject(12, LocalDate.class), PersonStatus.valueOf(row.getString(13)),
                row.getString(14), row.getString(15));
    }

    @Query("SELECT count(*) FROM people WHERE tenant_id = :tenantId AND id IN (:ids)")
    abstract long countExisting(UUID tenantId, Collection<UUID> ids);

    @Query("SELECT DISTINCT department FROM people WHERE tenant_id = :tenantId AND department IS NOT NULL ORDER BY department")
    abstract List<String> departments(UUID tenantId);

    @Query("SELECT DISTINCT location FROM people WHERE tenant_id = :tenantId AND location IS NOT NULL ORDER BY location")
    abstract List<String> locations(UUID tenantId);

    @Query("SELECT EXISTS (SELECT 1 FROM people WHERE tenant_id = :tenantId AND lower(email) = lower(:email) AND id <> :exceptId)")
    abstract boolean emailTaken(UUID tenantId, String email, UUID exceptId);

    /** Whether {@code personId} appears in the management chain above {@code managerId} (or is it). */
    @Query("""
            WITH RECURSIVE chain(id, manager_id) AS (
                SELECT id, manager_id FROM people WHERE tenant_id = :tenantId AND id = :managerId
                UNION
                SELECT p.id, p.manager_id FROM people p JOIN chain c ON p.tenant_id = :tenantId AND p.id = c.manager_id
            )
            SELECT EXISTS (SELECT 1 FROM chain WHERE id = :personId)""")
    abstract boolean isInChainAbove(UUID tenantId, UUID managerId, UUID personId);

    /**
     * Waits while an import of this tenant is being applied (it holds the same key exclusively), so
     * an edit never interleaves with an import's diff (see {@link DirectoryLock}) and the history stays exact. Transaction-scoped.
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(" + DirectoryLock.SPACE + ", hashtext(CAST(:tenantId AS text)))) l")
    abstract int lockForEdit(UUID tenantId);

    @Query("""
            INSERT INTO people (tenant_id, id, email, display_name, department, location, job_title, level,
                                manager_id, hired_on, left_on)
            VALUES (:tenantId, :id, :email, :displayName, :department, :location, :jobTitle, :level,
                    :managerId, :hiredOn, :leftOn)""")
    abstract void insert(UUID tenantId, UUID id, String email, String displayName, @Nullable String department,
                @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                @Nullable UUID managerId, @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn);

    @Query("""
            UPDATE people SET email = :email, display_name = :displayName, department = :department,
                   location = :location, job_title = :jobTitle, level = :level, manager_id = :managerId,
                   hired_on = :hiredOn, left_on = :leftOn, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    abstract void update(UUID tenantId, UUID id, String email, String displayName, @Nullable String department,
                @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                @Nullable UUID managerId, @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn);
}
