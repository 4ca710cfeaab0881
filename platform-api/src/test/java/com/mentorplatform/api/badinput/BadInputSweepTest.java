package com.mentorplatform.api.badinput;

import com.mentorplatform.api.badinput.ApiDocument.Operation;
import com.mentorplatform.api.badinput.Probe.Expect;
import com.mentorplatform.api.badinput.Sweep.Answer;
import com.mentorplatform.api.demo.SeededDemo;
import com.mentorplatform.api.sweep.TenantRows;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends thousands of bad requests, generated from the OpenAPI document, to every operation of the API
 * with a real token of a role that may use it and real object ids of a seeded demo tenant. Bad input is
 * always a 4xx problem that says what is wrong, never a 5xx, never internals; and the refused requests
 * leave every table exactly as it was. What counts as refused is decided per class of mutation in
 * {@link ValueMutations} and {@link Mutations}.
 */
class BadInputSweepTest {

    private static final Logger LOG = LoggerFactory.getLogger(BadInputSweepTest.class);
    private static final int PARALLEL = 4;

    static SeededDemo demo;
    static ApiDocument document;
    static Map<String, List<String>> routes;

    @BeforeAll
    static void seedADemoTenant() {
        demo = SeededDemo.seed("badinput-sweep", "Bad Input Sweep Ltd");
        document = ApiDocument.parse(Http.get("/openapi.yml", null).text());
        routes = Callers.routes();
    }

    @Test
    void every_route_the_server_serves_is_in_the_openapi_document() {
        List<String> documented = document.operations().stream().map(Operation::toString).toList();
        List<String> served = RunningApi.get().bean(Router.class).uriRoutes()
                .filter(route -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(route.getHttpMethodName()))
                .filter(route -> !undocumentedOnPurpose(route.getAnnotationMetadata(), route.getDeclaringType()))
                .map(Callers::key).distinct().toList();

        assertThat(documented).containsAll(served);
        assertThat(documented).hasSizeGreaterThan(100);
    }

    /** The docs routes are hidden from the document they serve; management endpoints are not the API. */
    private static boolean undocumentedOnPurpose(AnnotationMetadata route, Class<?> controller) {
        return route.hasAnnotation(Hidden.class) || controller.isAnnotationPresent(Hidden.class)
                || controller.isAnnotationPresent(Endpoint.class);
    }

    @Test
    void bad_input_to_every_operation_is_a_4xx_problem_naming_it_and_refused_input_writes_nothing() {
        long started = System.nanoTime();
        SweepPlan plan = new SweepPlan(document.operations(), routes, new Callers(demo));
        plan.learnIds();
        List<Probe> probes = plan.probes();
        List<Probe> refused = probes.stream().filter(p -> p.expect() == Expect.REFUSED).toList();
        List<Probe> maySucceed = probes.stream().filter(p -> p.expect() == Expect.MAY_SUCCEED).toList();

        Map<String, String> before = TenantRows.checksums(demo.tenantId());
        List<Answer> refusedAnswers = Sweep.run(refused, PARALLEL);
        Map<String, String> after = TenantRows.checksums(demo.tenantId());
        // Requests that may succeed run after the count, so what they write is not mistaken for a leak.
        List<Answer> otherAnswers = Sweep.run(maySucceed, PARALLEL);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        List<Answer> all = new ArrayList<>(refusedAnswers);
        all.addAll(otherAnswers);
        LOG.info("Bad-input sweep: {} requests ({} must be refused, {} may succeed) to {} operations in {} s; "
                        + "statuses {}", all.size(), refused.size(), maySucceed.size(), document.operations().size(),
                seconds, histogram(all, a -> String.valueOf(a.status())));
        LOG.info("Accepted although odd (2xx), by mutation: {}", histogram(otherAnswers.stream()
                .filter(a -> a.status() < 300).toList(), a -> a.probe().mutation().replaceAll(" in .*", "")));
        otherAnswers.stream().filter(a -> a.status() < 300 && a.probe().mutation().startsWith("100k"))
                .forEach(a -> LOG.info("Text of 100,000 characters accepted: {}", a.probe()));
        List<String> defects = new ArrayList<>();
        refusedAnswers.stream().map(ProblemCheck::ofRefused).flatMap(List::stream).forEach(defects::add);
        otherAnswers.stream().map(ProblemCheck::ofOther).flatMap(List::stream).forEach(defects::add);

        assertThat(defects).as(defects.size() + " defects, by kind: "
                + histogram(defects, d -> d.substring(0, d.indexOf(':')))).isEmpty();
        assertThat(withoutTokenUse(after)).as("every table's rows after the refused requests")
                .isEqualTo(withoutTokenUse(before));
        assertThat(all).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(operationsNeverPastTheGate(refusedAnswers)).as("operations whose bad input never reached validation")
                .isEmpty();
    }

    /**
     * The checksums with the SCIM tokens' rows counted, not compared: a SCIM token notes when it was last used
     * (at most once a minute) whether or not the request it came with is refused, the one write by design.
     */
    private static Map<String, String> withoutTokenUse(Map<String, String> checksums) {
        Map<String, String> compared = new TreeMap<>(checksums);
        compared.computeIfPresent("scim_tokens", (table, sum) -> sum.replaceAll(", md5 .*", ""));
        return compared;
    }

    /** Operations with a JSON body of which no refused request got a 400: every one bounced off 403 or 404. */
    private static List<String> operationsNeverPastTheGate(List<Answer> answers) {
        Map<Operation, List<Answer>> byOperation = answers.stream()
                .filter(a -> a.probe().operation().body().map(ApiDocument.Body::isJson).orElse(false))
                .collect(Collectors.groupingBy(a -> a.probe().operation()));
        return byOperation.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(a -> a.status() == 400 && !a.probe().mutation().startsWith("path")))
                .map(e -> e.getKey() + " " + histogram(e.getValue(), a -> String.valueOf(a.status()))).toList();
    }

    private static <T> Map<String, Long> histogram(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
