package com.mentorplatform.api.database;

import java.util.Map;

/**
 * The database the platform will use: how to reach it as its owner (who runs migrations), a
 * human sentence for the log, and what to release when the process stops.
 */
public record DatabaseChoice(String url, String user, String password, String description,
                             AutoCloseable release) implements AutoCloseable {

    /** The PostgreSQL role every pooled connection switches to: no superuser, no BYPASSRLS. */
    public static final String APP_ROLE = "platform_app";

    /** Micronaut properties for the default pool; every new connection drops to the app role. */
    public Map<String, Object> poolProperties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password == null ? "" : password,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.connection-init-sql", "SET ROLE " + APP_ROLE);
    }

    @Override
    public void close() throws Exception {
        release.close();
    }
}
