package com.mentorplatform.api.demo;

import com.mentorplatform.api.operator.TenantOnboarding;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;

/** Seeds the demo tenants and logins on an empty database. */
@Singleton
@Requires(property = "platform.demo", value = "true")
class DemoData {

    static final String PASSWORD = "demo-password-1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Tenants tenants;
    private final TenantOnboarding onboarding;
    private final DemoTenant demoTenant;

    DemoData(Tenants tenants, TenantOnboarding onboarding, DemoTenant demoTenant) {
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.demoTenant = demoTenant;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!tenants.none()) {
            LOG.info("Demo data: the database already has tenants, nothing seeded");
            return;
        }
        long started = System.nanoTime();
        onboarding.onboard("platform", "Platform operations", Tenants.TenantKind.PLATFORM,
                new TenantOnboarding.FirstPerson("operator@platform.example", "Olivia Operator", PASSWORD,
                        EnumSet.of(Role.PLATFORM_OPERATOR)), null);
        seedCustomer("acme", "Acme Corporation");
        seedCustomer("globex", "Globex Industries");
        LOG.info("Demo data seeded in {} ms: tenants acme and globex, logins in the README (password {})",
                (System.nanoTime() - started) / 1_000_000, PASSWORD);
    }

    private void seedCustomer(String slug, String name) {
        long started = System.nanoTime();
        DemoTenant.Seeded seeded = demoTenant.seed(slug, name);
        LOG.info("Demo tenant {} seeded in {} ms: {} people, {} calendar events, running cohort with {} mentors "
                        + "and {} mentees, {} pairs from a matching run (matched, accepted and started in {} ms), "
                        + "{} roadmaps ({} ms), {} check-ins ({} ms)", slug, (System.nanoTime() - started) / 1_000_000,
                seeded.people(), seeded.calendarEvents(), seeded.mentors(), seeded.mentees(), seeded.pairs(),
                seeded.matchingMillis(), seeded.roadmaps(), seeded.roadmapMillis(), seeded.checkIns(),
                seeded.checkInsMillis());
    }
}
