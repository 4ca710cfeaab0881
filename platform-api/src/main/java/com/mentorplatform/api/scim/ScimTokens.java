package com.mentorplatform.api.scim;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.BearerRealms;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantStatus;
import com.mentorplatform.api.tenancy.TenantTokens;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues, lists and revokes a tenant's SCIM tokens, and tells who a presented token is. A token reads
 * {@code scim_<tenant id>.<secret>}: the prefix lets it be told from a person's access token at a glance
 * (and by secret scanners), the tenant part lets it be looked up in its tenant's transaction.
 */
@Singleton
class ScimTokens {

    static final String PREFIX = "scim_";
    private static final String ENTITY = "scim_token";

    private final ScimTokenRepository tokens;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final TenantStatus tenantStatus;

    ScimTokens(ScimTokenRepository tokens, TenantScope tenantScope, AuditLog auditLog, TenantStatus tenantStatus) {
        this.tokens = tokens;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.tenantStatus = tenantStatus;
    }

    CreatedScimToken create(Caller caller, CreateScimTokenRequest request) {
        TenantTokens.Minted minted = TenantTokens.mint(caller.tenantId());
        UUID id = UUID.randomUUID();
        ScimTokenResponse created = tenantScope.write(caller.tenantId(), () -> {
            tokens.insert(caller.tenantId(), id, request.name().trim(), minted.hash(), caller.personId());
            ScimTokenResponse response = ScimTokenResponse.of(tokens.find(caller.tenantId(), id).orElseThrow());
            auditLog.record(caller, "scim_token.created", ENTITY, id, null,
                    response);
            return response;
        });
        return new CreatedScimToken(created, PREFIX + minted.token(), BearerRealms.SCIM);
    }

    List<ScimTokenResponse> list(Caller caller) {
        return tenantScope.read(caller.tenantId(),
                () -> tokens.list(caller.tenantId()).stream().map(ScimTokenResponse::of).toList());
    }

    /** Revokes the token at once; revoking a revoked token again changes nothing. */
    void revoke(Caller caller, UUID id) {
        tenantScope.write(caller.tenantId(), () -> {
            ScimToken before = tokens.find(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound("SCIM token"));
            tokens.revoke(caller.tenantId(), id);
            auditLog.record(caller, "scim_token.revoked", ENTITY, id,
                    ScimTokenResponse.of(before), ScimTokenResponse.of(tokens.find(caller.tenantId(), id).orElseThrow()));
            return null;
        });
    }

    /** The identity provider holding this token, if it is a live SCIM token of an active tenant; notes the use. Blocks. */
    Optional<ScimClient> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return TenantTokens.parse(token.substring(PREFIX.length())).filter(p -> tenantStatus.active(p.tenantId())).flatMap(parsed ->
                tenantScope.write(parsed.tenantId(), () -> tokens.findLive(parsed.tenantId(), parsed.hash()).map(found -> {
                    tokens.touch(found.tenantId(), found.id());
                    return new ScimClient(found.tenantId(), found.id(), found.createdBy());
                })));
    }
}
