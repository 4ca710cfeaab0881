package com.mentorplatform.api.database;

import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code infra/scripts/backup-restore.sh} dumps the test database (every migration applied, tenants with
 * rows under forced row-level security), restores it into a fresh database and finds every table's row
 * count equal. Needs pg_dump and pg_restore 15 ({@code .ci/run} installs them): skipped locally without
 * them, a failure in CI.
 */
class BackupRestoreScriptTest {

    static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final Path SCRIPT = Path.of("..", "infra", "scripts", "backup-restore.sh");

    @Test
    void a_backup_of_the_platform_database_restores_with_every_row() throws Exception {
        boolean tools = Files.isExecutable(PG_BIN.resolve("pg_dump")) && Files.isExecutable(PG_BIN.resolve("pg_restore"));
        assumeTrue(tools || "true".equals(System.getenv("CI")), "pg_dump/pg_restore 15 not installed");
        assertThat(tools).as("pg_dump and pg_restore in %s", PG_BIN).isTrue();
        TestTenant.create("Backed Up Co").person("Someone Restored", "Sales");
        URI database;
        String user;
        try (Connection owner = RunningApi.get().ownerConnection()) {
            database = URI.create(owner.getMetaData().getURL().substring("jdbc:".length()));
            user = owner.getMetaData().getUserName();
        }

        ProcessBuilder run = new ProcessBuilder("bash", SCRIPT.toString(), database.getPath().substring(1))
                .redirectErrorStream(true);
        run.environment().put("PGHOST", database.getHost());
        run.environment().put("PGPORT", Integer.toString(database.getPort()));
        run.environment().put("PGUSER", user);
        String password = System.getenv("PLATFORM_TEST_DB_PASSWORD");
        if (password != null) {
            run.environment().put("PGPASSWORD", password);
        }
        Process script = run.start();
        boolean finished = script.waitFor(5, TimeUnit.MINUTES);
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the script finished").isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("row counts match: \\d+ tables");
    }
}
