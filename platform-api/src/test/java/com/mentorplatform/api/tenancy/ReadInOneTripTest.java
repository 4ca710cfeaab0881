package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.tenancy.TenantScope.OneStatementRead;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TenantScope#readInOneTrip}: the tenant's binding and the statement in one implicit transaction. The
 * binding holds for the statement, the read cannot write, another tenant's rows stay invisible, and the
 * tenant is gone from the pooled connection as soon as the read ends.
 */
class ReadInOneTripTest {

    static TenantScope scope;
    static TestTenant tenant;
    static TestTenant other;

    @BeforeAll
    static void twoTenants() {
        scope = RunningApi.get().bean(TenantScope.class);
        tenant = TestTenant.create("One Trip Co");
        tenant.person("Trip Person", "Sales");
        other = TestTenant.create("One Trip Other Co");
        other.person("Other Trip Person", "Sales");
    }

    @Test
    void the_statement_runs_bound_to_the_tenant_and_read_only() {
        List<String> seen = scope.readInOneTrip(tenant.id(), new OneStatementRead<>("""
                SELECT current_setting('app.tenant_id'), current_setting('transaction_read_only'),
                       (SELECT count(*) FROM people WHERE tenant_id = ?)""",
                List.of(tenant.id()), ReadInOneTripTest::firstRow));

        assertThat(seen.get(0)).isEqualTo(tenant.id().toString());
        assertThat(seen.get(1)).isEqualTo("on");
        assertThat(Long.parseLong(seen.get(2))).isPositive();
    }

    @Test
    void another_tenants_rows_stay_invisible_even_when_the_statement_names_them() {
        List<String> seen = scope.readInOneTrip(tenant.id(), new OneStatementRead<>(
                "SELECT count(*) FROM people WHERE tenant_id = ?", List.of(other.id()), ReadInOneTripTest::firstRow));

        assertThat(seen).containsExactly("0");
    }

    @Test
    void a_statement_that_writes_is_refused() {
        assertThatThrownBy(() -> scope.readInOneTrip(tenant.id(), new OneStatementRead<>(
                "UPDATE people SET department = department WHERE tenant_id = ? RETURNING id",
                List.of(tenant.id()), ReadInOneTripTest::firstRow)))
                .isInstanceOf(DataAccessException.class)
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause().hasMessageContaining("read-only transaction");
    }

    @Test
    void the_tenant_is_gone_from_the_pooled_connection_when_the_read_ends() {
        @SuppressWarnings("unchecked")
        ConnectionOperations<Connection> connections = RunningApi.get().bean(ConnectionOperations.class);
        List<String> afterwards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            scope.readInOneTrip(tenant.id(), new OneStatementRead<>(
                    "SELECT id FROM people WHERE tenant_id = ?", List.of(tenant.id()), ReadInOneTripTest::firstRow));
            // This thread gets the connection it just returned back from the pool.
            afterwards.add(connections.execute(ConnectionDefinition.DEFAULT, status -> {
                try (ResultSet row = status.getConnection().createStatement().executeQuery(
                        "SELECT coalesce(current_setting('app.tenant_id', true), ''), count(*) FROM people")) {
                    row.next();
                    return row.getString(1) + "/" + row.getLong(2);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }

        assertThat(afterwards).hasSize(20).containsOnly("/0");
    }

    @Test
    void inside_a_transaction_it_refuses_to_run() {
        assertThatThrownBy(() -> scope.read(tenant.id(), () -> scope.readInOneTrip(tenant.id(), new OneStatementRead<>(
                "SELECT id FROM people WHERE tenant_id = ?", List.of(tenant.id()), ReadInOneTripTest::firstRow))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never inside a transaction");
    }

    /** The first row's columns as text; an empty list when there is no row. */
    private static List<String> firstRow(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        if (rows.next()) {
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.add(rows.getString(column));
            }
        }
        return values;
    }
}
