package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.AnalyticsPairPage;
import com.mentorplatform.client.model.AnalyticsPairPageAnalyticsPair;
import com.mentorplatform.client.model.AnonymitySettings;
import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CompletionReport;
import com.mentorplatform.client.model.EngagementReport;
import com.mentorplatform.client.model.ParticipationReport;
import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.RetentionReport;
import com.mentorplatform.client.model.SnapshotRefreshed;
import com.mentorplatform.client.model.SurveyReport;
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

    KeysetPage<AnalyticsPairPageAnalyticsPair> pairs(PairsQuery query, int limit, String after) {
        String path = PAIRS + query.filters().query(Map.of(
                "concern", query.concern().name(),
                "limit", String.valueOf(limit),
                "after", ApiPaths.orEmpty(after)));
        AnalyticsPairPage page = api.get(path, AnalyticsPairPage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
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
        return api.send("POST", "/api/analytics/refresh", null, SnapshotRefreshed.class).getAsOf().toInstant();
    }

    int anonymityThreshold() {
        return api.get("/api/analytics/settings", AnonymitySettings.class).getAnonymityThreshold();
    }

    int changeAnonymityThreshold(int threshold) {
        return api.send("PATCH", "/api/analytics/settings", new AnonymitySettings().anonymityThreshold(threshold),
                AnonymitySettings.class).getAnonymityThreshold();
    }

    /** The tenant's programmes, by name. */
    List<Choice> programmes() {
        return api.getAllPages("/api/programmes", ProgrammeResponse.class).stream()
                .map(programme -> new Choice(programme.getId().toString(), programme.getName())).toList();
    }

    List<Choice> cohorts(String programmeId) {
        return api.getList("/api/programmes/" + ApiPaths.encode(programmeId) + "/cohorts", CohortResponse.class)
                .stream().map(cohort -> new Choice(cohort.getId().toString(), cohort.getName())).toList();
    }
}
