package com.mentorplatform.api.surveys;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A survey invitation just made, with what its notification names: the other person and the cohort. */
@MappedEntity
record Invited(@Id UUID id, UUID personId, UUID pairId, SurveyKind kind, String partnerName, String cohortName) {
}
