package com.mentorplatform.api.analytics;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the pairs behind a number; {@code next} is the cursor of the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AnalyticsPairPage(List<AnalyticsPair> items, @Nullable String next) implements Tabular {

    /** The table this page exports as CSV. */
    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("pairs", AnalyticsPair.class, items));
    }

    /**
     * A pair with the numbers behind the dashboard, or (status {@code UNMATCHED}, no pair) an enrolled mentee
     * without an open pair. {@code milestones} and {@code milestonesReached} are of the mentee's active
     * roadmap in the cohort; {@code daysSinceCheckIn} counts from the last HELD check-in, or from the start.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnalyticsPair(@Nullable UUID pairId, UUID cohortId, String cohortName, @Nullable String mentorName,
                         String menteeName, String status, @Nullable Double score, @Nullable LocalDate lastCheckInOn,
                         @Nullable Integer daysSinceCheckIn, int cadenceDays, int milestonesReached, int milestones,
                         @Nullable String endReason) {
    }
}
