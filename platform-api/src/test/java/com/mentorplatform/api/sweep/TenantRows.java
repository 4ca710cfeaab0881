package com.mentorplatform.api.sweep;

import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMail;
import com.mentorplatform.api.testing.TestTenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one tenant has in the database, read with plain SQL: every uuid in any of its rows (to recognise them in someone else's answers) and a checksum of every tenant
 * table (to prove nobody changed them). Tables and columns come from the catalogue, so a table added
 * later is covered without a change here.
 */
public final class TenantRows {

    private static final String TENANT_TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace ORDER BY 1
            """;
    private static final String UUID_COLUMNS = """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type = 'uuid' ORDER BY 1, 2
            """;

    private TenantRows() {
    }

    static List<String> tenantTables() {
        List<String> tables = new ArrayList<>();
        try (Connection connection = RunningApi.get().ownerConnection();
             ResultSet rows = connection.createStatement().executeQuery(TENANT_TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /**
     * Every uuid that appears in any column of the tenant's rows, its own id included, except those that
     * also appear in other tenants' rows (the platform operator who onboarded it, say): the ids only this
     * tenant may ever see. Read as the login user with the tenant named in each query, so it does not
     * rest on row-level security, which other tests check.
     */
    static Set<UUID> ownIds(UUID tenantId) {
        Set<String> tables = new HashSet<>(tenantTables());
        Set<UUID> own = new HashSet<>();
        Set<UUID> others = new HashSet<>();
        try (Connection connection = RunningApi.get().ownerConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(UUID_COLUMNS)) {
                while (rows.next()) {
                    if (tables.contains(rows.getString(1))) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
            for (String[] column : columns) {
                // names come from the catalogue, never from input
                try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT " + column[1]
                        + ", tenant_id = ? FROM " + column[0] + " WHERE " + column[1] + " IS NOT NULL")) {
                    select.setObject(1, tenantId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            (rows.getBoolean(2) ? own : others).add(rows.getObject(1, UUID.class));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        own.add(tenantId);
        own.removeAll(others);
        return own;
    }

    /**
     * Row count and an md5 of all rows in a stable order, per tenant table, and the tenant's own row of
     * {@code tenants}: equal maps mean nothing changed. Taken once the tenant's outbox is settled, since the
     * mail worker changes it in the background. Read as the login user with the tenant named in the query,
     * not through row-level security.
     */
    public static Map<String, String> checksums(UUID tenantId) {
        TestMail.await("the tenant's mail to be delivered", () -> !mailPending(tenantId));
        List<String> tables = tenantTables();
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = RunningApi.get().ownerConnection()) {
            for (String table : tables) {
                sums.put(table, checksum(connection, "SELECT count(*) || ' rows, md5 ' || "
                        + "md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM " + table
                        + " t WHERE tenant_id = ?", tenantId));
            }
            sums.put("tenants", checksum(connection, "SELECT md5(t::text) FROM tenants t WHERE id = ?", tenantId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    private static String checksum(Connection connection, String sql, UUID tenantId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, tenantId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** Whether the tenant still has mail waiting in the outbox, which the background worker changes as it sends. */
    static boolean mailPending(UUID tenantId) {
        boolean[] pending = new boolean[1];
        asApp(tenantId, connection -> pending[0] = first(connection,
                "SELECT id FROM mail_outbox WHERE tenant_id = ? AND status = 'PENDING' LIMIT 1", tenantId) != null);
        return pending[0];
    }

    /**
     * Runs fixture SQL as the API's own database role, bound to the tenant, so row-level security keeps
     * every query to that tenant's rows (the login user may be a superuser, which row-level security skips).
     */
    static void asApp(UUID tenantId, TestTenant.SqlWork work) {
        TestTenant.inTenant(tenantId, connection -> {
            connection.createStatement().execute("SET LOCAL ROLE platform_app");
            work.run(connection);
        });
    }

    /** The first id the query returns in a transaction bound to the tenant, or null when it finds none. */
    static UUID first(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }
}
