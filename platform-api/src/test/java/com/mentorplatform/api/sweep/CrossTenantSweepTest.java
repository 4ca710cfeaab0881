package com.mentorplatform.api.sweep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic net under every feature's own isolation test: each route of the router, as each role of
 * tenant A, with tenant B's ids put wherever a route takes an id. Nothing of B may come back, no request
 * naming B's objects may succeed, and B's rows must be exactly as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossTenantSweepTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrossTenantSweepTest.class);

    static SweepTenants tenants;
    static List<ApiRoute> routes;
    static List<Sweep.Caller> callers;
    static Map<String, String> before;
    static Sweep sweep;

    @BeforeAll
    static void seedTwoTenants() {
        tenants = SweepTenants.get();
        UUID bTenant = tenants.b.tenantId();
        ObjectIds bObjects = ObjectIds.preferring(bTenant, SweepTenants.person(tenants.b, "mentee"));
        Foreign foreign = new Foreign(TenantRows.ownIds(bTenant),
                List.of(tenants.b.emailDomain(), tenants.b.slug(), tenants.b.name()));
        // B's seeded notifications went to its outbox; the worker marks them sent in the background, so B's rows
        // are compared from the moment it is done.
        before = TenantRows.checksums(bTenant);
        routes = ApiRoute.all();
        callers = tenants.callersOfA();
        sweep = new Sweep(bObjects, foreign);
    }

    @Test
    @Order(1)
    void every_route_is_swept_or_known_to_be_global() {
        List<String> known = routes.stream().map(ApiRoute::toString).toList();

        assertThat(known).as("routes of the router").hasSizeGreaterThan(100);
        assertThat(ApiRoute.GLOBAL).as("global routes the router no longer has").isSubsetOf(known);
        assertThat(routes.stream().filter(route -> !route.global() && !route.template().startsWith("/api/")
                && !route.scim())).as("routes outside /api and /scim/v2 that nobody said are global").isEmpty();
    }

    @Test
    @Order(2)
    void another_tenants_ids_are_refused_on_every_route_as_every_role() {
        long started = System.nanoTime();
        int before = sweep.requests();
        int found = sweep.findings().size();
        for (ApiRoute route : routes) {
            if (route.global() || !route.namesObjects()) {
                continue;
            }
            Optional<Sweep.Request> request = sweep.request(route, true);
            request.ifPresent(r -> callers.forEach(caller -> sweep.send(r, caller, true)));
        }
        log("routes with ids", before, started);

        assertThat(sweep.findings().subList(found, sweep.findings().size())).isEmpty();
    }

    @Test
    @Order(3)
    void lists_searches_and_creations_show_nothing_of_another_tenant_as_every_role() {
        long started = System.nanoTime();
        int before = sweep.requests();
        int found = sweep.findings().size();
        for (ApiRoute route : routes) {
            if (route.global() || route.namesObjects()) {
                continue;
            }
            sweep.request(route, true).ifPresent(request -> callers.forEach(caller -> {
                if (route.writes()) {
                    // a creation naming another tenant's objects (a manager, a cohort, a milestone) must fail
                    sweep.send(request, caller, request.namesTargets());
                } else {
                    sweep.send(Sweep.withoutQuery(request), caller, false);
                    if (request.namesTargets()) {
                        sweep.send(request, caller, false);
                    }
                }
            }));
        }
        log("routes without ids", before, started);

        assertThat(sweep.findings().subList(found, sweep.findings().size())).isEmpty();
    }

    @Test
    @Order(4)
    void the_other_tenants_rows_are_unchanged_after_the_sweep() {
        assertThat(TenantRows.checksums(tenants.b.tenantId())).isEqualTo(before);
    }

    private static void log(String what, int before, long started) {
        LOG.info("Sweep of {}: {} requests in {} ms", what, sweep.requests() - before,
                (System.nanoTime() - started) / 1_000_000);
    }
}
