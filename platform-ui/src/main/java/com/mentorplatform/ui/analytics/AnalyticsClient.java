package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The HR analytics part of the API, typed; every refusal arrives as {@code ApiProblem}. */
final class AnalyticsClient {

    static final String COMPLETION = "/api/analytics/completion";
    static final String ENGAGEMENT = "/api/analytics/engagement";
    static final String PARTICIPATION = "/api/analytics/participation";
    static final String RETENTION = "/api/analytics/retention";
    static final String PAIRS = "/api/analytics/pairs";
    static final String SURVEYS = "/api/analytics/surveys";

    private final ApiClient api;

    AnalyticsClient(ApiClient api) {
        this.api = api;
    }

    CompletionReport completion(AnalyticsQuery query) {
        return api.get(COMPLETION + query.query(), CompletionReport.class);
    }

    EngagementReport engagement(AnalyticsQuery query) {
        return api.get(ENGAGEMENT + query.query(), EngagementReport.class);
    }

    ParticipationReport participation(AnalyticsQuery query) {
        return api.get(PARTICIPATION + query.query(), ParticipationReport.class);
    }

    /** Retention is computed over everyone, from the snapshot: programme and cohort narrow it, the period does not. */
    RetentionReport retention(AnalyticsQuery query) {
        return api.get(RETENTION + query.query(), RetentionReport.class);
    }

    /** Survey results take every answer so far: programme and cohort narrow them, the period does not. */
    SurveyReport surveys(AnalyticsQuery query) {
        return api.get(SURVEYS + query.query(), SurveyReport.class);
    }

    KeysetPage<PairRow> pairs(PairsQuery query, int limit, String after) {
        String path = PAIRS + query.filters().query(Map.of(
                "concern", query.concern().name(),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after)));
        PairPage page = api.get(path, PairPage.class);
        return new KeysetPage<>(page.items(), page.next());
    }

    /** The drill-down's pairs, as CSV (the first page of the API's largest). */
    byte[] pairsCsv(PairsQuery query) {
        return api.download(PAIRS + query.filters().query(Map.of("concern", query.concern().name(), "limit", "200")),
                "text/csv");
    }

    /** One table of a report ({@code endpoint} one of the paths above) as the API writes it in CSV. */
    byte[] csv(String endpoint, String table, AnalyticsQuery query) {
        return api.download(endpoint + query.query(Map.of("table", table)), "text/csv");
    }

    /** Recomputes the snapshot retention is read from; answers when the new one was taken. */
    Instant refresh() {
        return api.send("POST", "/api/analytics/refresh", null, Refreshed.class).asOf();
    }

    int anonymityThreshold() {
        return api.get("/api/analytics/settings", Settings.class).anonymityThreshold();
    }

    int changeAnonymityThreshold(int threshold) {
        return api.send("PATCH", "/api/analytics/settings", new Settings(threshold), Settings.class)
                .anonymityThreshold();
    }

    /** The tenant's programmes, by name. */
    List<Choice> programmes() {
        return api.getAllPages("/api/programmes", Choice.class);
    }

    List<Choice> cohorts(String programmeId) {
        return api.getList("/api/programmes/" + ApiPaths.encode(programmeId) + "/cohorts", Choice.class);
    }

    /** The JSON shape of one page of the drill-down. */
    record PairPage(List<PairRow> items, String next) {
    }

    record Refreshed(Instant asOf) {
    }

    record Settings(int anonymityThreshold) {
    }
}
