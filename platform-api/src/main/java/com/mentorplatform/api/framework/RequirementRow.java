package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One required level of a role profile, read with the competency's name. */
@Introspected
record RequirementRow(UUID roleProfileId, UUID competencyId, String competencyName, int level) {
}
