package com.mentorplatform.api.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A PostgreSQL server reached through an administrative database, able to create databases in it. */
record DatabaseServer(String adminUrl, String user, String password) {

    DatabaseChoice ensureDatabase(String name, String where, AutoCloseable release) {
        try (Connection admin = connect(); var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                admin.createStatement().execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + " on " + where + ": " + e.getMessage(), e);
        }
        return new DatabaseChoice(urlFor(name), user, password, "database " + name + " on " + where, release);
    }

    DatabaseChoice throwawayDatabase(String where, AutoCloseable releaseServer) {
        // The name is generated here, never taken from input, so it is safe to put into DDL.
        String name = "platform_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DatabaseChoice created = ensureDatabase(name, where, () -> { });
        return new DatabaseChoice(created.url(), user, password, "throwaway " + created.description(), () -> {
            try (Connection admin = connect()) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } finally {
                releaseServer.close();
            }
        });
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    private String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + suffix;
    }
}
