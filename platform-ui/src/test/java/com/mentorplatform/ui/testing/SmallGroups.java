package com.mentorplatform.ui.testing;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import java.util.List;
import java.util.Map;

/**
 * Makes a leader table have hidden cells whatever the demo's group sizes: raises a tenant's anonymity threshold
 * just above its smallest group of participants by department, and puts the old threshold back when closed.
 */
public final class SmallGroups implements AutoCloseable {

    private static final String SETTINGS = "/api/analytics/settings";

    private final ApiClient admin;
    private final int original;
    private final int raised;

    private SmallGroups(ApiClient admin, int original, int raised) {
        this.admin = admin;
        this.original = original;
        this.raised = raised;
    }

    /** Hides at least the smallest department of {@code tenant}'s participants from its leaders. */
    public static SmallGroups hiddenByDepartment(String tenant) {
        ApiClient admin = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        admin.signIn(tenant, "admin@" + tenant + ".example", RunningPlatform.DEMO_PASSWORD);
        int original = ((Number) admin.get(SETTINGS, Map.class).get("anonymityThreshold")).intValue();
        List<?> rows = (List<?>) admin.get("/api/leader/participation?by=department", Map.class).get("rows");
        int smallest = rows.stream().map(Map.class::cast)
                .map(row -> (Map<?, ?>) row.get("values"))
                .map(values -> (Number) values.get("participants"))
                .filter(count -> count != null)
                .mapToInt(Number::intValue).min().orElse(original);
        int raised = Math.max(3, Math.max(original, smallest + 1));
        admin.send("PATCH", SETTINGS, Map.of("anonymityThreshold", raised), Map.class);
        return new SmallGroups(admin, original, raised);
    }

    /** The threshold now in force. */
    public int threshold() {
        return raised;
    }

    @Override
    public void close() {
        admin.send("PATCH", SETTINGS, Map.of("anonymityThreshold", original), Map.class);
    }
}
