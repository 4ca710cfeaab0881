package com.mentorplatform.api.lifecycle;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemResponseProcessor;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once Micronaut's graceful shutdown begins, a request arriving on a connection the client kept open is
 * refused with 503 problem+json, Retry-After and Connection: close; until then requests pass, and a
 * request with a body (possibly uploading since before the shutdown) is still served.
 */
class ShuttingDownTest {

    @Test
    void requests_pass_until_the_graceful_shutdown_begins_and_are_refused_with_503_after() throws Exception {
        ShuttingDown filter = new ShuttingDown();
        assertThat(filter.refuseWhenStopping(HttpRequest.GET("/api/people"))).isNull();

        filter.shutdownGracefully().toCompletableFuture().get();
        MutableHttpResponse<?> refused = filter.refuseWhenStopping(HttpRequest.GET("/api/people"));

        assertThat(refused.getStatus().getCode()).isEqualTo(503);
        assertThat(refused.getContentType()).contains(ProblemResponseProcessor.PROBLEM_JSON);
        assertThat(refused.getHeaders().get("Retry-After")).isEqualTo("1");
        assertThat(refused.getHeaders().get("Connection")).isEqualTo("close");
        assertThat(((Problem) refused.body()).type()).endsWith("/shutting-down");
        assertThat(filter.refuseWhenStopping(HttpRequest.POST("/api/journal", "{\"title\":\"x\"}")
                .header(HttpHeaders.CONTENT_LENGTH, "13"))).isNull();
    }
}
