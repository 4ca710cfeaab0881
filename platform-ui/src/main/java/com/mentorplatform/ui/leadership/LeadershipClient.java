package com.mentorplatform.ui.leadership;

import com.mentorplatform.client.model.LeaderOptions;
import com.mentorplatform.client.model.LeaderTable;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.HashMap;
import java.util.Map;

/** The leader part of the API (aggregates only), typed; every refusal arrives as {@code ApiProblem}. */
final class LeadershipClient {

    private static final String LEADER = "/api/leader/";

    private final ApiClient api;

    LeadershipClient(ApiClient api) {
        this.api = api;
    }

    LeaderOptions options() {
        return api.get(LEADER + "options", LeaderOptions.class);
    }

    LeaderTable table(String family, String by, LeaderFilter filter) {
        return api.get(path(family, by, filter), LeaderTable.class);
    }

    byte[] csv(String family, String by, LeaderFilter filter) {
        return api.download(path(family, by, filter), "text/csv");
    }

    /** The board pack: every family by programme, department, level and more, as a PDF. */
    byte[] report(LeaderFilter filter) {
        return api.download(LEADER + "board-report" + ApiPaths.query(filter.reportParameters()), "application/pdf");
    }

    private static String path(String family, String by, LeaderFilter filter) {
        Map<String, String> parameters = new HashMap<>(filter.parameters());
        parameters.put("by", by);
        return LEADER + ApiPaths.encode(family) + ApiPaths.query(parameters);
    }
}
