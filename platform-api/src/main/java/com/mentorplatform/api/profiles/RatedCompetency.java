package com.mentorplatform.api.profiles;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A competency level of a profile as the API shows it, with the competency's name. */
@Serdeable
record RatedCompetency(UUID competencyId, String competencyName, int level) {
}
