package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a status change changes of an experiment, as its history keeps it. */
@Serdeable
record ExperimentState(String objective, ExperimentStatus status, @Nullable String result, @Nullable String learned) {
}
