package com.mentorplatform.api.operator;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.auth.Accounts;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.people.PersonRequest;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creates a tenant together with its first person and account, in one transaction. */
@Singleton
class TenantOnboarding {

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final PeopleService people;
    private final Accounts accounts;
    private final AuditLog auditLog;

    TenantOnboarding(Tenants tenants, TenantScope tenantScope, PeopleService people, Accounts accounts,
                     AuditLog auditLog) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.people = people;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    /** The tenant's first person, who gets a login with the given roles. */
    public record FirstPerson(String email, String displayName, String password, Set<Role> roles) {
    }

    /** A registered tenant and the id of its first person. */
    public record Onboarded(Tenant tenant, UUID firstPersonId) {
    }

    /** Registers the tenant and its first person, or fails as a whole (409 if the slug is taken). */
    public Onboarded onboard(String slug, String name, TenantKind kind, FirstPerson first,
                             @Nullable AuditLog.Actor actor) {
        if (tenants.findBySlug(slug).isPresent()) {
            throw ProblemType.SLUG_TAKEN.exception(null, List.of(new Problem.Violation("slug", "is already taken")));
        }
        UUID tenantId = UUID.randomUUID();
        return tenantScope.write(tenantId, () -> {
            Tenant tenant = tenants.register(tenantId, slug, name, kind);
            auditLog.record(tenantId, actor, "tenant.created", "tenant", tenantId, null,
                    Map.of("slug", slug, "name", name, "kind", kind.name()));
            UUID personId = people.createInOpenTransaction(tenantId, new PersonRequest(first.email(),
                    first.displayName(), null, null, null, null, null, null, null), actor);
            accounts.createInOpenTransaction(tenantId, personId, first.password(), first.roles(), actor);
            return new Onboarded(tenant, personId);
        });
    }
}
