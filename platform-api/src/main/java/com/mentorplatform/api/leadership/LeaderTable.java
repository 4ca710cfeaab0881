package com.mentorplatform.api.leadership;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One leader table: a KPI family's figures by one breakdown, for all participants or one programme, cohort or
 * start year; rows of groups under the anonymity threshold (or revealing one by subtraction) are suppressed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LeaderTable(String family, String by, Filter filter, int threshold, Instant asOf, List<Column> columns,
                   List<Row> rows, Row total, String note) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Filter(@Nullable UUID programmeId, @Nullable UUID cohortId, @Nullable Integer year) {
    }

    /** A figure's column: its key in each row's values, its label, and how its figures read. */
    @Serdeable
    record Column(String key, String label, ColumnFormat format) {
    }

    /** A group: its values by column key (a value is absent where it cannot be given), none when suppressed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(String key, String label, boolean suppressed, Map<String, Double> values) {
    }
}
