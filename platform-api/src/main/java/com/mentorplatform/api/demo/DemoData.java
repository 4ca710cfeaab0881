package com.mentorplatform.api.demo;

import com.mentorplatform.api.auth.Accounts;
import com.mentorplatform.api.operator.TenantOnboarding;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Seeds the demo tenants and logins on an empty database. */
@Singleton
@Requires(property = "platform.demo", value = "true")
class DemoData {

    static final String PASSWORD = "demo-password-1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Tenants tenants;
    private final TenantOnboarding onboarding;
    private final TenantScope tenantScope;
    private final PeopleService people;
    private final Accounts accounts;

    DemoData(Tenants tenants, TenantOnboarding onboarding, TenantScope tenantScope, PeopleService people,
             Accounts accounts) {
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.tenantScope = tenantScope;
        this.people = people;
        this.accounts = accounts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!tenants.none()) {
            LOG.info("Demo data: the database already has tenants, nothing seeded");
            return;
        }
        onboarding.onboard("platform", "Platform operations", Tenants.TenantKind.PLATFORM,
                new TenantOnboarding.FirstPerson("operator@platform.example", "Olivia Operator", PASSWORD,
                        EnumSet.of(Role.PLATFORM_OPERATOR)), null);
        seedCustomer("acme", "Acme Corporation");
        seedCustomer("globex", "Globex Industries");
        LOG.info("Demo data seeded: tenants acme and globex, logins in the README (password {})", PASSWORD);
    }

    private void seedCustomer(String slug, String name) {
        Tenant tenant = onboarding.onboard(slug, name, Tenants.TenantKind.CUSTOMER,
                new TenantOnboarding.FirstPerson("admin@" + slug + ".example", "Avery Admin", PASSWORD,
                        EnumSet.of(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)), null);
        DemoOrganisation organisation = new DemoOrganisation(slug, LocalDate.now());
        tenantScope.write(tenant.id(), () -> {
            DemoOrganisation.Seeded seeded = organisation.build(request -> people.createInOpenTransaction(tenant.id(), request, null));
            login(tenant, seeded.mentor(), EnumSet.of(Role.MENTOR));
            login(tenant, seeded.mentee(), EnumSet.of(Role.MENTEE));
            login(tenant, seeded.leader(), EnumSet.of(Role.LEADER));
            return null;
        });
    }

    private void login(Tenant tenant, UUID personId, Set<Role> roles) {
        accounts.createInOpenTransaction(tenant.id(), personId, PASSWORD, roles, null);
    }
}
