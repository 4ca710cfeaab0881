package com.mentorplatform.api.database;

import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations as the database's owner, before the restricted pool exists. Replicas
 * starting together are safe: Flyway holds a PostgreSQL advisory lock while it migrates, so one applies
 * and the others find nothing left to do. Where a separate job migrates (Kubernetes), replicas may only
 * validate, so a replica never changes the schema and fails fast when the job has not run yet.
 */
public final class Migrations {

    private Migrations() {
    }

    public static void apply(DatabaseChoice database) {
        flyway(database).migrate();
    }

    public static void validate(DatabaseChoice database) {
        flyway(database).validate();
    }

    private static Flyway flyway(DatabaseChoice database) {
        return Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .load();
    }
}
