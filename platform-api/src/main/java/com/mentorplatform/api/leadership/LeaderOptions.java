package com.mentorplatform.api.leadership;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a leader may ask for: the families, the breakdowns, and the programmes, cohorts and years to filter by. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LeaderOptions(int threshold, Instant asOf, List<String> families, List<String> breakdowns,
                     List<Named> programmes, List<NamedCohort> cohorts, List<Integer> years) {

    @Serdeable
    record Named(UUID id, String name) {
    }

    @Serdeable
    record NamedCohort(UUID id, String name, UUID programmeId) {
    }
}
