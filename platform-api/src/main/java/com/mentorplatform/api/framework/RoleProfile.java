package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A row of {@code role_profiles}: a target role; its required levels live in {@code role_profile_requirements}. */
@MappedEntity("role_profiles")
record RoleProfile(UUID tenantId, @Id UUID id, String name, String family, int level, @Nullable String description) {
}
