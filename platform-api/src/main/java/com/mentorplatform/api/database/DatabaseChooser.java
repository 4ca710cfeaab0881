package com.mentorplatform.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Chooses the PostgreSQL in the order ARCHITECTURE.md gives: {@code PLATFORM_DB_URL} when set;
 * else an embedded PostgreSQL whose data lives in {@code PLATFORM_DATA_DIR}; else the server on
 * 127.0.0.1:5432; else it stops with one sentence saying what to set.
 *
 * <p>With {@code PLATFORM_DB_THROWAWAY=true} (tests) it instead makes a fresh database, on
 * {@code PLATFORM_TEST_DB_URL}'s server when set, else on a temporary embedded server, else on the
 * local server, and removes it when released.
 */
public final class DatabaseChooser {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChooser.class);
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DATABASE_NAME = "mentoring";

    private final Map<String, String> env;

    public DatabaseChooser(Map<String, String> env) {
        this.env = env;
    }

    public DatabaseChoice choose() {
        DatabaseChoice choice = "true".equalsIgnoreCase(env.get("PLATFORM_DB_THROWAWAY")) ? throwaway() : lasting();
        LOG.info("Database: {}", choice.description());
        return choice;
    }

    private DatabaseChoice lasting() {
        String url = env.get("PLATFORM_DB_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseChoice(url, env.getOrDefault("PLATFORM_DB_USER", "postgres"),
                    env.get("PLATFORM_DB_PASSWORD"), "PLATFORM_DB_URL " + url, () -> { });
        }
        Path dataDir = Path.of(env.getOrDefault("PLATFORM_DATA_DIR", ".platform-data")).toAbsolutePath().resolve("postgres");
        int port = Integer.parseInt(env.getOrDefault("PLATFORM_EMBEDDED_DB_PORT", "54329"));
        try {
            EmbeddedPostgres pg = embedded()
                    // zonky turns synchronous_commit off, fine for tests; data meant to last must not lose an
                    // acknowledged commit when the machine stops.
                    .setServerConfig("synchronous_commit", "on")
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            DatabaseServer server = new DatabaseServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
            return server.ensureDatabase(DATABASE_NAME,
                    "embedded PostgreSQL on port " + port + " with data in " + dataDir, pg::close);
        } catch (IOException | RuntimeException embeddedFailed) {
            LOG.warn("Embedded PostgreSQL could not start ({}); trying 127.0.0.1:5432", embeddedFailed.getMessage());
            return localServer().ensureDatabase(DATABASE_NAME, "local PostgreSQL on 127.0.0.1:5432", () -> { });
        }
    }

    private DatabaseChoice throwaway() {
        String testUrl = env.get("PLATFORM_TEST_DB_URL");
        if (testUrl != null && !testUrl.isBlank()) {
            DatabaseServer server = new DatabaseServer(testUrl, env.getOrDefault("PLATFORM_TEST_DB_USER", "postgres"),
                    env.get("PLATFORM_TEST_DB_PASSWORD"));
            return server.throwawayDatabase("PLATFORM_TEST_DB_URL server", () -> { });
        }
        try {
            Path dir = Files.createTempDirectory("platform-pg-");
            EmbeddedPostgres pg = embedded().setDataDirectory(dir.toFile()).setCleanDataDirectory(true).start();
            DatabaseServer server = new DatabaseServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
            return server.throwawayDatabase("temporary embedded PostgreSQL on port " + pg.getPort(), () -> {
                pg.close();
                deleteQuietly(dir.toFile());
            });
        } catch (IOException | RuntimeException embeddedFailed) {
            LOG.warn("Embedded PostgreSQL could not start ({}); trying 127.0.0.1:5432", embeddedFailed.getMessage());
            return localServer().throwawayDatabase("local PostgreSQL on 127.0.0.1:5432", () -> { });
        }
    }

    /** PostgreSQL's defaults (128 MB of buffers, 1 GB of WAL between checkpoints) are sized for tiny machines. */
    private static EmbeddedPostgres.Builder embedded() {
        return EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_completion_target", "0.9");
    }

    private DatabaseServer localServer() {
        DatabaseServer local = new DatabaseServer(LOCAL_SERVER, "postgres", null);
        try (var ignored = DriverManager.getConnection(local.adminUrl(), local.user(), local.password())) {
            return local;
        } catch (SQLException unreachable) {
            throw new IllegalStateException("No PostgreSQL could be started or reached: set PLATFORM_DB_URL, "
                    + "PLATFORM_DB_USER and PLATFORM_DB_PASSWORD to a PostgreSQL 15+ database the platform may own.");
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        if (!file.delete() && file.exists()) {
            LOG.debug("Could not delete {}", file);
        }
    }
}
