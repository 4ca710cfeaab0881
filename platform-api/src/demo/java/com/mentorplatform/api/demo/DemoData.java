package com.mentorplatform.api.demo;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoOnboarding;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.snapshot.AnalyticsSnapshots;
import com.mentorplatform.api.snapshot.SnapshotInfo;
import com.mentorplatform.api.synthetic.HistoryReport;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

/** Seeds the demo tenants and logins on an empty database. */
@Singleton
@Requires(property = "platform.demo", value = "true")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Tenants tenants;
    private final DemoOnboarding onboarding;
    private final DemoTenant demoTenant;
    private final DemoHistory demoHistory;
    private final AnalyticsSnapshots snapshots;
    private final Clock clock;

    DemoData(Tenants tenants, DemoOnboarding onboarding, DemoTenant demoTenant, DemoHistory demoHistory,
             AnalyticsSnapshots snapshots, Clock clock) {
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.demoTenant = demoTenant;
        this.demoHistory = demoHistory;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!tenants.none()) {
            LOG.info("Demo data: the database already has tenants, nothing seeded");
            return;
        }
        long started = System.nanoTime();
        onboarding.onboard("platform", "Platform operations", TenantKind.PLATFORM, "operator@platform.example",
                "Olivia Operator", EnumSet.of(Role.PLATFORM_OPERATOR));
        seedCustomer("acme", "Acme Corporation");
        seedCustomer("globex", "Globex Industries");
        LOG.info("Demo data seeded in {} ms: tenants acme and globex, logins in the README (password {})",
                (System.nanoTime() - started) / 1_000_000, DemoWorld.PASSWORD);
    }

    private void seedCustomer(String slug, String name) {
        long started = System.nanoTime();
        DemoTenant.Seeded seeded = demoTenant.seed(slug, name);
        LOG.info("Demo tenant {} seeded in {} ms: {} people, {}; steps in ms: {}", slug,
                (System.nanoTime() - started) / 1_000_000, seeded.people(), joined(seeded.counts(), "%2$s %1$s"),
                joined(seeded.stepMillis(), "%s %s"));
        HistoryReport history = demoHistory.seed(seeded, LocalDate.now(clock));
        LOG.info("Demo tenant {} history in {} ms: {} more people ({} history rows), {} earlier cohorts, {} pairs, "
                        + "{} milestones, {} check-ins", slug, history.millis(), history.rows("people"),
                history.rows("people_history"), history.rows("cohorts"), history.rows("pairs"),
                history.rows("milestones"), history.rows("check_ins"));
        SnapshotInfo snapshot = snapshots.refresh(seeded.tenantId());
        LOG.info("Demo tenant {} analytics snapshot in {} ms: {} participations, {} comparison people", slug,
                snapshot.tookMs(), snapshot.participations(), snapshot.comparisonPeople());
    }

    private static String joined(Map<String, ?> values, String format) {
        return values.entrySet().stream().map(e -> format.formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
