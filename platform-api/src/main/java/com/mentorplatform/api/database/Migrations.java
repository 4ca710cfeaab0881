package com.mentorplatform.api.database;

import org.flywaydb.core.Flyway;

/** Applies the Flyway migrations as the database's owner, before the restricted pool exists. */
public final class Migrations {

    private Migrations() {
    }

    public static void apply(DatabaseChoice database) {
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
