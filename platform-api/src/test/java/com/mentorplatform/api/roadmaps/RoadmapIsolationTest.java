package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.roadmaps.RoadmapRoutes.Route;
import com.mentorplatform.api.roadmaps.RoadmapRoutes.Target;
import com.mentorplatform.api.testing.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's roadmaps, milestones and experiments behave exactly like ones that do not exist, on every route. */
class RoadmapIsolationTest {

    static World acme;
    static World globex;
    static Target acmeTarget;

    @BeforeAll
    static void twoTenantsEachWithARoadmap() {
        acme = RoadmapFixtures.world("Roadmap Isolation Acme");
        globex = RoadmapFixtures.world("Roadmap Isolation Globex");
        String token = acme.mentee().token();
        String roadmap = acme.roadmap("Acme's plan");
        String milestone = RoadmapFixtures.milestone(token, roadmap, "Acme milestone");
        Http.post("/api/milestones/" + milestone + "/status", token, Map.of("status", "REACHED", "note", "Done"));
        acmeTarget = new Target(acme.mentee().personId().toString(), roadmap, milestone,
                RoadmapFixtures.experiment(token, roadmap, "Acme experiment", "ACTIVE"));
        globex.roadmap("Globex's plan");
    }

    @Test
    void every_route_answers_another_tenants_ids_with_the_same_404_as_missing_ones_and_changes_nothing() {
        String before = Http.get("/api/roadmaps/" + acmeTarget.roadmapId(), acme.mentee().token()).text();
        int changes = timelineSize();

        for (String token : List.of(globex.hr(), globex.mentor().token(), globex.mentee().token())) {
            for (Route route : RoadmapRoutes.ALL) {
                Http.Response foreign = route.call().apply(token, acmeTarget);
                Http.Response missing = route.call().apply(token, Target.missing());
                assertThat(foreign.status()).as(route.name()).isEqualTo(404);
                assertThat(foreign.text()).as(route.name()).isEqualTo(missing.text());
            }
        }

        assertThat(Http.get("/api/roadmaps/" + acmeTarget.roadmapId(), acme.mentee().token()).text()).isEqualTo(before);
        assertThat(timelineSize()).isEqualTo(changes);
    }

    @Test
    void a_roadmap_cannot_be_created_for_another_tenants_cohort_and_lists_stay_within_the_tenant() {
        Http.Response created = Http.post("/api/roadmaps", globex.mentee().token(),
                RoadmapFixtures.roadmapBody(acme.cohortId(), "Join Acme's cohort"));

        assertThat(created.status()).isEqualTo(400);
        assertThat(RoadmapFixtures.badFields(created)).containsExactly("cohortId");
        assertThat(Http.get("/api/roadmaps", globex.mentee().token()).text()).doesNotContain("Acme");
    }

    private static int timelineSize() {
        return Http.get("/api/roadmaps/" + acmeTarget.roadmapId() + "/timeline?limit=200", acme.hr()).json()
                .get("items").size();
    }
}
