package com.mentorplatform.api;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.database.DatabaseChoice;
import com.mentorplatform.api.database.DatabaseChooser;
import com.mentorplatform.api.database.Migrations;
import io.micronaut.context.ApplicationContext;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/** Starts the API: choose and migrate the database, then run Micronaut on a pool bound to it. */
@OpenAPIDefinition(
        info = @Info(title = "Mentoring Platform API", version = "1.0",
                description = "Multi-tenant mentoring programmes. Authenticate with POST /api/auth/login, then send "
                        + "the access token as a Bearer token. Every error is RFC 9457 application/problem+json.",
                license = @License(name = "Proprietary", url = "https://mentoring-platform.example/licence")))
@SecurityScheme(name = ApiProblems.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    /**
     * With {@code PLATFORM_MIGRATE_ONLY=true} applies the migrations and exits (a deployment's migration
     * job); with {@code PLATFORM_MIGRATIONS=validate} starts only if the schema is already up to date.
     */
    public static void main(String[] args) {
        if ("true".equalsIgnoreCase(System.getenv("PLATFORM_MIGRATE_ONLY"))) {
            try (DatabaseChoice database = new DatabaseChooser(System.getenv()).choose()) {
                Migrations.apply(database);
            } catch (Exception e) {
                throw new IllegalStateException("Migrations failed: " + e.getMessage(), e);
            }
            return;
        }
        start(System.getenv(), Map.of(), args);
    }

    /**
     * Starts the whole API and returns its running context. The database is chosen from
     * {@code env} (the process's environment, or a test's); {@code properties} add to the
     * configuration. Stopping the context releases the database ({@code DatabaseRelease}).
     */
    public static ApplicationContext start(Map<String, String> env, Map<String, Object> properties, String... args) {
        DatabaseChoice database = new DatabaseChooser(env).choose();
        if ("validate".equalsIgnoreCase(env.get("PLATFORM_MIGRATIONS"))) {
            Migrations.validate(database);
        } else {
            Migrations.apply(database);
        }
        return Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.poolProperties())
                .properties(properties)
                .singletons(database)
                .start();
    }
}
