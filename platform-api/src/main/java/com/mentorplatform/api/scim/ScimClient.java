package com.mentorplatform.api.scim;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.security.AccessTokens;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An identity provider authenticated by a SCIM token: the token's tenant, the token, and the admin who
 * created it, who answers for what the provider changes (the audit log names them as the actor).
 */
record ScimClient(UUID tenantId, UUID tokenId, UUID createdBy) {

    private static final String CREATED_BY = "scimTokenCreatedBy";

    Authentication authentication() {
        return Authentication.build(tokenId.toString(), List.of(com.mentorplatform.api.security.Role.SCIM_CLIENT),
                Map.of(AccessTokens.TENANT_CLAIM, tenantId.toString(), CREATED_BY, createdBy.toString()));
    }

    static ScimClient of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        return new ScimClient(UUID.fromString(attributes.get(AccessTokens.TENANT_CLAIM).toString()),
                UUID.fromString(authentication.getName()), UUID.fromString(attributes.get(CREATED_BY).toString()));
    }

    AuditLog.Actor actor() {
        return new AuditLog.Actor(tenantId, createdBy);
    }
}
