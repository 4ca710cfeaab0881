package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.RunningPlatform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Case material made through the API as the demo mentee of acme: a fresh roadmap in the cohort of their pair
 * (it archives the earlier one, as starting afresh does) with one reached and one open milestone, and a piece
 * of evidence. Titles carry a random tag so that a test finds its own.
 */
public final class TestCases {

    public static final String MENTEE = "mentee@acme.example";

    private TestCases() {}

    /** What {@link #fresh} made: the roadmap, its reached and open milestones, and the evidence. */
    public record Material(String roadmapId, String reachedId, String reachedTitle, String openTitle, String evidenceId,
                           String evidenceTitle, String impact) {
    }

    public static ApiClient api(String email) {
        ApiClient api = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        api.signIn("acme", email, RunningPlatform.DEMO_PASSWORD);
        return api;
    }

    @SuppressWarnings("unchecked")
    public static Material fresh(ApiClient mentee) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> pair = (Map<String, Object>) mentee.getList("/api/me/pairs", Map.class).get(0);
        String roadmap = id(mentee.send("POST", "/api/roadmaps", Map.of("cohortId", pair.get("cohortId"),
                "aspiration", "Lead the analytics team " + tag, "whyItMatters", "I like growing people",
                "horizonMonths", 18), Map.class));
        String reached = "Ran the Q3 planning " + tag;
        String reachedId = milestone(mentee, roadmap, reached);
        mentee.send("POST", "/api/milestones/" + reachedId + "/status",
                Map.of("status", "REACHED", "note", "The CFO signed the plan off"), Map.class);
        String open = "Coach a new analyst " + tag;
        milestone(mentee, roadmap, open);
        String evidence = "Planning retrospective " + tag;
        String impact = "Forecast error fell from 12% to 7%";
        String evidenceId = id(mentee.send("POST", "/api/evidence", Map.of("kind", "CASE_STUDY", "title", evidence,
                "impact", impact, "milestoneIds", List.of(reachedId)), Map.class));
        return new Material(roadmap, reachedId, reached, open, evidenceId, evidence, impact);
    }

    /**
     * The demo mentee's own material when their active roadmap has a reached milestone and they have evidence (the
     * demo seeds both), else {@link #fresh} material; the open milestone's title is null when there is none.
     */
    @SuppressWarnings("unchecked")
    public static Material demoOrFresh(ApiClient mentee) {
        Map<String, Object> active = (Map<String, Object>) mentee.getList("/api/roadmaps", Map.class).stream()
                .filter(r -> "ACTIVE".equals(r.get("status"))).findFirst().orElse(null);
        List<Map<String, Object>> evidence = mentee.getAllPages("/api/evidence", Map.class).stream()
                .map(e -> (Map<String, Object>) e).toList();
        if (active == null || evidence.isEmpty()) {
            return fresh(mentee);
        }
        String roadmapId = (String) active.get("id");
        List<Map<String, Object>> milestones = (List<Map<String, Object>>) mentee.get("/api/roadmaps/" + roadmapId,
                Map.class).get("milestones");
        Map<String, Object> reached = milestones.stream().filter(m -> "REACHED".equals(m.get("status"))).findFirst()
                .orElse(null);
        if (reached == null) {
            return fresh(mentee);
        }
        String open = milestones.stream().filter(m -> !"REACHED".equals(m.get("status")))
                .map(m -> (String) m.get("title")).findFirst().orElse(null);
        Map<String, Object> first = evidence.get(0);
        return new Material(roadmapId, (String) reached.get("id"), (String) reached.get("title"), open,
                (String) first.get("id"), (String) first.get("title"), (String) first.get("impact"));
    }

    private static String milestone(ApiClient mentee, String roadmapId, String title) {
        return id(mentee.send("POST", "/api/roadmaps/" + roadmapId + "/milestones", Map.of("title", title,
                "criteria", "My lead agrees it is done", "dueOn", LocalDate.now().plusDays(60).toString()), Map.class));
    }

    private static String id(Map<?, ?> created) {
        return (String) created.get("id");
    }
}
