package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A login of one person in one tenant, with the person's status read alongside. */
@MappedEntity("accounts")
record Account(UUID tenantId, @Id UUID personId, String passwordHash, String roles, String status) {

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        return set;
    }

    boolean active() {
        return "ACTIVE".equals(status);
    }
}
