package com.mentorplatform.api.database;

import com.mentorplatform.api.Application;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code PLATFORM_DB_REPLICA_URL} set, the analytics reports are read through the replica's pool
 * and still answer for the caller's tenant. The "replica" here is the test database itself under
 * another connection name, so the test can see that the replica pool was really used.
 */
class ReadReplicaTest {

    private static final String REPLICA_NAME = "platform-replica-test";

    @Test
    void analytics_reports_answer_through_the_replica_pool_when_a_replica_is_configured() throws Exception {
        TestTenant tenant = TestTenant.create("Replica Reads Co");
        String url;
        String user;
        try (Connection owner = RunningApi.get().ownerConnection()) {
            url = owner.getMetaData().getURL();
            user = owner.getMetaData().getUserName();
        }
        String password = System.getenv().getOrDefault("PLATFORM_TEST_DB_PASSWORD", "");
        Map<String, String> env = Map.of("PLATFORM_DB_URL", url, "PLATFORM_DB_USER", user, "PLATFORM_DB_PASSWORD", password);
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "platform.jwt.secret", RunningApi.JWT_SECRET,
                "platform.operator.email", RunningApi.OPERATOR_EMAIL,
                "platform.operator.password", RunningApi.PASSWORD,
                "platform.analytics.first-refresh", "24h",
                "platform.background.sweep-every", "24h",
                "platform.db.replica.url", url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + REPLICA_NAME));

        try (ApplicationContext withReplica = Application.start(env, properties)) {
            URI base = withReplica.getBean(EmbeddedServer.class).getURI();
            HttpResponse<String> completion = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            base.resolve("/api/analytics/completion"))
                    .header("Authorization", "Bearer " + tenant.admin().token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(completion.statusCode()).isEqualTo(200);
            assertThat(replicaConnections()).isPositive();
        }
    }

    private static int replicaConnections() throws Exception {
        try (Connection owner = RunningApi.get().ownerConnection();
             PreparedStatement count = owner.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()")) {
            count.setString(1, REPLICA_NAME);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
