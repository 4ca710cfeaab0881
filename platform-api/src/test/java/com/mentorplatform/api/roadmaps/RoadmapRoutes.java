package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.testing.Http;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import static com.mentorplatform.api.roadmaps.RoadmapFixtures.experimentBody;
import static com.mentorplatform.api.roadmaps.RoadmapFixtures.milestoneBody;

/** Every route of the roadmaps API with a well-formed body, for sweeps of who may call what. */
final class RoadmapRoutes {

    private RoadmapRoutes() {
    }

    /** The ids a sweep aims at: a mentee, one of their roadmaps, and a milestone and experiment on it. */
    record Target(String menteeId, String roadmapId, String milestoneId, String experimentId) {

        static Target missing() {
            return new Target(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString());
        }
    }

    /** Who a route is for: anyone who reads the roadmap, its mentee, its mentor, or either of them. */
    enum Side { READ, MENTEE, MENTOR, EITHER }

    record Route(String name, Side side, BiFunction<String, Target, Http.Response> call) {
    }

    static final List<Route> ALL = List.of(
            new Route("list", Side.READ, (token, t) -> Http.get("/api/roadmaps?menteeId=" + t.menteeId(), token)),
            new Route("get", Side.READ, (token, t) -> Http.get(roadmap(t), token)),
            new Route("gaps", Side.READ, (token, t) -> Http.get(roadmap(t) + "/gaps", token)),
            new Route("reviews", Side.READ, (token, t) -> Http.get(roadmap(t) + "/reviews", token)),
            new Route("timeline", Side.READ, (token, t) -> Http.get(roadmap(t) + "/timeline", token)),
            new Route("patch vision", Side.MENTEE, (token, t) -> Http.patch(roadmap(t), token, Map.of("horizonMonths", 7))),
            new Route("add milestone", Side.MENTEE, (token, t) -> Http.post(roadmap(t) + "/milestones", token,
                    milestoneBody("Sneaked in", LocalDate.now().plusDays(9)))),
            new Route("patch milestone", Side.MENTEE, (token, t) -> Http.patch("/api/milestones/" + t.milestoneId(),
                    token, Map.of("title", "Hijacked"))),
            new Route("move milestone", Side.MENTEE, (token, t) -> Http.post("/api/milestones/" + t.milestoneId()
                    + "/status", token, Map.of("status", "DROPPED", "note", "Hijacked"))),
            new Route("add experiment", Side.MENTEE, (token, t) -> Http.post(roadmap(t) + "/experiments", token,
                    experimentBody("Sneaked in", LocalDate.now(), LocalDate.now().plusDays(9)))),
            new Route("patch experiment", Side.MENTEE, (token, t) -> Http.patch("/api/experiments/" + t.experimentId(),
                    token, Map.of("objective", "Hijacked"))),
            new Route("move experiment", Side.MENTEE, (token, t) -> Http.post("/api/experiments/" + t.experimentId()
                    + "/status", token, Map.of("status", "ABANDONED", "result", "Hijacked", "learned", "Nothing"))),
            new Route("rate", Side.MENTOR, (token, t) -> Http.put(roadmap(t) + "/mentor-ratings", token, Map.of("ratings",
                    List.of(Map.of("competencyId", UUID.randomUUID().toString(), "level", 1))))),
            new Route("endorse", Side.MENTOR, (token, t) -> Http.post("/api/milestones/" + t.milestoneId()
                    + "/endorsement", token, Map.of("decision", "SENT_BACK", "comment", "Hijacked"))),
            new Route("set pace", Side.EITHER, (token, t) -> Http.put(roadmap(t) + "/pace", token, Map.of("statement",
                    "Hijacked", "measure", "JOURNAL_ENTRIES", "minimum", 9, "periodDays", 7))),
            new Route("agree to pace", Side.EITHER, (token, t) -> Http.post(roadmap(t) + "/pace/agreement", token, null)),
            new Route("add review", Side.EITHER, (token, t) -> Http.post(roadmap(t) + "/reviews", token, Map.of(
                    "reviewedOn", LocalDate.now().toString(), "summary", "Hijacked", "why", "Because"))));

    /** The status each route of these sides answers the token for the target, by route name, in route order. */
    static Map<String, Integer> statuses(String token, Target target, Set<Side> sides) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        ALL.stream().filter(route -> sides.contains(route.side()))
                .forEach(route -> statuses.put(route.name(), route.call().apply(token, target).status()));
        return statuses;
    }

    /** What each route of these sides should answer: {@code allowed} for the sides allowed, {@code otherwise} for the rest. */
    static Map<String, Integer> expected(Set<Side> sides, Set<Side> allowedSides, int allowed, int otherwise) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        ALL.stream().filter(route -> sides.contains(route.side())).forEach(route -> statuses.put(route.name(),
                allowedSides.contains(route.side()) ? allowed : otherwise));
        return statuses;
    }

    private static String roadmap(Target t) {
        return "/api/roadmaps/" + t.roadmapId();
    }
}
