package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.api.ApiPaths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The dashboard's filters: programme and cohort (null: all) and the period, as the API's query parameters. */
record AnalyticsQuery(String programmeId, String cohortId, LocalDate from, LocalDate to) {

    /** The default: everything over the 90 days up to today. */
    static AnalyticsQuery lastNinetyDays(LocalDate today) {
        return new AnalyticsQuery(null, null, today.minusDays(89), today);
    }

    /** The previous period: as many days, ending the day before {@code from}. */
    AnalyticsQuery previous() {
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate end = from.minusDays(1);
        return new AnalyticsQuery(programmeId, cohortId, end.minusDays(days), end);
    }

    /** {@code ?cohortId=...&from=...} with any {@code extra} parameters. */
    String query(Map<String, String> extra) {
        Map<String, String> parameters = new HashMap<>(extra);
        parameters.put("programmeId", ApiPaths.orEmpty(programmeId));
        parameters.put("cohortId", ApiPaths.orEmpty(cohortId));
        parameters.put("from", from == null ? "" : from.toString());
        parameters.put("to", to == null ? "" : to.toString());
        return ApiPaths.query(parameters);
    }

    String query() {
        return query(Map.of());
    }
}
