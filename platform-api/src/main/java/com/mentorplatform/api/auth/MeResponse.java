package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who the caller is: their person, tenant and roles. */
@Serdeable
record MeResponse(UUID id, UUID tenantId, String tenantName, String displayName, String email,
                         List<String> roles) {

    static MeResponse of(Row row, Set<Role> roles) {
        return new MeResponse(row.id(), row.tenantId(), row.tenantName(), row.displayName(), row.email(),
                roles.stream().map(Role::name).sorted().toList());
    }

    /** The row {@code /api/me} is read from. */
    @Introspected
    record Row(UUID id, UUID tenantId, String tenantName, String displayName, String email) {
    }
}
