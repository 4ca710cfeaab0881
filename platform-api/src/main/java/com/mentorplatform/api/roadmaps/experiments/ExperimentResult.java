package com.mentorplatform.api.roadmaps.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An experiment after a change, with the roadmap's workload warnings (too many running, timeboxes overrun). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ExperimentResult(ExperimentResponse experiment, List<String> warnings) {
}
