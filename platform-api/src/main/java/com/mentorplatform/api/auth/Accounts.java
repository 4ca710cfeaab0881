package com.mentorplatform.api.auth;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.PasswordHasher;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts: who may log in, with which roles. Other features create them for people they add. */
@Published
@Singleton
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final TenantScope tenantScope;

    Accounts(AccountRepository accounts, PasswordHasher hasher, AuditLog auditLog, TenantScope tenantScope) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.tenantScope = tenantScope;
    }

    /**
     * Gives an existing person a login, inside the caller's open tenant transaction, and audits it
     * (the roles, never the password).
     */
    public void createInOpenTransaction(UUID tenantId, UUID personId, String password, Set<Role> roles,
                                        @Nullable AuditLog.Actor actor) {
        String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        accounts.insert(tenantId, personId, hasher.hash(password), roleList);
        auditLog.record(tenantId, actor, "account.created", "account", personId, null, Map.of("roles", roleList));
    }

    MeResponse me(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> accounts.me(caller.tenantId(), caller.personId()))
                .map(row -> MeResponse.of(row, caller.roles()))
                .orElseThrow(() -> ProblemException.notFound("Person"));
    }
}
