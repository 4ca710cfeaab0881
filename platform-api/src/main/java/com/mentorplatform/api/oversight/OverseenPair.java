package com.mentorplatform.api.oversight;

import com.mentorplatform.api.pairs.PairStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A pair with its cohort's and both people's names, as the oversight views list it. */
@MappedEntity
record OverseenPair(@Id UUID id, PairStatus status, UUID cohortId, String cohortName, UUID mentorId,
                    String mentorName, UUID menteeId, String menteeName) {
}
