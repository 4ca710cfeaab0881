package com.mentorplatform.api.badinput;

import com.mentorplatform.api.testing.RunningApi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The row count and a checksum of the rows of every table, read as the database's login user (the
 * tables' owner) with the tenant bound as well, so the tenant's rows are counted even where row-level
 * security applies to the owner.
 */
final class TableChecksums {

    private TableChecksums() {
    }

    static Map<String, String> take(UUID tenantId) {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = RunningApi.get().ownerConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenantId.toString());
                bind.execute();
            }
            // Table names come from the catalogue and cannot be bound as parameters; they are quoted.
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet sum = statement.executeQuery("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg("
                             + "md5(t::text), '' ORDER BY md5(t::text))), '-') FROM public.\"" + table + "\" t")) {
                    sum.next();
                    sums.put(table, sum.getString(1));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery(
                     "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }
}
